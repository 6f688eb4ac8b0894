"""numpy's side of the core packages' benchmark figures (./build.sh bench).

Times numpy 1.24 (Debian's python3-numpy: run with /usr/bin/python3) on the
same work as the BenchmarkFigure functions of core/fd, core/expr and
core/field, each from its inputs to newly allocated outputs. Prints one line
"numpy_<name> <seconds>" per figure, the median of 7 runs after a warm-up.
"""
import statistics
import time

import numpy as np


def median_time(fn, runs=7):
    fn()  # warm up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def gradient_figures():
    """core/fd: numpy.gradient alone, unit spacing or coordinates that are
    cumulative sums of a draw in [0.5, 1.5)."""
    rng = np.random.default_rng(1)
    f3 = rng.random((256, 256, 256))
    f2 = rng.random((2048, 2048))
    coords = [np.cumsum(0.5 + rng.random(256)) for _ in range(3)]
    return [
        ("gradient_256x256x256_uniform", lambda: np.gradient(f3)),
        ("gradient_256x256x256_nonuniform", lambda: np.gradient(f3, *coords)),
        ("gradient_2048x2048_uniform", lambda: np.gradient(f2)),
    ]


def eval_figures():
    """core/expr: evaluating an expression on the meshgrid(indexing='ij')
    arrays of linspace(-2, 2, 256) per variable (built once, untimed: gradplay
    never builds them)."""
    x = np.linspace(-2, 2, 256)
    X, Y, Z = np.meshgrid(x, x, x, indexing="ij")
    return [
        ("eval_poly_256^3", lambda: 2 * X**2 + 3 * Y**2 - 4 * Z),
        ("eval_trig_256^3", lambda: np.sin(X) * np.exp(-Y**2) * np.cos(Z)),
    ]


def pipeline():
    """core/field: coordinates, meshgrid, evaluation and numpy.gradient with
    the coordinate arrays: what gradplay does from the text to the gradient."""
    x = np.linspace(-2, 2, 256)
    y = np.linspace(-2, 2, 256)
    z = np.linspace(-2, 2, 256)
    X, Y, Z = np.meshgrid(x, y, z, indexing="ij")
    f = np.sin(X) * np.exp(-Y**2) * np.cos(Z)
    return np.gradient(f, x, y, z)


def main():
    figures = gradient_figures() + eval_figures() + [("pipeline_trig_256^3", pipeline)]
    for name, fn in figures:
        print(f"numpy_{name} {median_time(fn):.6g}", flush=True)


if __name__ == "__main__":
    main()
