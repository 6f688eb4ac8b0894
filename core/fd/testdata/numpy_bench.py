"""numpy's side of core/fd's benchmark figures (./build.sh bench).

Times numpy.gradient on the same inputs as core/fd's BenchmarkFigure: from the
input array to newly allocated outputs. Prints "numpy_<name> <seconds>", the
median of 7 runs. Run with Debian's python3-numpy: /usr/bin/python3 this.py
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


def main():
    rng = np.random.default_rng(1)
    f3 = rng.random((256, 256, 256))
    f2 = rng.random((2048, 2048))
    coords = [np.cumsum(0.5 + rng.random(256)) for _ in range(3)]
    figures = [
        ("gradient_256x256x256_uniform", lambda: np.gradient(f3)),
        ("gradient_256x256x256_nonuniform", lambda: np.gradient(f3, *coords)),
        ("gradient_2048x2048_uniform", lambda: np.gradient(f2)),
    ]
    for name, fn in figures:
        print(f"numpy_{name} {median_time(fn):.6g}", flush=True)


if __name__ == "__main__":
    main()
