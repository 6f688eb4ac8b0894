// loader.js starts gradplay.wasm and sets up window.gradplay, the JS API.
//
// window.gradplay exists as soon as this module runs; its functions work
// once the promise gradplay.ready resolves:
//
//   gradplay.gradient(f, shape, {spacing, axis, edgeOrder}) -> [Float64Array, ...]
//   gradplay.evaluate(expr, grid, {edgeOrder}) -> {vars, shape, coords, f, grad, exact}
//   gradplay.atPoint(expr, point, {methods, epsilon, step}) -> {vars, point, value, derivatives, partials}
//   gradplay.setState(state), gradplay.getState(), gradplay.onFrame(cb)
//   gradplay.parse(expr), gradplay.parseGrid(spec), gradplay.builtins(),
//   gradplay.decodeState(fragment), gradplay.encodeState(state), gradplay.readout(),
//   gradplay.exportImage("png" | "svg", width, height)
//   gradplay.resolve(state) -> the playground's view of state (web/state.View)
//   gradplay.gridFromParts({kind, start, stop, count, spec}) -> spec
//   gradplay.convertGrid({kind, start, stop, count, spec}, kind) -> {kind, start, stop, count, spec}
//
// Errors are thrown as Error objects with a `code` (and, for text the user
// typed, `offset`, `end`, `line`, `column`, `snippet`).

// names are the entries that exist (and throw not_ready) before Go has
// registered them; Go may register more (see below).
const names = ["gradient", "evaluate", "atPoint", "setState", "getState", "parse", "parseGrid", "builtins",
  "decodeState", "encodeState", "readout", "exportImage", "bench", "altText", "plotArea", "timings", "memory",
  "resolve", "gridFromParts", "convertGrid", "examples", "stencil", "numpyCode", "pitfalls", "inputNotes", "marks",
  "viewOptions", "embedSnippets", "qrCode", "hostMessage", "hostStats", "hostEvent", "hostResize", "readoutStrip"];

/**
 * Creates window.gradplay (once) and returns it.
 * @returns {object}
 */
export function api() {
  if (window.gradplay && window.gradplay.ready) return window.gradplay;
  const listeners = new Map();
  let boot;
  const ready = new Promise((resolve, reject) => { boot = { resolve, reject }; });
  const g = {
    ready,
    /** Registers cb for an event ("frame", "readout", "status", "pin", "fallback", "exit"); returns an unsubscribe function. */
    on(name, cb) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name).add(cb);
      return () => listeners.get(name).delete(cb);
    },
    /** Calls cb(frameCounter) after each new frame is drawn. */
    onFrame(cb) { return g.on("frame", cb); },
  };
  // _emit is called by Go; listeners run after the current task, so they
  // may call back into Go freely.
  g.frames = 0; // frames drawn so far
  Object.defineProperty(g, "_emit", {
    value(name, payload) {
      if (name === "frame") g.frames++;
      queueMicrotask(() => {
        for (const cb of listeners.get(name) || []) {
          try { cb(payload); } catch (e) { console.warn("gradplay listener for", name, "failed:", e); }
        }
      });
    },
  });
  Object.defineProperty(g, "_boot", { value: boot, configurable: true, writable: true });
  const wrap = (name) => {
    g[name] = (...args) => {
      const raw = g._go && g._go[name];
      if (!raw) throw Object.assign(new Error("gradplay is not ready (await gradplay.ready)"), { code: "not_ready" });
      const r = raw(...args);
      if (r === undefined || r === null) {
        throw Object.assign(new Error("gradplay stopped working: reload the page"), { code: "exited" });
      }
      if (r.error) throw r.error;
      return r.value;
    };
  };
  names.forEach(wrap);
  // Go's registration table is the list: entries this file does not name
  // yet become functions too once Go is ready.
  ready.then(() => { for (const name of Object.keys(g._go || {})) if (!(name in g)) wrap(name); }, () => {});
  window.gradplay = g;
  return g;
}

/**
 * Downloads and starts gradplay.wasm, reporting progress as
 * onProgress(bytesLoaded, bytesTotal) (bytesTotal is 0 when unknown).
 * Resolves with window.gradplay once the API is registered.
 */
export async function start(onProgress = () => {}) {
  const g = api();
  try {
    if (typeof Go !== "function") throw new Error("wasm_exec.js did not load");
    let total = 0;
    try {
      const meta = await fetch("build.json", { cache: "no-cache" });
      if (meta.ok) total = (await meta.json()).wasmBytes || 0;
    } catch { /* the size is only for the progress bar */ }
    const resp = await fetch("gradplay.wasm");
    if (!resp.ok) throw new Error(`gradplay.wasm: HTTP ${resp.status}`);
    if (!total && !resp.headers.get("Content-Encoding")) total = Number(resp.headers.get("Content-Length")) || 0;
    const chunks = [];
    let loaded = 0;
    const reader = resp.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress(loaded, total);
    }
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    // For gradplay.memory(): the size of the WebAssembly memory.
    Object.defineProperty(g, "_memory", { value: instance.exports.mem });
    go.run(instance).then(() => {
      g._emit("exit", null);
      if (g._boot) g._boot.reject(new Error("gradplay.wasm exited before it was ready"));
    });
  } catch (e) {
    if (g._boot) g._boot.reject(e);
    throw e;
  }
  return g.ready.then(() => g);
}
