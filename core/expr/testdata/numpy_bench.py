"""numpy's side of core/expr's benchmark figures (./build.sh bench).

Times the numpy equivalent of core/expr's BenchmarkFigure: evaluating the
expression on the meshgrid(indexing='ij') arrays of linspace(-2, 2, 256) per
variable (the arrays are built once, outside the timing), into newly
allocated outputs. Prints "numpy_<name> <seconds>", the median of 5 runs.
Run with Debian's python3-numpy: /usr/bin/python3 this.py
"""
import statistics
import time

import numpy as np


def median_time(fn, runs=5):
    fn()  # warm up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    x = np.linspace(-2, 2, 256)
    X, Y, Z = np.meshgrid(x, x, x, indexing="ij")
    figures = [
        ("eval_poly_256^3", lambda: 2 * X**2 + 3 * Y**2 - 4 * Z),
        ("eval_trig_256^3", lambda: np.sin(X) * np.exp(-Y**2) * np.cos(Z)),
    ]
    for name, fn in figures:
        print(f"numpy_{name} {median_time(fn):.6g}", flush=True)


if __name__ == "__main__":
    main()
