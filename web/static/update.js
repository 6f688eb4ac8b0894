// update.js is the playground's one path from a change to the screen: Go
// resolves the state (gradplay.resolve), the controls show the view, the
// plot gets the state (gradplay.setState), and the URL fragment holds it
// (gradplay.encodeState, gradplay.decodeState), so that a reload or a
// shared link restores it exactly.
import { $, page, banner, showError, clearError } from "./page.js";
import { renderRows, rowSpecs, clearRows } from "./grids.js";
import { renderAxes, renderDisplay } from "./controls.js";

/** Grid specs of variables no longer in the function, restored if they come back. */
const specCache = new Map();
/** Slider positions of variables no longer in the function, likewise. */
const atCache = new Map();

/**
 * draft returns the state with the function text expr (if given) and each
 * grid row's spec as typed, for gradplay.resolve.
 */
function draft(expr) {
  const d = { ...page.state, grid: { ...(page.state.grid || {}) } };
  if (expr !== undefined) d.expr = expr;
  for (const [v, spec] of rowSpecs()) d.grid[v] = spec;
  return d;
}

/**
 * resolve resolves the draft d, for the grid rows shown (under a mistake in
 * the function, Go gives their views): the grids of variables that come
 * back are restored from specCache, and the grids Go drops (of other
 * variables) are kept there.
 */
function resolve(d) {
  const rows = { rows: rowSpecs().map(([v]) => v) };
  let view = page.g.resolve(d, rows);
  if (view.expr.error) return view;
  const at = d.at || {};
  const back = view.vars.filter((vv) => (!(vv.name in d.grid) && specCache.has(vv.name)) || (!(vv.name in at) && atCache.has(vv.name)));
  if (back.length) {
    d.at = { ...at };
    for (const vv of back) {
      if (!(vv.name in d.grid) && specCache.has(vv.name)) d.grid[vv.name] = specCache.get(vv.name);
      if (!(vv.name in at) && atCache.has(vv.name)) d.at[vv.name] = atCache.get(vv.name);
    }
    view = page.g.resolve(d, rows);
  }
  for (const [v, spec] of Object.entries(d.grid)) if (!(v in view.state.grid)) specCache.set(v, spec);
  for (const [v, i] of Object.entries(d.at || {})) if (!(v in (view.state.at || {}))) atCache.set(v, i);
  return view;
}

/**
 * refresh resolves the state (with the function text expr, if given) and
 * shows it. rebuild starts the grid rows afresh (a new link or example);
 * select names what to select if it has an error ("expr" or a variable);
 * keepOnError leaves the state as it was when the function has an error.
 * Returns false when it did.
 */
export function refresh({ expr, rebuild = false, select = "", keepOnError = false } = {}) {
  if (rebuild) clearRows();
  const d = draft(expr);
  const view = resolve(d);
  const input = $("expr"), box = $("expr-error");
  // The derivatives shown are the last good function's: hidden under a
  // mistake, whichever input changed.
  $("expr-info").hidden = Boolean(view.expr.error);
  if (view.expr.error && keepOnError) {
    showError(input, box, view.expr.error, select === "expr");
    $("expr-notes").hidden = true;
    return false;
  }
  page.view = view;
  page.state = view.state;
  // (Under a mistake, a constant too, Go keeps the state's grids, slider
  // positions and axes, for when the function has variables again.)
  const mistake = view.expr.error && !rebuild;
  if (rebuild) input.value = view.state.expr;
  if (expr !== undefined || rebuild) {
    if (view.expr.error) {
      showError(input, box, view.expr.error, select === "expr");
    } else {
      clearError(input, box);
      $("fvars").textContent = view.expr.args;
      $("expr-info").textContent = view.expr.info;
    }
  }
  // (Under a mistake, the grids' notes alone.)
  const notes = page.g.inputNotes(view.state);
  if (mistake) {
    // A function with a mistake has no variables: the rows and sliders stay
    // as they are, a grid edited meanwhile still shows its own checks and
    // notes (Go's view of the rows), and the axes and sliders wait
    // (disabled) for a function that can be drawn.
    renderRows(view.vars, select, onEdit);
    for (const el of [$("xvar"), $("yvar"), ...$("sliders").querySelectorAll("input")]) el.disabled = true;
  } else {
    renderRows(view.vars, select, onEdit);
    renderAxes(view, onSlide);
  }
  renderDisplay(view.display);
  showBanner();
  showNotes(notes);
  return true;
}

/**
 * showNotes puts each remark on what the user typed (gradplay.inputNotes:
 * "xy is one variable", "-2:2:21 has 1 point: did you mean -2:2:21j?") next
 * to its field, and clears the others.
 */
