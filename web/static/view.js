// view.js runs the plot view page (view.html): it starts gradplay.wasm,
// whose ebiten game draws the figure in a canvas filling the page, applies
// the state in the URL fragment and the options in the query string
// (gradplay.viewOptions), writes the read-out strip Go formats
// (gradplay.readoutStrip; the DOM in viewparts.js), and speaks with a host
// page that embeds it (host.js). It never touches storage: in a sandboxed frame (an opaque
// origin) localStorage and cookies throw.
import { start, api } from "./loader.js";
import { listen } from "./host.js";
import { printable } from "./print.js";
import { writeStrip, writeMinControls } from "./viewparts.js";
import { marksLayer } from "./marks.js";

const g = api();
const $ = (id) => document.getElementById(id);
const root = document.documentElement;

// ---------------------------------------------------------------- before Go

// Two things must be known before gradplay.wasm is downloaded, so before Go
// can read the options: whether to wait for a click (lazy) and which poster
// to show meanwhile. The theme is handed to the stylesheet as written (only
// "light" and "dark" match a rule) so that the loading screen has the right
// colours; Go's reading (gradplay.viewOptions) replaces all three once it
// runs, and reports what it refused, and Go decides the theme of the page
// and of the figure (followTheme).
const query = new URLSearchParams(location.search);
if (query.has("theme")) root.dataset.theme = query.get("theme");

/** The poster, if it is an image of this site (the CSP allows no other). */
function posterURL() {
  const p = query.get("poster");
  if (!p || p.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(p) || p.includes("\\")) return "";
  try {
    const u = new URL(p, location.href);
    return u.origin === new URL(location.href).origin ? u.href : "";
  } catch { return ""; }
}

/** The function as the link's fragment writes it (for the placeholder only). */
function linkExpr() {
  for (const pair of location.hash.slice(1).split("&")) {
    const [k, v = ""] = pair.split("=");
    if (k === "expr") { try { return decodeURIComponent(v); } catch { return v; } }
  }
  return "";
}

// ---------------------------------------------------------------- loading

/** Shows a message over the plot (or hides it when text is empty). */
function notice(text) {
  const n = $("notice");
  if (n.textContent !== (text || "")) n.textContent = text || ""; // an alert: said again only when new
  n.hidden = !text;
}

const mb = (n) => (n / 1e6).toFixed(1);

function showProgress(loaded, total) {
  const p = $("progress");
  if (total > 0) {
    p.max = total;
    p.value = Math.min(loaded, total);
    $("loading-bytes").textContent = `${mb(loaded)} of ${mb(total)} MB`;
  } else {
    p.removeAttribute("value");
    $("loading-bytes").textContent = `${mb(loaded)} MB`;
  }
  window.dispatchEvent(new CustomEvent("gradplay-progress", { detail: { loaded, total } }));
}

// The playground drives its own view (data-driven): no host protocol there.
const driven = (() => { try { return !!(window.frameElement && window.frameElement.dataset.driven === "1"); } catch { return false; } })();

// ---------------------------------------------------------------- layout

/** The strip and controls' height: the body (ebiten's canvas) takes the rest. */
let chromeH = 0;
// While the pointer is over the page the strip keeps its tallest height
// (hovering): a read-out that wraps onto fewer lines than the last one
// must not resize the canvas, a new frame of the whole figure, under the
// pointer. It fits its lines again once the pointer has left the page, or
// the page's width changed.
let hovering = false, chromeW = root.clientWidth;
function fitChrome() {
  const h = Math.ceil($("chrome").getBoundingClientRect().height);
  if (h === chromeH) return;
  chromeH = h;
  if (hovering) $("chrome").style.minHeight = `${h}px`;
  root.style.setProperty("--chrome-h", h + "px");
  // ebiten measures the body on window resizes only.
  window.dispatchEvent(new Event("resize"));
}
new ResizeObserver(fitChrome).observe($("chrome"));
fitChrome();
const hold = () => {
  if (hovering) return;
  hovering = true;
  $("chrome").style.minHeight = `${chromeH}px`;
};
document.addEventListener("pointermove", hold);
// The keys move the pin over the focused plot: they hold the strip too.
document.addEventListener("keydown", (e) => { if (e.target instanceof HTMLCanvasElement) hold(); }, { capture: true });
const refit = () => {
  hovering = false;
  chromeW = root.clientWidth;
  $("chrome").style.minHeight = "";
};
root.addEventListener("pointerleave", refit);
document.addEventListener("focusout", (e) => { if (e.target instanceof HTMLCanvasElement) refit(); }, { capture: true });
window.addEventListener("resize", () => { if (root.clientWidth !== chromeW) refit(); });

