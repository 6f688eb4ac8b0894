// examples.js lists the playground's examples menu.

/** Each example: a title, the function, a grid spec per variable. */
export const EXAMPLES = [
  { title: "q*chi*delta (the classic question)", expr: "q*chi*delta", grid: { q: "-2:2:21j", chi: "-2:2:21j", delta: "-2:2:21j" } },
  { title: "2*x**2 + 3*y**2 - 4*z on -100:101:25", expr: "2*x**2 + 3*y**2 - 4*z", grid: { x: "-100:101:25", y: "-100:101:25", z: "-100:101:25" } },
  { title: "sin(x)*exp(-y**2)", expr: "sin(x)*exp(-y**2)", grid: { x: "-3:3:41j", y: "-2:2:31j" } },
  { title: "x**2 (one variable)", expr: "x**2", grid: { x: "-2:2:11j" }, edgeOrder: 1 },
  { title: "Gaussian bump exp(-(x**2 + y**2))", expr: "exp(-(x**2 + y**2))", grid: { x: "-2:2:25j", y: "-2:2:25j" } },
  { title: "Saddle x*y (diverging colours)", expr: "x*y", grid: { x: "-1:1:21j", y: "-1:1:21j" }, palette: "diverging" },
  { title: "Non-uniform grid: x**3 - 3*x*y**2", expr: "x**3 - 3*x*y**2", grid: { x: "[-1, -0.7, -0.45, -0.25, -0.1, 0, 0.1, 0.25, 0.45, 0.7, 1]", y: "linspace(-1, 1, 15)" } },
];
