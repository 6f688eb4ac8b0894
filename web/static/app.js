// app.js runs the playground (index.html): the controls on the left, the
// plot view (view.html, where gradplay.wasm runs) in an iframe on the right.
// It starts the page and wires the controls; what they show is Go's view of
// the state (update.js, gradplay.resolve), and the whole state lives in the
// URL fragment. window.gradplay here is the view's API.
import { $, page, debounce, perFrame } from "./page.js";
import { refresh, update, apply, load, loadFromURL, writeURL, follow, userChange, showBanner } from "./update.js";
import { showPoint } from "./point.js";
import { showStencil } from "./stencil.js";
import { explainSoon, wireExplain } from "./explain.js";
import { showAccuracy, wireAccuracy } from "./accuracy.js";
import { showUses, wireUses } from "./uses.js";
import { save, copy, toggleEmbed, example, fillExamples, fillHelp } from "./actions.js";

const view = $("view");

/** window.gradplay of the playground: the view's, once it is ready. */
let resolveReady, rejectReady;
window.gradplay = { ready: new Promise((res, rej) => { resolveReady = res; rejectReady = rej; }) };

// ---------------------------------------------------------------- start

view.src = "view.html" + location.search; // ?nowebgl passes through
view.addEventListener("load", () => {
  const w = view.contentWindow;
  w.addEventListener("gradplay-progress", (e) => progress(e.detail.loaded, e.detail.total));
  const vg = w.gradplay;
  if (!vg || !vg.ready) {
    fail(new Error("the plot view did not load"));
    return;
  }
  vg.ready.then(() => ready(vg), fail);
});

// The build's evidence for the footer's promise (build.json, written by
// ./build.sh site after running the numpy reference cases).
fetch("build.json", { cache: "no-cache" }).then((r) => (r.ok ? r.json() : null)).then((b) => {
  const c = b && b.numpyCases;
  if (c) $("evidence").textContent = ` — ${c.passed} of ${c.total} reference cases`;
}).catch(() => { /* the promise stands without the count */ });

function progress(loaded, total) {
  const p = $("boot-progress");
  const mb = (n) => (n / 1e6).toFixed(1);
  if (total > 0) {
    p.max = total;
    p.value = Math.min(loaded, total);
    $("boot-text").textContent = `Loading gradplay.wasm: ${mb(loaded)} of ${mb(total)} MB`;
  } else {
    p.removeAttribute("value");
    $("boot-text").textContent = `Loading gradplay.wasm: ${mb(loaded)} MB`;
  }
}

function fail(e) {
  $("boot-text").textContent = "gradplay could not start: " + (e && e.message);
  rejectReady(e);
}

/**
 * adopt copies a value made in the view's realm (its Float64Array, Array,
 * Object) into this page's, so that results pass instanceof checks here.
 */
function adopt(v) {
  if (v === null || typeof v !== "object") return v;
  if (ArrayBuffer.isView(v)) {
    const Ctor = globalThis[v.constructor.name];
    return typeof Ctor === "function" ? new Ctor(v) : v;
  }
  if (Array.isArray(v)) return v.map(adopt);
  const o = {};
  for (const [k, x] of Object.entries(v)) o[k] = adopt(x);
  return o;
}

/** adoptError rethrows an error of the view's realm as an Error of this page. */
function adoptError(e) {
  if (e instanceof Error || !e || typeof e !== "object") return e;
  const n = new Error(String(e.message));
  for (const [k, x] of Object.entries(e)) n[k] = adopt(x);
  return n;
}

