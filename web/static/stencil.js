// stencil.js fills the playground's explainer: how numpy.gradient got each
// partial derivative at the hovered (else the pinned) node, from the
// read-out's stencil (Go's, the same code path as the gradient itself):
// the formula with its numbers, the neighbour nodes with their coordinates,
// f values and weights, numpy's result, the exact value and the error.
import { $ } from "./page.js";
import { num } from "./readout.js";

const HINT = $("stencil-where").textContent;

/** el makes an element with text (and a class). */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// A hover rewrites the explainer only while its card is on screen (its
// tables, built again at every move, were most of the playground's layout
// per hover); off screen, the newest hovered node's is written when the
// card comes into view. A pin's is written at once: the keys pin, and
// screen readers hear the card.
let onScreen = false, waiting;
new IntersectionObserver((es) => {
  onScreen = es[es.length - 1].isIntersecting;
  if (onScreen && waiting !== undefined) {
    const r = waiting;
    waiting = undefined;
    write(r);
  }
}).observe($("stencil"));

/** showStencil explains the read-out r's stencil (null or none: the hint). */
export function showStencil(r) {
  if (r && !r.pinned && !onScreen) {
    waiting = r;
    return;
  }
  waiting = undefined;
  write(r);
}

/** write writes the explainer for r. */
function write(r) {
  const box = $("stencil-body");
  box.replaceChildren();
  const s = r && r.stencil;
  if (!s) {
    $("stencil-where").textContent = HINT;
    return;
  }
  const at = s.vars.map((v) => `${v} = ${num(s.point[v])}`).join(", ");
  $("stencil-where").textContent = `${r.pinned ? "Pinned" : "Hovered"} node ${at} (index ${s.vars.map((v) => s.index[v]).join(", ")}), ` +
    `f = ${num(s.f)}. ${s.shapeText}: ${s.axesText}. Along each variable numpy reads the nodes below (ringed in orange on the plot where they lie in it):`;
  for (const p of s.partials) {
    const part = el("div", undefined, "stencil-part");
    part.dataset.var = p.var;
    part.dataset.kind = p.kind;
    part.append(el("h3", `∂f/∂${p.var}: ${p.kind.replace("_", " ")}, O(h${p.order === 2 ? "²" : ""})`));
    part.append(el("p", p.why, "info"));
    part.append(el("pre", p.formula, "mono formula"));
    const t = el("table", undefined, "stencil-table");
    const head = el("tr");
    for (const h of [`index along ${p.var}`, p.var, "f", "weight"]) {
      const th = el("th", h);
      th.scope = "col";
      head.append(th);
    }
    const thead = el("thead");
    thead.append(head);
    const tbody = el("tbody");
    p.indices.forEach((k, j) => {
      const tr = el("tr");
      if (k === s.index[p.var]) tr.className = "self";
      tr.append(el("td", String(k), "mono"), el("td", num(p.coords[j]), "mono"), el("td", num(p.values[j]), "mono"), el("td", num(p.weights[j]), "mono"));
      tbody.append(tr);
    });
    t.append(thead, tbody);
    part.append(t);
    part.append(el("p", `numpy.gradient: ${num(p.result)} · exact: ${num(p.exact)} · error (numpy − exact): ${num(p.error)}`, "mono result"));
    box.append(part);
  }
}
