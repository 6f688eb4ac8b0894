// app.js runs the playground (index.html): the controls on the left, the
// plot view (view.html, where gradplay.wasm runs) in an iframe on the right.
//
// The whole state lives in the URL fragment, written and read by Go
// (gradplay.encodeState, gradplay.decodeState), so that a reload or a shared
// link restores it exactly. window.gradplay here is the view's API.
import { EXAMPLES } from "./examples.js";
import { helpTable } from "./help.js";
import { num as repr, pointTable } from "./readout.js";

const $ = (id) => document.getElementById(id);
const view = $("view");
const DEFAULT_SPEC = "-2:2:21j";

/** window.gradplay of the playground: the view's, once it is ready. */
let resolveReady, rejectReady;
window.gradplay = { ready: new Promise((res, rej) => { resolveReady = res; rejectReady = rej; }) };

let g = null; // the view's API
let state = null; // the current state (a plain object, as gradplay.getState returns)
let vars = []; // the variables of the current expression
const specCache = new Map(); // grid specs of variables no longer in the expression
const gridInfo = new Map(); // variable -> {n, coords?} of the valid grids

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
  g = vg;
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
  window.addEventListener("hashchange", () => loadFromURL(false));
  // Only the pin: a change still waiting in applySoon must not be lost.
  g.on("pin", () => { state.pin = g.getState().pin; writeURL(); });
  g.on("readout", (ro) => showPoint(ro && ro.pin));
  g.on("frame", () => {
    try { $("alt").textContent = g.altText(); } catch { /* no figure yet */ }
  });
  wire();
  resolveReady();
}

// ---------------------------------------------------------------- the pinned point

const POINT_HINT = $("point-where").textContent;

/** Fills the point panel from the pinned node's read-out (null: no pin). */
function showPoint(r) {
  const table = $("point-table");
  const t = pointTable(r);
  table.replaceChildren();
  table.hidden = !t;
  if (!t) {
    $("point-where").textContent = POINT_HINT;
    return;
  }
  const vars = r.vars || Object.keys(r.point);
  $("point-where").textContent = `At ${vars.map((v) => `${v} = ${repr(r.point[v])}`).join(", ")} ` +
    `(grid index ${vars.map((v) => r.index[v]).join(", ")}): f = ${repr(r.f)}. numpy.gradient uses the grid's ` +
    "neighbouring nodes; the point methods evaluate f at and next to this point only.";
  const cell = (tag, text, cls) => {
    const c = document.createElement(tag);
    if (cls) c.className = cls;
    c.textContent = text;
    return c;
  };
  const head = document.createElement("tr");
  head.append(cell("th", "method"), ...t.head.map((h) => cell("th", h)));
  for (const th of head.cells) th.scope = "col";
  const thead = document.createElement("thead");
  thead.append(head);
  const tbody = document.createElement("tbody");
  for (const { name, how, values } of t.rows) {
    const tr = document.createElement("tr");
    const th = cell("th", name);
    th.scope = "row";
    th.append(cell("div", how, "how"));
    tr.append(th, ...values.map((v) => cell("td", v, "mono")));
    tbody.append(tr);
  }
  table.append(thead, tbody);
}

// ---------------------------------------------------------------- state <-> URL

let lastHash = "";

function loadFromURL(first) {
  if (!first && location.hash === lastHash) return;
  const { state: st, problems } = g.decodeState(location.hash);
  banner(problems.length ? "Some settings in the link could not be used:\n" + problems.map((p) => "• " + p.message).join("\n") : "");
  state = st;
  specCache.clear();
  showState(first);
  apply();
}

// URL_EVERY is the shortest time between two URL writes: browsers throttle
// history.replaceState (Chrome ignores calls beyond 200 in 10 s, with a
// warning), and a slider drag changes the state at every input event.
const URL_EVERY = 200;
let urlLast = -Infinity, urlTimer = 0;

