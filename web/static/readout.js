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
