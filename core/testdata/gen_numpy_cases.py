"""Generates random numpy.gradient reference cases in the format of
numpy_gradient_cases.json (see README.md here), to check core/fd beyond the
shared sample:

    /usr/bin/python3 core/testdata/gen_numpy_cases.py 2000 > /tmp/cases.json
    GRADPLAY_NUMPY_CASES=/tmp/cases.json go test -v -run NumpyCases ./core/fd

Every spacing form (none, a bare scalar, a one-entry list, per-axis null,
steps and coordinates, uniform and not, with NaN and repeated values), axis
forms (None, int, negative, lists, empty, reordered, repeated, out of range),
edge_order 1, 2 and 3, int64/uint8 data, NaN and Inf in the data, and numpy's
errors. Run with Debian's python3-numpy (numpy 1.24).
"""
import json
import math
import sys

import numpy as np

ERRORS = {
    "Shape of array too small": "too_few_points",
    "when 1d, distances must match": "spacing_length_mismatch",
    "invalid number of arguments": "spacing_count_mismatch",
    "'edge_order' greater than 2": "edge_order_unsupported",
    "out of bounds for array of dimension": "axis_out_of_range",
    "repeated axis": "axis_repeated",
    "float division by zero": "zero_division",
}


def enc(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def coords(rng, n):
    kind = rng.integers(6)
    if kind == 0:  # exactly uniform
        return list(np.arange(n) * 0.5 - 1.0)
    if kind == 1:  # linspace: often not exactly uniform
        return list(np.linspace(rng.uniform(-3, 0), rng.uniform(0.5, 3), n))
    if kind == 2:  # random increasing
        return list(np.cumsum(rng.uniform(0.1, 2, n)))
    if kind == 3:  # decreasing
        return list(-np.cumsum(rng.uniform(0.1, 2, n)))
    if kind == 4:  # a repeated value (zero step) or NaN
        x = list(np.cumsum(rng.uniform(0.1, 2, n)))
        if n > 1:
            x[rng.integers(n)] = x[0] if rng.integers(2) else float("nan")
        return x
    return list(rng.integers(-5, 5, n).cumsum().astype(float))  # integer-valued


def case(rng, i):
    nd = int(rng.integers(0, 4))
    shape = [int(rng.integers(1, 6)) for _ in range(nd)]
    size = int(np.prod(shape)) if shape else 1
    dtype = ["float64"] * 6 + ["int64", "uint8"]
    dtype = dtype[rng.integers(len(dtype))]
    if dtype == "float64":
        f = rng.normal(0, 10, size)
        for _ in range(rng.integers(0, 3)):
            f[rng.integers(size)] = [np.nan, np.inf, -np.inf, -0.0][rng.integers(4)]
    else:
        f = rng.integers(0, 256 if dtype == "uint8" else 1000, size)
    arr = np.array(f, dtype=dtype).reshape(shape)

    akind = rng.integers(6)
    if akind == 0 or nd == 0:
        axis, axes = None, list(range(nd))
    elif akind == 1:
        axis = int(rng.integers(-nd, nd))
        axes = [axis % nd]
    elif akind == 2:
        axis = [int(a) for a in rng.permutation(nd)[: rng.integers(0, nd + 1)]]
        axes = [a % nd for a in axis]
    elif akind == 3:  # negative or out of range
        axis = [int(rng.integers(-nd - 1, nd + 1)) for _ in range(rng.integers(1, 3))]
        axes = [a % nd for a in axis]
    elif akind == 4:  # repeated
        a = int(rng.integers(nd))
        axis, axes = [a, a - nd], [a, a]
    else:
        axis = []
        axes = []

    skind = rng.integers(7)
    if skind == 0:
        spacing = None
    elif skind == 1:
        spacing = [0.0, -0.0, 2.0, 0.25, 3][rng.integers(5)]
    elif skind == 2:
        spacing = [float(rng.uniform(0.1, 3))]
    else:
        k = len(axes) + (1 if skind == 6 else 0) - (1 if skind == 5 and axes else 0)
        spacing = []
        for j in range(k):
            n = shape[axes[j]] if j < len(axes) else 3
            if skind == 4 and rng.integers(3) == 0:
                n += 1  # length mismatch
            e = rng.integers(4)
            spacing.append(None if e == 0 else float(rng.uniform(0.1, 3)) if e == 1 else coords(rng, n))
    edge_order = [1, 1, 2, 2, 3][rng.integers(5)]

    args = []
    if isinstance(spacing, list):
        args = [1.0 if s is None else (np.array(s) if isinstance(s, list) else s) for s in spacing]
    elif spacing is not None:
        args = [spacing]
    c = {"name": f"random_{i}", "shape": shape, "f": [enc(v) for v in f], "edge_order": edge_order, "axis": axis}
    if dtype != "float64":
        c["dtype"] = dtype
    if spacing is not None:
        c["spacing"] = spacing if not isinstance(spacing, list) else [
            None if s is None else (s if not isinstance(s, list) else [enc(v) for v in s]) for s in spacing]
    try:
        with np.errstate(all="ignore"):
            out = np.gradient(arr, *args, axis=axis, edge_order=edge_order)
    except (ValueError, TypeError, ZeroDivisionError, IndexError) as e:
        for key, code in ERRORS.items():
            if key in str(e):
                c["error"], c["numpy_error"] = code, str(e)
                return c
        return None  # an error outside the case format (e.g. IndexError)
    if isinstance(out, np.ndarray):
        c["returns_list"], out = False, [out]
    else:
        c["returns_list"] = True
    c["expect"] = [[enc(v) for v in np.asarray(o, dtype=float).ravel()] for o in out]
    return c


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = np.random.default_rng(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    cases = []
    while len(cases) < n:
        c = case(rng, len(cases))
        if c is not None:
            cases.append(c)
    json.dump({"generator": {"numpy": np.__version__}, "cases": cases}, sys.stdout)


if __name__ == "__main__":
    main()