/** Writes the state into the URL: at once, or, while it keeps changing, at most every URL_EVERY ms (the last state always lands). */
function writeURL() {
  const wait = urlLast + URL_EVERY - performance.now();
  if (wait > 0) {
    if (!urlTimer) urlTimer = setTimeout(() => { urlTimer = 0; writeURL(); }, wait);
    return;
  }
  urlLast = performance.now();
  const h = "#" + g.encodeState(state);
  lastHash = h;
  if (location.hash !== h) history.replaceState(null, "", h);
}

function banner(text) {
  const b = $("banner");
  b.textContent = text;
  b.hidden = !text;
}

// ---------------------------------------------------------------- controls from state

function showState(selectErrors) {
  $("expr").value = state.expr;
  for (const el of document.querySelectorAll('input[name="edge"]')) el.checked = Number(el.value) === state.edgeOrder;
  const hide = state.hide || [];
  for (const layer of ["heatmap", "contours", "arrows", "edges"]) $("show-" + layer).checked = !hide.includes(layer);
  $("mode").value = state.mode || "fit";
  $("palette").value = state.palette || "viridis";
  $("errmap").value = state.error || "";
  $("density").value = state.density || 21;
  $("density-out").textContent = $("density").value;
  parseExpr(selectErrors);
}

/** Parses the expression; on success rebuilds the grid rows. Returns ok. */
function parseExpr(selectError) {
  const input = $("expr");
  const err = $("expr-error");
  try {
    const p = g.parse(input.value);
    err.hidden = true;
    err.textContent = "";
    input.removeAttribute("aria-invalid");
    vars = p.vars;
    $("fvars").textContent = vars.join(", ") || "…";
    const d = vars.map((v) => `∂f/∂${v} = ${p.derivatives[v]}`).join("\n");
    $("expr-info").textContent = vars.length ? d : "f is a constant: add a variable (q, x, …) to see a gradient.";
    gridRows();
    return true;
  } catch (e) {
    showError(input, err, e, selectError);
    return false;
  }
}

/** Shows an error thrown by the API under input, with its caret line. */
function showError(input, box, e, select) {
  box.hidden = false;
  const pre = document.createElement("pre");
  const msg = document.createElement("p");
  msg.textContent = (e.column ? `column ${e.column}: ` : "") + e.message;
  if (e.snippet) {
    // The snippet is the text, then carets under the mistake and the message.
    const [src, marks = ""] = e.snippet.split("\n");
    pre.textContent = src + "\n" + marks.replace(/\^+ .*$/s, (m) => m.slice(0, m.indexOf(" ")));
    box.replaceChildren(pre, msg);
  } else {
    box.replaceChildren(msg);
  }
  box.title = e.code ? `error code: ${e.code}` : "";
  input.setAttribute("aria-invalid", "true");
  box.onclick = () => selectAt(input, e);
  if (select) selectAt(input, e);
}

/** Selects the offending characters of an error in input. */
function selectAt(input, e) {
  if (typeof e.offset !== "number") return;
  input.focus();
  input.setSelectionRange(e.offset, Math.max(e.offset, e.end));
}

function gridRows() {
  const box = $("grids");
  const rows = new Map([...box.children].map((r) => [r.dataset.var, r]));
  for (const [v, r] of rows) {
    if (!vars.includes(v)) {
      specCache.set(v, r.querySelector("input.spec").value);
      r.remove();
    }
  }
  state.grid = state.grid || {};
  for (const v of vars) {
    let row = rows.get(v);
    if (!row) {
      row = gridRow(v, state.grid[v] || specCache.get(v) || DEFAULT_SPEC);
    }
    box.append(row); // keeps the order of the variables
  }
  for (const v of Object.keys(state.grid)) {
    if (!vars.includes(v)) {
      specCache.set(v, state.grid[v]); // restored if v comes back
      delete state.grid[v];
    }
  }
  for (const v of vars) checkGrid(v, false);
  axes();
}

/**
 * gridRow builds the row of variable v: start, stop, and the number of
 * points or the step (or, for explicit coordinates, the list), written into
 * the spec field below in numpy's notation; the spec field can also be
 * edited directly. Errors show under the row with their column.
 */
