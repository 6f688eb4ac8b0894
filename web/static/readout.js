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
  complex: ["complex step", "Im f(x + ih) / h, h = 1e-20: no subtraction, so no cancellation"],
  forward: ["approx_fprime", "scipy.optimize.approx_fprime(x, f): forward difference, ε = 2⁻²⁶"],
  central: ["central", "(f(x+h) − f(x−h)) / 2h, h = 6e-6·max(1, |x|)"],
  richardson: ["Richardson", "extrapolated central differences, ± its error estimate"],
};

/** short writes a small magnitude for a person: 3.1e-9, 0.0042, 0. */
export function short(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e4 ? String(+x.toPrecision(2)) : x.toExponential(1).replace("e+", "e");
}

/**
 * agree returns how many leading characters of text agree with exact's
 * text (both as num writes them), up to the first wrong digit.
 */
export function agree(text, exact) {
  let i = 0;
  while (i < text.length && i < exact.length && text[i] === exact[i]) i++;
  return i;
}

/**
 * Returns the comparison table of a pinned read-out r (one with methods):
 * {head, rows}, head the titles of the value columns and each row
 * {name, how, values}, one value per variable: {text, agree (leading
 * characters that agree with the exact value), note (the error against the
 * exact value and the step), warn (why an estimate cannot be trusted)};
 * null when r has no methods.
 */
export function pointTable(r) {
  if (!r || !r.methods) return null;
  const vars = r.vars || Object.keys(r.point);
  const row = ([name, how], values) => ({ name, how, values });
  const exactText = (v) => num(r.exact[v]);
  const cell = (v, x, extra = {}) => {
    const text = num(x);
    const err = x - r.exact[v];
    return { text, agree: agree(text, exactText(v)), note: `error ${short(Math.abs(err))}`, ...extra };
  };
  const rows = [
    row(METHODS.grid, vars.map((v) => cell(v, r.grad[v], { note: `error ${short(Math.abs(r.grad[v] - r.exact[v]))}` + (r.edge[v] ? " · one-sided" : "") }))),
    row(METHODS.exact, vars.map((v) => ({ text: exactText(v), agree: exactText(v).length, note: "" }))),
  ];
  for (const m of r.methods) {
    rows.push(row(METHODS[m.method] || [m.method, ""], vars.map((v) => {
      const text = num(m.grad[v]) + (m.err ? ` ± ${short(m.err[v])}` : "");
      const e = m.error && m.error[v];
      const parts = [];
      if (e) parts.push(`error ${short(e.abs)}` + (e.rel !== null && e.rel !== undefined ? ` (rel ${short(e.rel)})` : ""));
      if (m.step && m.step[v] !== undefined) parts.push(`h = ${short(m.step[v])}`);
      const warn = m.trusted && m.trusted[v] === false ? (m.warning && m.warning[v]) || "the estimate cannot be trusted here" : "";
      return { text, agree: agree(num(m.grad[v]), exactText(v)), note: parts.join(" · "), warn };
    })));
  }
  return { head: vars.map((v) => `∂f/∂${v}`), rows };
}
