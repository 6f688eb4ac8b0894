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
//   gradplay.exportImage("png" | "svg", width, height, scale, theme) -> the file's bytes (PNG: scale×, default 2; theme "light" by default)
//   gradplay.setTheme(option, prefersDark) -> "light" | "dark", the theme Go resolved (the figure on screen follows it)
//   gradplay.layout(width, height, scale) -> the figure's boxes in CSS pixels (default: the frame shown)
//   gradplay.resolve(state, {rows}) -> the playground's view of state (web/state.View; rows: the grid rows shown)
//   gradplay.gridFromParts({kind, start, stop, count, spec}) -> spec
//   gradplay.convertGrid({kind, start, stop, count, spec}, kind) -> {kind, start, stop, count, spec}
//   gradplay.directional(expr, grid, point, direction) -> {value, exact, grid, ...}, gradplay.path(expr, grid, start,
//   {direction, maxSteps}) -> {points, exactPoints, stop, ...}, gradplay.laplacian(expr, grid, {edgeOrder}),
//   gradplay.hessian(expr, grid, point), gradplay.drawPath({direction}) (see web/README.md)
//
// Errors are thrown as Error objects with a `code` (and, for text the user
// typed, `offset`, `end`, `line`, `column`, `snippet`).

// names are the entries that exist (and throw not_ready) before Go has
// registered them; Go may register more (see below).
const names = ["gradient", "evaluate", "atPoint", "setState", "getState", "parse", "parseGrid", "builtins",
  "decodeState", "encodeState", "readout", "exportImage", "bench", "altText", "plotLabel", "figureVersion", "printImage", "plotArea", "timings", "memory",
  "resolve", "gridFromParts", "convertGrid", "examples", "stencil", "numpyCode", "pitfalls", "inputNotes", "marks", "notice", "linkNote",
  "layout", "stepSweep", "convergence", "stepPlot", "convergencePlot",
  "directional", "path", "laplacian", "hessian", "drawPath", "usesAtPin",
  "viewOptions", "embedSnippets", "qrCode", "hostMessage", "hostStats", "hostEvent", "hostResize", "readoutStrip", "readoutHint", "setTheme"];

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
    /** Registers cb for an event ("frame", "readout", "status", "progress", "notes", "state", "pin", "marks", "fallback", "exit"); returns an unsubscribe function. */
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
  // _json is how Go hands over arrays and objects (web/api's AppendJSON):
  // one JSON text, in which each object {"\u0000": k} stands for
  // specials[k] (a Float64Array, a Uint8Array, NaN or ±Inf, which JSON has
  // no form for).
  const special = (k, v) => (v !== null && typeof v === "object" && Object.hasOwn(v, "\u0000") ? specials[v["\u0000"]] : v);
  let specials = [];
  Object.defineProperty(g, "_json", {
    value(text, sp) {
      if (!sp.length) return JSON.parse(text);
      specials = sp;
      try { return JSON.parse(text, special); } finally { specials = []; }
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
 * counted returns stream with onChunk(byteLength) called for every chunk
 * that passes through it.
 */
function counted(stream, onChunk) {
  return stream.pipeThrough(new TransformStream({
    transform(chunk, c) { onChunk(chunk.byteLength); c.enqueue(chunk); },
  }));
}

/** peek reads the first chunk of stream: [its bytes (maybe empty), a stream of everything]. */
async function peek(stream) {
  const reader = stream.getReader();
  const first = await reader.read();
  const rest = new ReadableStream({
    start(c) { if (first.done) c.close(); else c.enqueue(first.value); },
    async pull(c) {
      const { done, value } = await reader.read();
      if (done) c.close(); else c.enqueue(value);
    },
    cancel(reason) { return reader.cancel(reason); },
  });
  return [first.value || new Uint8Array(0), rest];
}

/**
 * wasmStream fetches the module and returns a stream of the .wasm's bytes;
 * meta is build.json, head the response to a HEAD of gradplay.wasm (or null).
 * It counts the bytes that come over the network in progress.loaded (and
 * calls progress.report) against progress.total, which it sets to what
 * they add up to (0 if unknown).
 *
 * A server that negotiates encodings (web/server, most CDNs) sends
 * gradplay.wasm compressed (brotli) and the browser decodes it. A plain
 * static host (python -m http.server, an S3 bucket) sends the raw 16 MB:
 * then the loader takes the gzip file the site build writes beside it and
 * decodes it with DecompressionStream. Which one it is, a HEAD request
 * tells: no Content-Encoding and the raw length (Content-Length is visible
 * even to a sandboxed frame, where Content-Encoding is not).
 */
async function wasmStream(meta, head, progress) {
  const onBytes = (n) => { progress.loaded += n; progress.report(progress.loaded, progress.total); };
  const raw = meta.wasmBytes || 0;
  const len = head && Number(head.headers.get("Content-Length")) || 0;
  const plain = head && head.ok && !head.headers.get("Content-Encoding") && len > 0 && (!raw || len === raw);
  if (plain && typeof DecompressionStream === "function") {
    let gz = null;
    try { gz = await fetch("gradplay.wasm.gz"); } catch { /* no .gz: the raw file */ }
    if (gz && gz.ok) {
      progress.total = meta.wasmGzBytes || Number(gz.headers.get("Content-Length")) || 0;
      const [first, body] = await peek(counted(gz.body, onBytes));
      if (first[0] === 0x1f) return body.pipeThrough(new DecompressionStream("gzip")); // gzip's magic number
      progress.total = raw; // a .wasm (it starts with 0): the host decoded the .gz itself
      return body;
    }
  }
  const resp = await fetch("gradplay.wasm");
  if (!resp.ok) throw new Error(`gradplay.wasm: HTTP ${resp.status}`);
  progress.total = raw;
  if (!raw && !resp.headers.get("Content-Encoding")) progress.total = Number(resp.headers.get("Content-Length")) || 0;
  return counted(resp.body, onBytes);
}

/**
 * Downloads and starts gradplay.wasm, reporting progress as
 * onProgress(bytesLoaded, bytesTotal) in bytes over the network when the
 * loader decompresses (bytesTotal is 0 when unknown). Resolves with
 * window.gradplay once the API is registered.
 */
export async function start(onProgress = () => {}) {
  const g = api();
  // Milestones of the start (performance.now(), ms since navigation), for
  // gradplay.timings(): Go reads them when it starts.
  const t = { loader: performance.now() };
  Object.defineProperty(g, "_t", { value: t });
  try {
    if (typeof Go !== "function") throw new Error("wasm_exec.js did not load");
    // Both at once: the sizes are for the progress bar and the choice of file.
    const [meta, head] = await Promise.all([
      fetch("build.json", { cache: "no-cache" }).then((r) => (r.ok ? r.json() : {})).catch(() => ({})),
      fetch("gradplay.wasm", { method: "HEAD" }).catch(() => null),
    ]);
    const body = await wasmStream(meta, head, { loaded: 0, total: 0, report: onProgress });
    const go = new Go();
    let instance;
    if (typeof WebAssembly.instantiateStreaming === "function") {
      // Compiles while the bytes arrive. The stream is the module's bytes,
      // whatever the server called the file it came in.
      const resp = new Response(body, { headers: { "Content-Type": "application/wasm" } });
      ({ instance } = await WebAssembly.instantiateStreaming(resp, go.importObject));
    } else {
      const bytes = await new Response(body).arrayBuffer();
      ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
    }
    // For gradplay.memory(): the size of the WebAssembly memory.
    Object.defineProperty(g, "_memory", { value: instance.exports.mem });
    t.instantiated = t.run = performance.now();
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