function gridRow(v, spec) {
  const row = document.createElement("div");
  row.className = "grid-row";
  row.dataset.var = v;
  const id = "grid-" + [...v].map((c) => c.codePointAt(0).toString(16)).join("-");
  const label = document.createElement("label");
  label.htmlFor = id + "-start";
  label.className = "mono var";
  label.textContent = v;

  const parts = document.createElement("div");
  parts.className = "grid-parts";
  const field = (name, aria, size) => {
    const el = document.createElement("input");
    el.type = "text";
    el.inputMode = "decimal";
    el.className = "mono num";
    el.id = `${id}-${name}`;
    el.size = size;
    el.spellcheck = false;
    el.setAttribute("aria-label", `${v}: ${aria}`);
    return el;
  };
  const start = field("start", "start", 5), stop = field("stop", "stop", 5), count = field("count", "points or step", 4);
  const kind = document.createElement("select");
  kind.setAttribute("aria-label", `${v}: points, step or coordinates`);
  kind.append(new Option("points", "linspace"), new Option("step", "range"), new Option("list", "list"));
  const to = document.createElement("span");
  to.className = "lbl";
  to.textContent = "to";
  parts.append(start, to, stop, kind, count);

  const input = document.createElement("input");
  input.id = id;
  input.type = "text";
  input.className = "mono spec";
  input.spellcheck = false;
  input.value = spec;
  input.setAttribute("aria-label", `${v}: grid in numpy notation`);
  input.setAttribute("aria-describedby", id + "-info");
  const info = document.createElement("span");
  info.id = id + "-info";
  info.className = "info";
  const err = document.createElement("div");
  err.className = "caret";
  err.setAttribute("role", "alert");
  err.hidden = true;
  row.append(label, parts, input, info, err);

  const changed = debounce(() => { if (checkGrid(v, false)) { axes(); apply(); } }, 250);
  input.addEventListener("input", changed);
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); checkGrid(v, true); } });
  // The parts write the spec, keeping its notation (linspace(...) or a:b:nj).
  const fromParts = () => {
    const [a, b, n] = [start.value.trim(), stop.value.trim(), count.value.trim()];
    if (kind.value === "list") {
      if (!input.value.trim().startsWith("[")) input.value = `[${a}, ${b}]`;
    } else if (kind.value === "range") {
      input.value = `${a}:${b}:${n}`;
    } else if (input.value.trim().startsWith("linspace")) {
      input.value = `linspace(${a}, ${b}, ${n})`;
    } else {
      input.value = `${a}:${b}:${n}j`;
    }
    showParts(row);
    changed();
  };
  for (const el of [start, stop, count]) el.addEventListener("input", fromParts);
  kind.addEventListener("change", () => {
    const gi = gridInfo.get(v);
    if (gi && kind.value === "range" && gi.kind !== "range") count.value = num((gi.last - gi.first) / Math.max(1, gi.n - 1));
    if (gi && kind.value === "linspace" && gi.kind === "range") { stop.value = num(gi.last); count.value = String(gi.n); }
    if (gi && kind.value === "list") input.value = "[" + (gi.coords || [gi.first, gi.last]).slice(0, 50).map(num).join(", ") + "]";
    fromParts();
  });
  return row;
}

/** showParts enables the start/stop/count fields unless the grid is a list. */
function showParts(row) {
  const list = row.querySelector("select").value === "list";
  for (const el of row.querySelectorAll(".grid-parts input")) el.disabled = list;
}

/** fillParts writes a valid grid's numbers into its row's fields. */
function fillParts(row, gi) {
  const [start, stop, count] = row.querySelectorAll(".grid-parts input");
  const focused = row.contains(document.activeElement) && document.activeElement.classList.contains("num");
  row.querySelector("select").value = gi.kind;
  if (!focused) {
    start.value = num(gi.first);
    stop.value = gi.kind === "range" ? num(gi.stop) : num(gi.last);
    count.value = gi.kind === "range" ? num(gi.step) : String(gi.n);
  }
  showParts(row);
}

