// point.js fills the playground's table of the pinned node: numpy.gradient
// next to the exact gradient and the point methods, from the read-out the
// view sends (readout.js formats it).
import { $ } from "./page.js";
import { num as repr, pointTable } from "./readout.js";

const HINT = $("point-where").textContent;

/** showPoint fills the point panel from the pinned node's read-out r (null: no pin). */
export function showPoint(r) {
  const table = $("point-table");
  const t = pointTable(r);
  table.replaceChildren();
  table.hidden = !t;
  if (!t) {
    $("point-where").textContent = HINT;
    return;
  }
  const vars = r.vars || Object.keys(r.point);
  $("point-where").textContent = `At ${vars.map((v) => `${v} = ${repr(r.point[v])}`).join(", ")} ` +
    `(grid index ${vars.map((v) => r.index[v]).join(", ")}): f = ${repr(r.f)}. numpy.gradient uses the grid's ` +
    "neighbouring nodes; the point methods evaluate f at and next to this point only.";
  const cell = (tag, text, cls) => {
    const c = document.createElement(tag);
    if (cls) c.className = cls;
    if (text !== undefined) c.textContent = text;
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
    tr.append(th, ...values.map((v) => {
      const td = cell("td", undefined, "mono");
      const val = document.createElement("div");
      val.append(cell("b", v.text.slice(0, v.agree), "agree"), v.text.slice(v.agree));
      td.append(val);
      if (v.note) {
        // Go's " · "-separated parts (error, step) wrap as wholes in a narrow table.
        const note = cell("div", undefined, "note-line");
        v.note.split(" · ").forEach((part, i) => note.append(i ? " · " : "", cell("span", part)));
        td.append(note);
      }
      if (v.warn) {
        const w = cell("div", "⚠ " + v.warn, "warn");
        td.dataset.trusted = "false";
        td.append(w);
      }
      return td;
    }));
    tbody.append(tr);
  }
  table.append(thead, tbody);
}
