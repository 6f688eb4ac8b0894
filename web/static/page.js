// page.js holds what the playground's modules share: the view's API, the
// state the page shows and its view as Go resolved it (gradplay.resolve),
// and small helpers for the DOM. It decides nothing: every rule is Go's.

/** $ returns the element of the playground with the given id. */
export const $ = (id) => document.getElementById(id);

/**
 * The playground's shared data: g is the view's API (window.gradplay of the
 * iframe), state the current state (a plain object, as gradplay.getState
 * returns it), view the last gradplay.resolve(state), linkNote the link's
 * problems (until the user changes something), sent the link form of the
 * last state sent to the view, unechoed the link forms of the states sent
 * whose "state" event has not come back yet (oldest first, at most 32).
 */
export const page = { g: null, state: null, view: null, linkNote: "", sent: "", unechoed: [] };

/**
 * perFrame returns fn run at most once per animation frame, with the
 * arguments of the newest call: typing and dragging never wait for a
 * delay, and a burst of events costs one run per frame (the newest wins).
 */
export function perFrame(fn) {
  let pending = null;
  return (...a) => {
    const first = pending === null;
    pending = a;
    if (first) requestAnimationFrame(() => { const args = pending; pending = null; fn(...args); });
  };
}

/** debounce returns fn delayed until ms have passed without another call. */
export function debounce(fn, ms) {
  let t = 0;
  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
}

/** banner shows text above the controls (or hides the banner when text is empty). */
export function banner(text) {
  const b = $("banner");
  b.textContent = text;
  b.hidden = !text;
}

/**
 * showError shows an error e (thrown by the API, or a view's error object:
 * {code, message, offset, end, column, snippet}) in box under input, with
 * its caret line; select selects the offending characters.
 */
export function showError(input, box, e, select) {
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

/** clearError hides the error box of input. */
export function clearError(input, box) {
  box.hidden = true;
  box.textContent = "";
  input.removeAttribute("aria-invalid");
}

/** selectAt selects the offending characters of an error in input. */
export function selectAt(input, e) {
  if (typeof e.offset !== "number") return;
  input.focus();
  input.setSelectionRange(e.offset, Math.max(e.offset, e.end));
}

/** elementID turns a variable's name into a safe id: prefix, then its code points in hex. */
export const elementID = (prefix, v) => prefix + [...v].map((c) => c.codePointAt(0).toString(16)).join("-");