function ready(vg) {
  page.g = vg;
  for (const [k, v] of Object.entries(vg)) {
    if (k === "ready" || typeof v !== "function") continue;
    window.gradplay[k] = (...args) => {
      try {
        return adopt(v(...args));
      } catch (e) {
        throw adoptError(e);
      }
    };
  }
  Object.defineProperty(window.gradplay, "frames", { get: () => vg.frames });
  $("boot").hidden = true;
  for (const fs of document.querySelectorAll("fieldset")) fs.disabled = false;
  $("png").disabled = $("svg").disabled = false;
  fillHelp();
  fillExamples();
  loadFromURL(true);
  window.addEventListener("hashchange", (e) => loadFromURL(false, new URL(e.newURL).hash));
  // Only the pin: a change still waiting in updateSoon must not be lost.
  vg.on("pin", () => { page.state.pin = vg.getState().pin; writeURL(); });
  // The pin's panels follow the pin's read-out when it or the figure
  // changes, not every hover's read-out (which carries the same pin):
  // rewritten at every move, they redrew the step plot and cleared the grid
  // refinement shown.
  let pinKey = "";
  vg.on("readout", (ro) => {
    const pin = ro && ro.pin;
    let k = "";
    if (pin) {
      try { k = `${vg.figureVersion()} ${JSON.stringify(pin)}`; } catch { k = JSON.stringify(pin); }
    }
    if (k !== pinKey) {
      pinKey = k;
      showPoint(pin);
      showAccuracy(pin);
      showUses(pin);
    }
    showStencil(ro && (ro.hover || ro.pin));
  });
  // Whoever changed the view's state (a script, a host page), the controls and the link follow.
  vg.on("state", (st) => follow(adopt(st)));
  // The figure's description, written for each new figure only (not for
  // the frames of a hover's marks).
  let altFor = -1;
  vg.on("frame", () => {
    try {
      const v = vg.figureVersion();
      if (v === altFor) return;
      $("alt").textContent = vg.altText();
      altFor = v;
    } catch { /* no figure yet */ }
  });
  wire();
  wireExplain();
  wireAccuracy();
  wireUses();
  vg.on("state", explainSoon);
  explainSoon();
  resolveReady();
}

// ---------------------------------------------------------------- controls to state

const updateSoon = debounce(update, 120);

function wire() {
  const expr = $("expr");
  expr.addEventListener("input", perFrame(() => {
    userChange();
    // A function with a mistake is the state too: the view marks its last
    // figure stale, the grid rows stay as they are.
    if (!refresh({ expr: expr.value, keepOnError: true })) page.state = { ...page.state, expr: expr.value };
    page.state.pin = null;
    showBanner();
    apply();
  }));
  expr.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      refresh({ expr: expr.value, keepOnError: true, select: "expr" });
    }
  });
  $("controls").addEventListener("submit", (e) => e.preventDefault());
  $("xvar").addEventListener("change", () => pickAxes("x"));
  $("yvar").addEventListener("change", () => pickAxes("y"));
  for (const el of document.querySelectorAll('input[name="edge"]')) {
    el.addEventListener("change", () => { page.state.edgeOrder = Number(el.value); update(); });
  }
  for (const { name } of page.view.display.layers) {
    const box = $("show-" + name);
    box.addEventListener("change", () => {
      const hide = new Set(page.state.hide || []);
      if (box.checked) hide.delete(name); else hide.add(name);
      page.state.hide = [...hide];
      update();
    });
  }
  // The values as chosen: Go writes a default as the zero value (gradplay.resolve).
  $("mode").addEventListener("change", () => { page.state.mode = $("mode").value; update(); });
  $("palette").addEventListener("change", () => { page.state.palette = $("palette").value; update(); });
  $("errmap").addEventListener("change", () => { page.state.error = $("errmap").value; update(); });
  $("panels").addEventListener("change", () => { page.state.panels = $("panels").value; update(); });
  $("pivot").addEventListener("change", () => { page.state.pivot = $("pivot").value; update(); });
  $("scale").addEventListener("input", debounce(() => {
    const x = Number($("scale").value);
    page.state.scale = $("scale").value.trim() === "" || !(x > 0) ? 0 : x;
    update();
  }, 250));
  $("density").addEventListener("input", () => {
    $("density-out").textContent = $("density").value;
    page.state.density = Number($("density").value);
    updateSoon();
  });
  $("examples").addEventListener("change", () => {
    const st = example(Number($("examples").value));
    $("examples").value = "";
    if (st) { userChange(); load(st); }
  });
  $("png").addEventListener("click", () => save("png"));
  $("svg").addEventListener("click", () => save("svg"));
  $("copy-link").addEventListener("click", () => copy(location.href, "Link copied."));
  $("embed").addEventListener("click", toggleEmbed);
}

/**
 * pickAxes applies the choice of an axis selector (which: "x" or "y"); a
 * variable chosen for both axes swaps them: the other takes the old value.
 */
function pickAxes(which) {
  const v = page.view;
  let x = $("xvar").value, y = $("yvar").value;
  if (x === y) {
    if (which === "x") y = v.x;
    else x = v.y;
  }
  page.state.x = x;
  page.state.y = v.y ? y : "";
  page.state.pin = null;
  update();
}
