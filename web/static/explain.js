// explain.js fills the playground's "In NumPy" panel: the runnable program
// that computes and draws what the page shows (gradplay.numpyCode, written
// in Go from the state) with a copy button, and the pitfalls of
// numpy.gradient for this function and grid (gradplay.pitfalls), each
// message as Go wrote it, with its one-line fix.
import { $, page, debounce } from "./page.js";

/** showExplain fills the panel for the current state, if it is open. */
function showExplain() {
  const { g, state } = page;
  if (!g || !state || !$("numpy").open) return;
  const code = $("numpy-code"), list = $("pitfalls");
  try {
    code.textContent = g.numpyCode(state);
    $("copy-code").disabled = false;
  } catch (e) {
    code.textContent = `# No program: ${e.message}`;
    $("copy-code").disabled = true;
  }
  list.replaceChildren();
  let ps = [];
  try { ps = g.pitfalls(state); } catch { /* the function's own error is shown at its field */ }
  for (const p of ps) {
    const li = document.createElement("li");
    li.dataset.code = p.code;
    const msg = document.createElement("p");
    msg.textContent = p.message;
    const fix = document.createElement("p");
    fix.className = "fix mono";
    fix.textContent = p.fix;
    li.append(msg, fix);
    list.append(li);
  }
  $("pitfalls-none").hidden = ps.length > 0;
}

/** explainSoon refreshes the panel once the state has stopped changing. */
export const explainSoon = debounce(showExplain, 300);

/** wireExplain wires the panel's toggle and copy button. */
export function wireExplain() {
  $("numpy").addEventListener("toggle", showExplain);
  $("copy-code").addEventListener("click", () => {
    navigator.clipboard.writeText($("numpy-code").textContent).then(
      () => { $("copy-code-msg").textContent = "Copied."; },
      () => { $("copy-code-msg").textContent = "Select the code and copy it (the clipboard is not available here)."; });
  });
}
