// readout.js formats a grid node's read-out (from the gradplay API) as
// lines of [className, text] parts, for the view strip and the playground.

/** Formats a number the way Python's repr does for floats (shortest round trip). */
export function num(x) {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (Object.is(x, -0)) return "-0.0";
  return String(x);
}

/**
 * Returns the read-out of r ({index, point, f, grad, exact, edge, pinned})
 * as two lines: where and f, then ∇f from numpy.gradient and exactly.
 */
export function readoutLines(r) {
  const vars = r.vars || Object.keys(r.point);
  const where = vars.map((v) => `${v} = ${num(r.point[v])}`).join(", ");
  const first = [];
  if (r.pinned) first.push(["pin", "pinned: "]);
  first.push(["", where + "   "], ["k", "f = "], ["", num(r.f)]);
  const second = [["k", "∇f grid: "]];
  vars.forEach((v, i) => {
    second.push(["", `${i ? ", " : ""}∂f/∂${v} = ${num(r.grad[v])}`]);
    if (r.edge[v]) second.push(["k", " (edge)"]);
  });
  second.push(["k", "   exact: "]);
  vars.forEach((v, i) => second.push(["", `${i ? ", " : ""}${num(r.exact[v])}`]));
  return [first, second];
}

/** What each row of the point table is, with the Python a reader would write for it. */
export const METHODS = {
  grid: ["numpy.gradient", "np.gradient(F, *coords, edge_order=…) on the grid"],
  exact: ["exact", "symbolic derivative (as sympy.diff gives it)"],
  dual: ["autodiff", "forward-mode dual numbers: exact up to rounding"],
  forward: ["approx_fprime", "scipy.optimize.approx_fprime(x, f): forward difference, ε = 2⁻²⁶"],
  central: ["central", "(f(x+h) − f(x−h)) / 2h, h = 6e-6·max(1, |x|)"],
  richardson: ["Richardson", "extrapolated central differences, ± its error estimate"],
};

/**
 * Returns the comparison table of a pinned read-out r (one with methods):
 * {head, rows}, head the titles of the value columns and each row
 * {name, how, values} (one value per variable); null when r has no methods.
 */
export function pointTable(r) {
  if (!r || !r.methods) return null;
  const vars = r.vars || Object.keys(r.point);
  const row = ([name, how], values) => ({ name, how, values });
  const rows = [
    row(METHODS.grid, vars.map((v) => num(r.grad[v]) + (r.edge[v] ? " (one-sided)" : ""))),
    row(METHODS.exact, vars.map((v) => num(r.exact[v]))),
  ];
  const pm = (e) => (e === 0 ? " ± 0" : ` ± ${e.toPrecision(2)}`);
  for (const m of r.methods) {
    rows.push(row(METHODS[m.method] || [m.method, ""], vars.map((v) => num(m.grad[v]) + (m.err ? pm(m.err[v]) : ""))));
  }
  return { head: vars.map((v) => `∂f/∂${v}`), rows };
}