const host = driven ? null : listen(g, () => ({ width: root.clientWidth, chrome: chromeH }));

// ---------------------------------------------------------------- the canvas

let canvas = null;

/** plotCanvas returns the canvas that shows the figure (the 2-D fallback's, if any). */
const plotCanvas = () => document.querySelector("canvas#fallback") || document.querySelector("canvas");

/**
 * describe names the figure on screen for assistive technology
 * (gradplay.plotLabel, the canvas's label) and describes it (gradplay.altText,
 * which the canvas points to): for each new figure only
 * (gradplay.figureVersion), not for the frames of a hover's marks.
 */
let describedFor = "";
function describe() {
  if (!canvas) return;
  try {
    // (The label says what the keys do once a frame maps them.)
    const v = `${g.figureVersion()}:${g.frames > 0}`;
    if (v === describedFor) return;
    const label = g.plotLabel(), alt = g.altText();
    describedFor = v;
    canvas.setAttribute("aria-label", label);
    $("alt").textContent = alt;
  } catch { /* no figure yet */ }
}

/** setupCanvas makes ebiten's canvas an accessible, focusable image. */
function setupCanvas() {
  const c = plotCanvas();
  if (!c || c === canvas) return;
  canvas = c;
  c.tabIndex = 0; // ebiten sets 1: keep the page's order
  c.setAttribute("role", "img");
  c.setAttribute("aria-describedby", "alt");
  c.addEventListener("focus", () => { document.body.dataset.plotFocus = ""; });
  c.addEventListener("blur", () => { delete document.body.dataset.plotFocus; });
  describedFor = "";
  describe();
}

// The wheel scrolls the host page unless the plot has the focus (a click)
// or Ctrl is held: ebiten would swallow it. Tab always leaves the plot
// (ebiten cancels every key it sees).
window.addEventListener("wheel", (e) => {
  if (e.target instanceof HTMLCanvasElement && document.activeElement !== e.target && !e.ctrlKey) e.stopImmediatePropagation();
}, { capture: true, passive: true });
window.addEventListener("keydown", (e) => {
  if (e.key === "Tab" && e.target instanceof HTMLCanvasElement) e.stopImmediatePropagation();
}, { capture: true });

// ---------------------------------------------------------------- read-out

/** Writes the read-out strip (Go's lines of parts), or Go's hint before a node is read. */
function showReadout() {
  let lines = [];
  try { lines = g.readoutStrip(); } catch { /* not ready */ }
  let hint = "";
  if (!lines.length) try { hint = g.readoutHint(fallback); } catch { /* not ready */ }
  writeStrip($("readout"), lines, hint);
}

// ---------------------------------------------------------------- controls=min

/** showControls renders a slider per held variable and edge_order, as Go resolves the state. */
function showControls() {
  writeMinControls($("controls"), g.resolve(g.getState()), {
    at: (v, i) => { const cur = g.getState(); change({ ...cur, at: { ...(cur.at || {}), [v]: i } }); },
    edgeOrder: (n) => change({ ...g.getState(), edgeOrder: n }),
  });
}

/** change applies a state from the view's own controls and tells the host. */
function change(st) {
  try { g.setState(st); } catch { /* the status event says why */ }
  if (host) host.changed();
}

// ---------------------------------------------------------------- the state

