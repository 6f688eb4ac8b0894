// actions.js holds the playground's actions beside the plot (save as PNG
// or SVG, copy the link, the embed code) and fills the examples menu and
// the help panel.
import { $, page } from "./page.js";
import { helpTable } from "./help.js";

/** pngSize returns the width and height in pixels of a PNG file's bytes (its IHDR chunk). */
function pngSize(bytes) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
}

/**
 * save downloads the figure as kind ("png" or "svg") at the view's size; a
 * PNG at the scale chosen in #png-scale (when the page has that control;
 * else Go's default) and the message states the file's real pixels.
 */
export function save(kind) {
  try {
    const r = $("view").getBoundingClientRect();
    const w = Math.round(r.width), h = Math.round(r.height - 50);
    const sel = $("png-scale");
    const scale = kind === "png" && sel ? Number(sel.value) : undefined;
    const bytes = page.g.exportImage(kind, w, h, scale);
    const blob = new Blob([bytes], { type: kind === "png" ? "image/png" : "image/svg+xml" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "gradplay." + kind;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    let size = `vector, ${w}×${h}`;
    if (kind === "png") {
      const [pw, ph] = pngSize(bytes);
      size = `${pw}×${ph} pixels, ${+(pw / w).toFixed(2)}× of ${w}×${h}`;
    }
    $("action-msg").textContent = `Saved gradplay.${kind} (${size}).`;
  } catch (e) {
    $("action-msg").textContent = e.message;
  }
}

/** copy puts text on the clipboard and says done (or shows the text). */
export function copy(text, done) {
  navigator.clipboard.writeText(text).then(() => { $("action-msg").textContent = done; },
    () => { $("action-msg").textContent = text; });
}

/**
 * toggleEmbed shows (or hides) the ways to embed the plot with the state in
 * its link, one per host (HTML, MyST, Quarto, Sphinx, Markdown), as Go
 * writes them (gradplay.embedSnippets), each with a copy button.
 */
export function toggleEmbed() {
  const box = $("embed-code");
  box.hidden = !box.hidden;
  $("embed").setAttribute("aria-expanded", String(!box.hidden));
  if (box.hidden) return;
  const list = $("embed-list");
  try {
    list.replaceChildren(...page.g.embedSnippets(page.state, location.href).snippets.map(snippetCard));
  } catch (e) {
    list.textContent = e.message;
  }
  const first = list.querySelector("button");
  if (first) first.focus();
}

/** The examples menu, as Go lists it (gradplay.examples). */
let examples = [];

/** example returns the whole state of the examples menu's item i, or null. */
export function example(i) {
  const ex = examples[i];
  return ex ? structuredClone(ex.state) : null;
}

/** fillExamples fills the examples menu. */
export function fillExamples() {
  examples = page.g.examples();
  const sel = $("examples");
  examples.forEach((ex, i) => sel.append(new Option(ex.title, String(i))));
}

/** fillHelp fills the help panel from the expression language's table. */
export function fillHelp() {
  try {
    $("help-body").replaceChildren(helpTable(page.g.builtins()));
  } catch (e) {
    $("help-body").textContent = e.message;
  }
}

/** snippetCard is one snippet of embedSnippets: its host's name, the code, a copy button and the note. */
function snippetCard(sn) {
  const fig = document.createElement("figure");
  fig.className = "snippet";
  fig.dataset.host = sn.host;
  const cap = document.createElement("figcaption");
  const name = document.createElement("span");
  name.textContent = sn.label;
  const btn = document.createElement("button");
  btn.type = "button";
  btn.textContent = "Copy";
  btn.setAttribute("aria-label", "Copy the " + sn.label + " code");
  const msg = document.createElement("span");
  msg.className = "info";
  msg.setAttribute("role", "status");
  btn.addEventListener("click", () => {
    navigator.clipboard.writeText(sn.code).then(() => { msg.textContent = "Copied."; },
      () => { msg.textContent = "Select the code and copy it."; window.getSelection().selectAllChildren(pre); });
  });
  cap.append(name, btn, msg);
  const pre = document.createElement("pre");
  pre.className = "mono code";
  pre.tabIndex = 0;
  pre.textContent = sn.code;
  const note = document.createElement("p");
  note.className = "info";
  note.textContent = sn.note;
  fig.append(cap, pre, note);
  return fig;
}