/** Validates the grid of v; updates state.grid[v] when it is valid. */
function checkGrid(v, select) {
  const row = [...$("grids").children].find((r) => r.dataset.var === v);
  if (!row) return false;
  const input = row.querySelector("input.spec");
  const info = row.querySelector(".info");
  const err = row.querySelector(".caret");
  try {
    const p = g.parseGrid(input.value);
    err.hidden = true;
    input.removeAttribute("aria-invalid");
    info.textContent = p.n === 1 ? `1 point: ${num(p.first)}` : `${p.n} points, ${num(p.first)} … ${num(p.last)}`;
    gridInfo.set(v, p);
    state.grid[v] = input.value;
    fillParts(row, p);
    return true;
  } catch (e) {
    gridInfo.delete(v);
    info.textContent = "";
    showError(input, err, e, select);
    return false;
  }
}

const num = (x) => (Math.abs(x) >= 1e5 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(3) : String(+x.toPrecision(6)));

/** Rebuilds the axis selectors and the sliders of the other variables. */
function axes() {
  const xs = $("xvar"), ys = $("yvar");
  const fill = (sel, value) => {
    sel.replaceChildren(...vars.map((v) => new Option(v, v)));
    sel.value = value;
  };
  let x = vars.includes(state.x) ? state.x : vars[0] || "";
  let y = vars.includes(state.y) && state.y !== x ? state.y : vars.find((v) => v !== x) || "";
  fill(xs, x);
  fill(ys, y);
  ys.disabled = vars.length < 2;
  xs.disabled = vars.length < 1;
  // A function of one variable gets the line plot: no heatmap, contours or
  // arrows to set.
  $("display").hidden = vars.length < 2;
  state.x = state.x && vars.includes(state.x) ? state.x : "";
  state.y = state.y && vars.includes(state.y) ? state.y : "";
  const box = $("sliders");
  box.replaceChildren();
  state.at = state.at || {};
  for (const v of vars) {
    if (v === x || v === y) continue;
    const gi = gridInfo.get(v);
    if (!gi) continue;
    const n = gi.n;
    let at = state.at[v];
    if (!(at >= 0 && at < n)) at = Math.floor((n - 1) / 2);
    const id = "at-" + [...v].map((c) => c.codePointAt(0).toString(16)).join("-");
    const label = document.createElement("label");
    label.htmlFor = id;
    label.className = "slider";
    const name = document.createElement("span");
    name.className = "mono";
    const out = document.createElement("output");
    out.className = "mono";
    const range = document.createElement("input");
    range.type = "range";
    range.id = id;
    range.min = "0";
    range.max = String(n - 1);
    range.value = String(at);
    const show = () => {
      const i = Number(range.value);
      out.textContent = gi.coords ? num(gi.coords[i]) : `#${i}`;
      range.setAttribute("aria-valuetext", `${v} = ${out.textContent}`);
    };
    show();
    name.textContent = v + " = ";
    range.addEventListener("input", () => { show(); state.at[v] = Number(range.value); state.pin = null; apply(); });
    label.append(name, out, range);
    box.append(label);
  }
}

// ---------------------------------------------------------------- controls to state