function showNotes(notes) {
  const boxes = [$("expr-notes"), ...document.querySelectorAll("#grids .note")];
  const text = new Map();
  for (const n of notes) {
    const box = n.field === "expr" ? $("expr-notes")
      : [...document.querySelectorAll("#grids .grid-row")].find((r) => "grid." + r.dataset.var === n.field)?.querySelector(".note");
    if (box) text.set(box, [...(text.get(box) || []), n.message]);
  }
  for (const b of boxes) {
    b.textContent = (text.get(b) || []).join("\n");
    b.hidden = !text.has(b);
  }
}

/**
 * showBanner shows what the banner holds now: the link's problems (until
 * the first change the user makes) and Go's repairs of the state; an empty
 * banner is hidden, so no message outlives its cause.
 */
export function showBanner() {
  const repairs = page.view ? page.view.problems.map((p) => p.message) : [];
  banner([page.linkNote, ...repairs].filter(Boolean).join("\n"));
}

/** userChange forgets the link's problems: the user has moved on from the link. */
export function userChange() {
  page.linkNote = "";
}

/** update resolves and shows the state, then sends it to the plot. */
export function update() {
  userChange();
  refresh();
  apply();
}

function onEdit(v, select) {
  userChange();
  refresh({ select: select ? v : "" });
  apply();
}

function onSlide(v, i) {
  userChange();
  page.state.at = { ...(page.state.at || {}), [v]: i };
  page.state.pin = null;
  showBanner();
  apply();
}

/**
 * apply sends the state to the view and writes the URL, whether or not it
 * can be drawn: one state, one truth. A state that cannot be drawn makes
 * the view keep its last figure, dimmed and marked stale with the reason;
 * the message itself is at the input that caused it.
 */
export function apply() {
  const { g, state } = page;
  if (!g || !state) return;
  page.sent = g.encodeState(state);
  page.unechoed.push(page.sent);
  if (page.unechoed.length > 32) page.unechoed.shift();
  try {
    g.setState(state);
  } catch { /* the view marks its figure stale; the input shows why */ }
  writeURL();
}

/**
 * follow shows a state that someone else gave the view (gradplay.setState
 * from a script, a host page's message): the controls and the link follow.
 * The states the playground sent itself come back too and are ignored.
 */
export function follow(st) {
  const { g } = page;
  if (!g || !st) return;
  const enc = g.encodeState(st);
  // The echo of a state this page sent, however late: an echo that comes
  // back after a newer change (a key typed, the slider moved meanwhile)
  // must not put the controls back. Go sends only the newest state of a
  // tick, so an echo also stands for the unechoed states before it.
  const k = page.unechoed.indexOf(enc);
  if (k >= 0) {
    page.unechoed.splice(0, k + 1);
    return;
  }
  if (enc === page.sent) return;
  page.sent = enc;
  page.unechoed = [];
  load(st);
}

/** load shows the state st afresh (a link or an example); select as for refresh. */
export function load(st, select = "") {
  page.state = st;
  specCache.clear();
  atCache.clear();
  refresh({ rebuild: true, select });
  apply();
}

/**
 * loadFromURL shows the state in the URL fragment hash (by default the
 * page's): on a hashchange, the event's new fragment, which a URL write
 * still waiting in writeURL may already have replaced in location (the
 * page's own writes, history.replaceState, fire no hashchange).
 */
export function loadFromURL(first, hash = location.hash) {
  const { state: st, problems } = page.g.decodeState(hash);
  page.linkNote = page.g.linkNote(problems);
  load(st, first ? "expr" : "");
}

// URL_EVERY is the shortest time between two URL writes: browsers throttle
// history.replaceState (Chrome ignores calls beyond 200 in 10 s, with a
// warning), and a slider drag changes the state at every input event.
const URL_EVERY = 200;
let urlLast = -Infinity, urlTimer = 0;

/** Writes the state into the URL: at once, or, while it keeps changing, at most every URL_EVERY ms (the last state always lands). */
export function writeURL() {
  // A write already waiting takes the newest state when it runs (even if
  // URL_EVERY has passed meanwhile: a synchronous burst of input events
  // must not write twice).
  if (urlTimer) return;
  const wait = urlLast + URL_EVERY - performance.now();
  if (wait > 0) {
    urlTimer = setTimeout(() => { urlTimer = 0; writeURL(); }, wait);
    return;
  }
  // After the view's next frame: history.replaceState takes ~10 ms in
  // Chromium, which written here would delay the frame of every change.
  urlTimer = -1;
  afterFrame(() => {
    urlTimer = 0;
    urlLast = performance.now();
    const h = "#" + page.g.encodeState(page.state);
    if (location.hash !== h) history.replaceState(null, "", h);
  });
}

/** afterFrame runs fn once, in a task after the next frame (or in 100 ms: a hidden tab draws no frames). */
function afterFrame(fn) {
  let done = false;
  const run = () => { if (!done) { done = true; fn(); } };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}
