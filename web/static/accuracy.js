// accuracy.js fills the playground's accuracy panel for the pinned node:
// the step-size V curve of one variable (gradplay.stepPlot, drawn in Go
// with gonum/plot: |error| against h for approx_fprime, central,
// Richardson and the complex step) and, on request, the grid refined
// (gradplay.convergence and gradplay.convergencePlot: the largest errors
// inside and at the edges, and the observed orders).
import { $, page } from "./page.js";
import { short } from "./readout.js";

let pinned = null; // the pinned read-out shown
const urls = new Map(); // img element -> its blob URL

/** show puts PNG bytes into img (revoking its previous blob URL). */
function show(img, bytes) {
  if (urls.has(img)) URL.revokeObjectURL(urls.get(img));
  const u = URL.createObjectURL(new Blob([bytes], { type: "image/png" }));
  urls.set(img, u);
  img.src = u;
  img.hidden = false;
}

/** showAccuracy follows the pinned read-out r (null: none). */
export function showAccuracy(r) {
  pinned = r && r.methods ? r : null;
  $("accuracy").hidden = !pinned;
  if (!pinned) return;
  const sel = $("sweep-var");
  const vars = pinned.vars || Object.keys(pinned.point);
  if ([...sel.options].map((o) => o.value).join() !== vars.join()) {
    sel.replaceChildren(...vars.map((v) => new Option(`∂f/∂${v}`, v)));
  }
  if ($("accuracy").open) drawSweep();
  $("refine-out").replaceChildren();
  $("refine-plot").hidden = true;
}

/** drawSweep draws the V curve of the chosen variable at the pin. */
function drawSweep() {
  if (!pinned) return;
  const v = $("sweep-var").value;
  try {
    show($("sweep-plot"), page.g.stepPlot(page.state.expr, pinned.point, v, { width: 560, height: 360 }));
    const s = page.g.stepSweep(page.state.expr, pinned.point, v);
    $("sweep-best").textContent = `Best steps for ∂f/∂${v}: approx_fprime h = ${short(s.best.forward)}, ` +
      `central h = ${short(s.best.central)}, Richardson h = ${short(s.best.richardson)} (the default of approx_fprime is 2**-26 ≈ 1.5e-8).`;
  } catch (e) {
    $("sweep-best").textContent = e.message;
  }
}

/** refine computes the grid refinement study of the current state. */
function refine() {
  const { g, state } = page;
  const out = $("refine-out");
  out.replaceChildren();
  try {
    const grid = Object.fromEntries((page.view.vars || []).map((vv) => [vv.name, vv.spec]));
    const c = g.convergence(state.expr, grid, { edgeOrder: state.edgeOrder });
    const t = document.createElement("table");
    t.className = "refine-table";
    const head = document.createElement("tr");
    for (const h of ["points", "largest h", "largest error inside", "at the edges"]) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = h;
      head.append(th);
    }
    t.append(head);
    for (const l of c.levels) {
      const tr = document.createElement("tr");
      const hs = Object.values(l.h);
      for (const text of [c.vars.map((v) => l.points[v]).join(" × "), short(Math.max(...hs)), short(l.interior), short(l.edge)]) {
        const td = document.createElement("td");
        td.className = "mono";
        td.textContent = text;
        tr.append(td);
      }
      t.append(tr);
    }
    const p = document.createElement("p");
    p.id = "refine-order";
    const order = (x) => (Number.isFinite(x) ? x.toFixed(2) : "none (no error to measure: numpy's formula is exact for this f)");
    p.textContent = `Observed order: ${order(c.order.interior)} inside (central differences, 2), ` +
      `${order(c.order.edge)} at the edges (edge_order ${state.edgeOrder}).`;
    out.append(t, p);
    show($("refine-plot"), g.convergencePlot(state.expr, grid, { edgeOrder: state.edgeOrder, width: 560, height: 340 }));
  } catch (e) {
    const p = document.createElement("p");
    p.className = "info";
    p.textContent = e.message;
    out.append(p);
  }
}

/** wireAccuracy wires the panel. */
export function wireAccuracy() {
  $("accuracy").addEventListener("toggle", drawSweep);
  $("sweep-var").addEventListener("change", drawSweep);
  $("refine").addEventListener("click", refine);
}