function wire() {
  const expr = $("expr");
  expr.addEventListener("input", debounce(() => { if (parseExpr(false)) { state.expr = expr.value; state.pin = null; apply(); } }, 250));
  expr.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); parseExpr(true); } });
  $("controls").addEventListener("submit", (e) => e.preventDefault());
  $("xvar").addEventListener("change", () => { pickAxes("x"); });
  $("yvar").addEventListener("change", () => { pickAxes("y"); });
  for (const el of document.querySelectorAll('input[name="edge"]')) {
    el.addEventListener("change", () => { state.edgeOrder = Number(el.value); apply(); });
  }
  for (const layer of ["heatmap", "contours", "arrows", "edges"]) {
    $("show-" + layer).addEventListener("change", () => {
      const hide = new Set(state.hide || []);
      if ($("show-" + layer).checked) hide.delete(layer); else hide.add(layer);
      state.hide = [...hide];
      apply();
    });
  }
  $("mode").addEventListener("change", () => { state.mode = $("mode").value === "fit" ? "" : $("mode").value; apply(); });
  $("palette").addEventListener("change", () => { state.palette = $("palette").value === "viridis" ? "" : $("palette").value; apply(); });
  $("errmap").addEventListener("change", () => { state.error = $("errmap").value; apply(); });
  $("density").addEventListener("input", () => {
    $("density-out").textContent = $("density").value;
    state.density = Number($("density").value) === 21 ? 0 : Number($("density").value);
    applySoon();
  });
  $("examples").addEventListener("change", () => {
    const ex = EXAMPLES[Number($("examples").value)];
    $("examples").value = "";
    if (!ex) return;
    state = { expr: ex.expr, grid: { ...ex.grid }, edgeOrder: ex.edgeOrder || 1, x: "", y: "", at: {}, hide: [], mode: "", density: 0, palette: ex.palette || "", error: "", pin: null };
    specCache.clear();
    $("grids").replaceChildren();
    showState(false);
    apply();
  });
  $("png").addEventListener("click", () => save("png"));
  $("svg").addEventListener("click", () => save("svg"));
  $("copy-link").addEventListener("click", () => copy(location.href, "Link copied."));
  $("embed").addEventListener("click", () => {
    const ta = $("embed-code");
    const src = new URL("view.html" + location.hash, location.href).href;
    const code = document.createElement("iframe");
    code.src = src;
    code.width = "720";
    code.height = "560";
    code.title = "gradplay: gradient of " + state.expr;
    code.style.border = "0"; // CSSOM, not a style attribute (the CSP allows no inline styles)
    code.setAttribute("loading", "lazy");
    ta.value = code.outerHTML;
    ta.hidden = !ta.hidden;
    if (!ta.hidden) ta.select();
  });
}

function pickAxes(which) {
  const x = $("xvar").value, y = $("yvar").value;
  if (x === y) {
    // swap: the other selector takes the old value of this one
    const other = vars.find((v) => v !== x) || "";
    if (which === "x") $("yvar").value = state.x && state.x !== x ? state.x : other;
    else $("xvar").value = state.y && state.y !== y ? state.y : other;
  }
  state.x = $("xvar").value;
  state.y = vars.length > 1 ? $("yvar").value : "";
  state.pin = null;
  axes();
  apply();
}

/** Sends the state to the view and writes the URL. */
function apply() {
  if (!state || !g) return;
  for (const v of vars) if (!gridInfo.has(v)) return; // a grid has an error: keep the last figure
  try {
    const problems = g.setState(state);
    if (problems && problems.length) banner(problems.map((p) => p.message).join("\n"));
    writeURL();
  } catch (e) {
    banner(e.message);
  }
}

const applySoon = debounce(apply, 120);

function debounce(fn, ms) {
  let t = 0;
  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
}

function save(kind) {
  try {
    const r = view.getBoundingClientRect();
    const w = Math.round(r.width), h = Math.round(r.height - 50);
    const bytes = g.exportImage(kind, w, h);
    const blob = new Blob([bytes], { type: kind === "png" ? "image/png" : "image/svg+xml" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "gradplay." + kind;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    $("action-msg").textContent = `Saved gradplay.${kind} (${w}×${h}).`;
  } catch (e) {
    $("action-msg").textContent = e.message;
  }
}

function copy(text, done) {
  navigator.clipboard.writeText(text).then(() => { $("action-msg").textContent = done; },
    () => { $("action-msg").textContent = text; });
}

function fillExamples() {
  const sel = $("examples");
  EXAMPLES.forEach((ex, i) => sel.append(new Option(ex.title, String(i))));
}

function fillHelp() {
  try {
    $("help-body").replaceChildren(helpTable(g.builtins()));
  } catch (e) {
    $("help-body").textContent = e.message;
  }
}
