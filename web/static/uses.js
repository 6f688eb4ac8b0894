// uses.js fills the panel "What the gradient is for" at the pinned node:
// the directional derivative ∇f·u along an angle in the plotted plane
// (gradplay.usesAtPin), the gradient ascent and descent paths drawn on the
// plot (gradplay.drawPath), and the Laplacian and the Hessian there. Go
// computes everything and writes the sentences; this module only puts
// them into the page, as text.
import { $, page, perFrame } from "./page.js";
import { short } from "./readout.js";

let key = ""; // the pin (and state) shown

/** num writes a value with 7 significant digits (– for NaN or none). */
function num(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 1e-4 && a < 1e7 ? String(+x.toPrecision(7)) : x.toExponential(6).replace("e+", "e");
}

/** el makes an element with text and a class. */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** table builds a table of a header row and rows (arrays of texts; the first cell of a row is its header). */
function table(head, rows, cls) {
  const t = el("table", undefined, "uses-table " + (cls || ""));
  const tr = el("tr");
  for (const h of head) {
    const th = el("th", h);
    th.scope = "col";
    tr.append(th);
  }
  t.append(tr);
  for (const r of rows) {
    const row = el("tr");
    r.forEach((text, i) => {
      if (i === 0) {
        const th = el("th", text);
        th.scope = "row";
        row.append(th);
      } else row.append(el("td", text, "mono"));
    });
    t.append(row);
  }
  return t;
}

/** showUses follows the pinned read-out r (null: none). */
export function showUses(r) {
  const k = r && r.point ? JSON.stringify([r.point, r.f, page.state]) : "";
  $("uses").hidden = !k;
  if (k === key) return;
  key = k;
  $("uses-path").replaceChildren();
  if (k && $("uses").open) fill();
}

/** fill asks Go for the panel at the pin and shows it. */
function fill() {
  if (!key) return;
  const angle = Number($("uses-angle").value);
  $("uses-angle-out").textContent = `${angle}°`;
  let u;
  try {
    u = page.g.usesAtPin({ angle });
  } catch (e) {
    $("uses-dir").textContent = e.message;
    return;
  }
  const d = u.directional;
  $("uses-dir").textContent = u.directionText;
  $("uses-dir-out").replaceChildren(table(["", "∇f·u", ...u.vars.map((v) => `∂f/∂${v}`)], [
    ["numpy.gradient", num(d.value), ...u.vars.map((v) => num(d.grid[v]))],
    ["exact", num(d.exact), ...u.vars.map((v) => num(d.exactGrad[v]))],
    ["difference", short(d.error), ...u.vars.map((v) => short(d.grid[v] - d.exactGrad[v]))],
  ]));
  const l = u.laplacian;
  $("uses-lap-out").replaceChildren(l ? table(["∇²f", "value", "error (− exact)"], [
    ["exact", num(l.exact), "0"],
    ["compact (f[i+1] − 2f[i] + f[i−1])/h²", num(l.compact), short(l.compactError)],
    ["numpy.gradient twice", num(l.gradTwice), short(l.gradTwiceError)],
  ]) : el("p", u.laplacianError, "info"));
  $("uses-lap-note").textContent = u.laplacianNote;
  const h = u.hessian;
  const rows = (m) => h.vars.map((v, i) => [`∂${v}`, ...Array.from(m[i], num)]);
  const head = ["∂²f", ...h.vars.map((v) => `∂${v}`)];
  const ex = el("div", undefined, "uses-hess");
  ex.append(el("p", "exact", "uses-cap"), table(head, rows(h.exact)));
  const gr = el("div", undefined, "uses-hess");
  gr.append(el("p", "from the grid", "uses-cap"), table(head, rows(h.grid)));
  $("uses-hess-out").replaceChildren(ex, gr);
  $("uses-hess-note").textContent = u.hessianNote;
}

/** path draws the ascent or descent path from the pin and says where it stopped. */
function path(direction) {
  const out = $("uses-path");
  try {
    const p = page.g.drawPath({ direction });
    out.replaceChildren(el("p", p.stopText), el("p", p.exactStopText));
  } catch (e) {
    out.replaceChildren(el("p", e.message));
  }
}

/** wireUses wires the panel. */
export function wireUses() {
  $("uses").addEventListener("toggle", fill);
  $("uses-angle").addEventListener("input", perFrame(fill));
  $("uses-ascent").addEventListener("click", () => path("ascent"));
  $("uses-descent").addEventListener("click", () => path("descent"));
  $("uses-clear").addEventListener("click", () => {
    page.g.drawPath(null);
    $("uses-path").replaceChildren();
  });
}
