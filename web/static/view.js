// view.js runs the plot view page (view.html): it starts gradplay.wasm,
// whose ebiten game draws the figure in a canvas filling the page, applies
// the state in the URL fragment, and writes the read-out strip.
import { start, api } from "./loader.js";
import { readoutLines } from "./readout.js";

const g = api();
const $ = (id) => document.getElementById(id);

/** Shows a message over the plot (or hides it when text is empty). */
function notice(text) {
  const n = $("notice");
  n.textContent = text || "";
  n.hidden = !text;
}

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

const mb = (n) => (n / 1e6).toFixed(1);

/** Writes the read-out strip from {hover, pin}. */
function showReadout(ro) {
  const box = $("readout");
  const r = (ro && (ro.hover || ro.pin)) || null;
  box.replaceChildren();
  if (!r) {
    const s = document.createElement("span");
    s.className = "hint";
    s.textContent = "Hover over the plot to read f and ∇f at a grid node; click (or use the arrow keys) to pin one.";
    box.append(s);
    return;
  }
  for (const parts of readoutLines(r)) {
    const line = document.createElement("div");
    line.className = "line";
    for (const [cls, text] of parts) {
      const s = document.createElement("span");
      if (cls) s.className = cls;
      s.textContent = text;
      line.append(s);
    }
    box.append(line);
  }
}

/** Applies the URL fragment, unless a parent page drives the view. */
function applyHash() {
  if (window.frameElement && window.frameElement.dataset.driven === "1") return;
  const { state, problems } = g.decodeState(location.hash);
  linkProblems = problems.length ? "Some settings in the link could not be used:\n" + problems.map((p) => `• ${p.message}`).join("\n") : "";
  try {
    g.setState(state);
  } catch { /* kept all the same: the status event says why it cannot be drawn */ }
  showNotice();
}

// The notice shows the link's problems, the fallback's reason, why the
// figure is stale and where f is not finite, together: each part is
// replaced only by news of its own kind.
let fallback = "", linkProblems = "", stale = "", notes = [];

function showNotice() {
  notice([linkProblems, fallback, stale && `Not drawn: ${stale}. The figure shows the last state that could be drawn.`, ...notes].filter(Boolean).join("\n"));
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
g.on("status", (s) => markStale(s ? s.message : ""));
g.on("notes", (n) => { notes = n || []; showNotice(); });
g.on("fallback", (reason) => {
  fallback = `${reason}: showing a static rendering (no hover read-out).`;
  showNotice();
  const hint = document.querySelector("#readout .hint");
  if (hint) hint.textContent = "Static rendering: the read-out needs WebGL2.";
});
g.on("exit", () => notice("gradplay stopped: reload the page."));

start(showProgress).then(() => {
  $("loading").hidden = true;
  applyHash();
  window.addEventListener("hashchange", applyHash);
}).catch((e) => {
  $("loading-text").textContent = "gradplay could not start: " + e.message;
  console.error(e);
});
