"""numpy's side of core/field's benchmark figure (./build.sh bench).

Times the numpy equivalent of core/field's BenchmarkFigure: linspace(-2, 2,
256) per variable, meshgrid(indexing='ij'), evaluation of
sin(x)*exp(-y**2)*cos(z), and numpy.gradient with the coordinate arrays, all
outputs newly allocated. Prints "numpy_<name> <seconds>", the median of 5
runs. Run with Debian's python3-numpy: /usr/bin/python3 this.py
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


def pipeline():
    x = np.linspace(-2, 2, 256)
    y = np.linspace(-2, 2, 256)
    z = np.linspace(-2, 2, 256)
    X, Y, Z = np.meshgrid(x, y, z, indexing="ij")
    f = np.sin(X) * np.exp(-Y**2) * np.cos(Z)
    return np.gradient(f, x, y, z)


def main():
    print(f"numpy_pipeline_trig_256^3 {median_time(pipeline):.6g}", flush=True)


if __name__ == "__main__":
    main()