/** Applies the URL fragment, unless a parent page drives the view. */
function applyHash() {
  if (driven) return;
  const { state, problems } = g.decodeState(location.hash);
  linkProblems = problems;
  try {
    g.setState(state);
  } catch { /* kept all the same: the status event says why it cannot be drawn */ }
  showNotice();
}

// The notice shows the link's problems, the fallback's reason, why the
// figure is stale and where f is not finite, together: each part is
// replaced only by news of its own kind.
let fallback = "", linkProblems = [], optionProblems = [], stale = "", notes = [];

function showNotice() {
  // Go writes it (gradplay.notice), and knows whether a figure is shown.
  try {
    notice(g.notice({ options: optionProblems, link: linkProblems, fallback, stale, notes }));
  } catch { /* Go has stopped: its exit notice stays */ }
}

/** showBusy shows a long build's progress (Go's text and fraction), or hides it for null; its status ends it. */
function showBusy(p) {
  $("busy").hidden = !p;
  document.body.toggleAttribute("data-busy", !!p);
  if (!p) return;
  $("busy-text").textContent = p.text;
  $("busy-bar").value = p.total > 0 ? p.done / p.total : 0;
}

/**
 * markStale dims the figure and names the reason on the plot's elements
 * (data-stale), or clears both when reason is "".
 */
function markStale(reason) {
  stale = reason;
  for (const el of [document.body, ...document.querySelectorAll("canvas")]) {
    if (reason) el.dataset.stale = reason; else delete el.dataset.stale;
  }
  showNotice();
}

g.on("readout", showReadout);
g.on("marks", marksLayer($("marks")));
g.on("status", (s) => { showBusy(null); markStale(s ? s.message : ""); });
g.on("progress", showBusy);
g.on("notes", (n) => { notes = n || []; showNotice(); });
g.on("fallback", (reason) => {
  fallback = reason;
  showNotice();
  showReadout();
  setupCanvas();
});
g.on("exit", () => notice("gradplay stopped: reload the page."));
g.on("frame", () => {
  setupCanvas();
  describe();
});

/** The live playground's link for this state, as Go writes it. */
function liveLink() {
  try { return g.embedSnippets(g.getState(), location.href).links.live; } catch { return location.href; }
}

/**
 * followTheme hands Go the theme option and the page's colour scheme; Go
 * decides the theme (gradplay.setTheme), the figure follows it, and so do
 * the page's colours (data-theme), now and whenever the scheme changes.
 */
function followTheme(option) {
  const mq = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    try { root.dataset.theme = g.setTheme(option || "", mq.matches); } catch { /* kept as it was */ }
  };
  apply();
  mq.addEventListener("change", apply);
}

function ready() {
  $("loading").hidden = true;
  const { options, problems } = g.viewOptions(location.search);
  followTheme(options.theme);
  optionProblems = problems;
  applyHash();
  window.addEventListener("hashchange", applyHash);
  setupCanvas();
  if (options.controls === "min") {
    $("controls").hidden = false;
    showControls();
    g.on("state", showControls);
  }
  if (host) host.start();
  if (!driven) printable(g, liveLink); // the playground prints its own copy
}

function boot() {
  $("lazy").hidden = true;
  $("loading").hidden = false;
  start(showProgress).then(ready).catch((e) => {
    $("loading-text").textContent = "gradplay could not start: " + e.message;
    console.error(e);
  });
}

// (lazy=0 switches it off, as Go reads it.)
if (query.has("lazy") && !["0", "false", "no", "off"].includes(query.get("lazy").toLowerCase()) && !driven) {
  // Nothing is downloaded until the reader asks.
  $("lazy-expr").textContent = linkExpr() || "f";
  const poster = posterURL();
  if (poster) {
    $("poster").src = poster;
    $("poster").alt = `The figure: gradient of f = ${linkExpr() || "f"}`;
    $("poster").hidden = false;
  }
  $("lazy").hidden = false;
  $("load").addEventListener("click", boot, { once: true });
} else {
  boot();
}
