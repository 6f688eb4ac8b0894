"""Generates smooth (function, point) cases with exact partial derivatives
from sympy at 50 digits, to measure how honest the error estimate of
Richardson extrapolation (core/fd.Richardson, method richardson of
core/expr's Partials) is:

    /usr/bin/python3 core/testdata/gen_richardson_cases.py 240 0 > core/expr/testdata/richardson_cases.json
    go test -v -run RichardsonHonesty ./core/expr

Needs Debian's python3-sympy (and python3-mpmath). The committed file was
made with sympy 1.14 (the version the command prints in "generator").

Smooth means: random compositions of functions analytic on the real line
(sin, cos, exp, tanh, arctan, sinh, cosh), of log, sqrt, arcsin and
division with their arguments kept away from the edges of their domains
(log(1.5 + u**2), arcsin(tanh(u)/1.5), 1/(1 + u**2)), and polynomials, at
points drawn uniformly from [-2, 2] per variable. A few fixed cases come
first: the known failures of the issue "Accuracy you can see" (x*y at (1, 2))
and textbook functions. Cases whose value or derivatives are not finite, or
whose derivatives are 0 (the relative error is then undefined), are skipped.
"""
import json
import math
import random
import re
import sys

import mpmath
import sympy as sp

mpmath.mp.dps = 50
VARS = ["x", "y", "z"]

FIXED = [
    ("x*y", {"x": 1.0, "y": 2.0}),
    ("exp(x)", {"x": 1.0}),
    ("sin(x)", {"x": 0.5}),
    ("1/(1 + x**2)", {"x": 0.7}),
    ("x**3 - 2*x*y + y**2", {"x": 1.5, "y": -0.5}),
    ("sin(x)*exp(-y**2)", {"x": 0.3, "y": 0.8}),
    ("exp(x)*1e8 + sqrt(1 + y)", {"x": 0.0, "y": 0.5}),
    ("log(1.5 + x**2)*cos(y)", {"x": -1.2, "y": 2.0}),
]


def gen(rng, names, depth):
    """A random smooth expression in Python syntax."""
    r = rng.random()
    if depth <= 0 or r < 0.15:
        k = rng.randrange(10)
        if k < 7:
            return rng.choice(names)
        return rng.choice(["0.5", "2", "3", "1.5", "0.25", "pi"])
    if r < 0.5:
        op = rng.choice(["+", "-", "*", "*"])
        return f"({gen(rng, names, depth - 1)} {op} {gen(rng, names, depth - 1)})"
    if r < 0.58:
        return f"{gen(rng, names, depth - 1)}**{rng.choice(['2', '3', '4'])}"
    if r < 0.64:
        return f"1/(1 + {gen(rng, names, depth - 1)}**2)"
    fn = rng.choice(["sin", "cos", "exp", "tanh", "arctan", "sinh", "cosh", "log", "sqrt", "arcsin"])
    arg = gen(rng, names, depth - 1)
    if fn in ("log", "sqrt"):
        arg = f"1.5 + {arg}**2"
    elif fn == "arcsin":
        arg = f"tanh({arg})/1.5"
    elif fn in ("exp", "sinh", "cosh"):
        arg = f"tanh({arg})*2"  # keep f of ordinary size
    return f"{fn}({arg})"


def sympy_expr(src, names):
    syms = {n: sp.Symbol(n, real=True) for n in names}
    ns = dict(syms)
    ns.update({"arcsin": sp.asin, "arctan": sp.atan, "pi": sp.pi})
    return sp.sympify(src, locals=ns), [syms[n] for n in names]


def case(name, src, names, point):
    e, syms = sympy_expr(src, names)
    at = {s: sp.Float(point[n], 50) for n, s in zip(names, syms)}
    f = complex(e.evalf(50, subs=at))
    if f.imag != 0 or not math.isfinite(f.real):
        return None
    exact = {}
    for n, s in zip(names, syms):
        d = complex(sp.diff(e, s).evalf(50, subs=at))
        if d.imag != 0 or not math.isfinite(d.real) or d.real == 0:
            return None
        exact[n] = d.real
    return {"name": name, "expr": src, "vars": names, "point": point, "f": f.real, "exact": exact}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    cases = []
    for i, (src, point) in enumerate(FIXED):
        c = case(f"fixed_{i}", src, list(point), point)
        if c is not None:
            cases.append(c)
    while len(cases) < n:
        names = VARS[: rng.randint(1, 3)]
        src = gen(rng, names, rng.randint(2, 4))
        if "(" not in src:
            continue  # a bare variable or constant: too trivial to count
        used = [v for v in names if any(tok == v for tok in re.findall(r"[A-Za-z_]\w*", src))]
        if not used:
            continue
        names = sorted(used, key=src.index)
        point = {v: round(rng.uniform(-2, 2), 3) for v in names}
        c = case(f"random_{len(cases)}", src, names, point)
        if c is not None:
            cases.append(c)
    json.dump({"generator": {"sympy": sp.__version__, "mpmath": mpmath.__version__, "seed": sys.argv[2:3]},
               "format": "cases[]: expr (Python syntax) of vars at point; f and exact[v] = the value and "
                         "the partial derivatives at 50 digits, rounded to float64",
               "cases": cases}, sys.stdout, indent=None)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
