"""Generates random expression cases in the format of the expr_cases and
point_cases of numpy_gradient_cases.json (see README.md here), with numpy for
f and its gradient and sympy (at 50 digits) for the exact derivatives, to
check core/expr and core/field beyond the shared sample:

    /usr/bin/python3 core/testdata/gen_expr_cases.py 300 > /tmp/expr.json
    GRADPLAY_NUMPY_CASES=/tmp/expr.json go test -v -run 'ExprCases|PointCases' ./core/field

Needs Debian's python3-numpy and python3-sympy (numpy 1.24, sympy 1.11).
Cases whose f or exact derivative is not finite and real on the grid are
skipped, as the reference file's are.
"""
import json
import math
import sys

import mpmath
import numpy as np
import sympy as sp

mpmath.mp.dps = 50
VARS = ["x", "y", "z", "q", "chi"]
UNARY = ["sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "exp", "log", "sqrt", "abs"]
SYMPY = {"arcsin": "asin", "arccos": "acos", "arctan": "atan", "abs": "Abs"}


def gen(rng, names, depth):
    """A random expression in Python syntax."""
    r = rng.random()
    if depth <= 0 or r < 0.25:
        k = rng.integers(10)
        if k < 6:
            return names[rng.integers(len(names))]
        if k < 9:
            return repr(float(rng.choice([0.5, 2.0, 3.0, 1.5, 0.25]))).rstrip("0").rstrip(".")
        return "pi"
    if r < 0.55:
        op = ["+", "-", "*", "/"][rng.integers(4)]
        return f"({gen(rng, names, depth - 1)} {op} {gen(rng, names, depth - 1)})"
    if r < 0.65:
        p = ["2", "3", "0.5", "-1", "-2", "1.5"][rng.integers(6)]
        return f"{gen(rng, names, depth - 1)}**{p}" if p[0] != "-" else f"{gen(rng, names, depth - 1)}**({p})"
    if r < 0.7:
        return f"-{gen(rng, names, depth - 1)}"
    fn = UNARY[rng.integers(len(UNARY))]
    arg = gen(rng, names, depth - 1)
    if fn in ("arcsin", "arccos"):
        arg = f"tanh({arg})/1.5"  # keep inside (-1, 1)
    elif fn in ("log", "sqrt"):
        arg = f"(1.5 + {arg}**2)"  # keep positive
    elif fn == "abs":
        arg = f"({arg} + 0.123)"  # keep away from the kink on most grids
    return f"{fn}({arg})"


def enc(x):
    return x if math.isfinite(x) else ("nan" if math.isnan(x) else ("inf" if x > 0 else "-inf"))


def sympy_expr(src, names):
    syms = {n: sp.Symbol(n, real=True) for n in names}
    ns = dict(syms)
    ns.update({fn: getattr(sp, SYMPY.get(fn, fn)) for fn in UNARY})
    ns["pi"] = sp.pi
    return sp.sympify(src, locals=ns), [syms[n] for n in names]


def exact_values(d, syms, points):
    fn = sp.lambdify(syms, d, "mpmath")
    out = []
    for p in points:
        v = fn(*[mpmath.mpf(float(x)) for x in p])
        if isinstance(v, mpmath.mpc):
            if abs(v.imag) > 0:
                return None
            v = v.real
        v = float(v)
        if not math.isfinite(v):
            return None
        out.append(v)
    return out


def expr_case(rng, i):
    nv = int(rng.integers(1, 4))
    names = list(VARS[:5])
    rng.shuffle(names)
    names = names[:nv]
    src = gen(rng, names, int(rng.integers(1, 4)))
    used = [n for n in names if n in src.replace("(", " ").replace(")", " ").replace("*", " ").split() or any(
        tok == n for tok in __import__("re").findall(r"[A-Za-z_]\w*", src))]
    if not used:
        return None
    names = sorted(used, key=src.index)  # order of first appearance
    grid = {}
    for n in names:
        a = float(np.round(rng.uniform(-2, 1), 2))
        grid[n] = {"start": a, "stop": float(np.round(a + rng.uniform(0.5, 3), 2)), "num": int(rng.integers(3, 8))}
    coords = [np.linspace(grid[n]["start"], grid[n]["stop"], grid[n]["num"]) for n in names]
    mesh = np.meshgrid(*coords, indexing="ij")
    env = {"np": np, "pi": np.pi}
    env.update({fn: getattr(np, fn) for fn in UNARY})
    env.update(dict(zip(names, mesh)))
    with np.errstate(all="ignore"):
        f = np.asarray(eval(src, env), dtype=float) * np.ones(mesh[0].shape)
    if not np.all(np.isfinite(f)):
        return None
    edge_order = int(rng.integers(1, 3))
    if min(len(c) for c in coords) < edge_order + 1:
        return None
    g = np.gradient(f, *coords, edge_order=edge_order)
    if len(names) == 1:
        g = [g]
    e, syms = sympy_expr(src, names)
    points = list(zip(*[m.ravel() for m in mesh]))
    exact = {}
    for n, s in zip(names, syms):
        v = exact_values(sp.diff(e, s), syms, points)
        if v is None:
            return None
        exact[n] = v
    return {
        "name": f"random_expr_{i}", "expr": src, "vars": names, "grid": grid, "edge_order": edge_order,
        "shape": list(f.shape), "coords": {n: list(map(float, c)) for n, c in zip(names, coords)},
        "f": [enc(float(v)) for v in f.ravel()], "grad": {n: [enc(float(v)) for v in gi.ravel()] for n, gi in zip(names, g)},
        "exact": exact,
    }


def point_case(c, rng):
    """A point case from an expression case: one grid point, with scipy's
    approx_fprime formula computed in numpy float64."""
    names = c["vars"]
    k = int(rng.integers(len(c["f"])))
    idx = np.unravel_index(k, c["shape"])
    x = np.array([c["coords"][n][j] for n, j in zip(names, idx)])
    env = {"np": np, "pi": np.pi}
    env.update({fn: getattr(np, fn) for fn in UNARY})

    def f(v):
        env.update(dict(zip(names, v)))
        with np.errstate(all="ignore"):
            return float(eval(c["expr"], env))

    def fprime(eps):
        f0, out = f(x), {}
        for j, n in enumerate(names):
            xe = x.copy()
            xe[j] = x[j] + eps
            out[n] = (f(xe) - f0) / (xe[j] - x[j])
        return out

    eps = 1e-6
    return {
        "name": c["name"].replace("expr", "point"), "expr": c["expr"], "vars": names,
        "point": dict(zip(names, map(float, x))), "f": f(x), "epsilon": eps,
        "approx_fprime": fprime(eps), "approx_fprime_default": fprime(2.0 ** -26),
        "exact": {n: c["exact"][n][k] for n in names},
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = np.random.default_rng(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    exprs, points = [], []
    while len(exprs) < n:
        c = expr_case(rng, len(exprs))
        if c is not None:
            exprs.append(c)
            points.append(point_case(c, rng))
    json.dump({"generator": {"numpy": np.__version__, "sympy": sp.__version__},
               "cases": [], "expr_cases": exprs, "point_cases": points}, sys.stdout)


if __name__ == "__main__":
    main()
