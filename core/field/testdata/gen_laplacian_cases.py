"""Generates laplacian_cases.json, the numpy reference cases of core/field's
GradTwice, Compact and Hessian (at a node):

    /usr/bin/python3 core/field/testdata/gen_laplacian_cases.py > core/field/testdata/laplacian_cases.json

Each case has an array f (flat, row-major) of a shape, the coordinates of
each axis (uniform or not), numpy.gradient's edge_order, and:

  gradTwice  sum(np.gradient(np.gradient(f, c[i], axis=i, edge_order=e),
                 c[i], axis=i, edge_order=e) for i in range(f.ndim)), bit for bit
  compact    the three-point second differences summed over the axes
             (checked to 1e-12 relative: not a numpy function)
  node, hessian  np.gradient(np.gradient(f, *c, edge_order=e)[i], *c,
             edge_order=e)[j] at the node index, bit for bit

Run with Debian's python3-numpy (numpy 1.24). Seeded: the output is stable.
"""
import json

import numpy as np


def compact(f, coords):
    out = np.zeros_like(f)
    for i, c in enumerate(coords):
        n = f.shape[i]
        g = np.moveaxis(f, i, 0)
        o = np.empty_like(g)
        for j in range(n):
            k = min(max(j, 1), n - 2)
            h0, h1 = c[k] - c[k - 1], c[k + 1] - c[k]
            o[j] = 2 * (h0 * g[k + 1] - (h0 + h1) * g[k] + h1 * g[k - 1]) / (h0 * h1 * (h0 + h1))
        out = out + np.moveaxis(o, 0, i)
    return out


def case(rng, shape, uniform, edge_order, smooth):
    coords = []
    for n in shape:
        if uniform:
            c = np.linspace(-1.0, 2.0, n)
        else:
            c = np.cumsum(rng.uniform(0.05, 0.4, n)) - 1.0
        coords.append(c)
    if smooth:
        mesh = np.meshgrid(*coords, indexing="ij")
        f = np.sin(mesh[0]) * np.exp(-sum(m * m for m in mesh[1:])) if len(shape) > 1 else np.sin(3 * mesh[0])
    else:
        f = rng.normal(size=shape)
    gt = sum(np.gradient(np.gradient(f, c, axis=i, edge_order=edge_order), c, axis=i, edge_order=edge_order)
             for i, c in enumerate(coords))
    grad = np.gradient(f, *coords, edge_order=edge_order)
    if len(shape) == 1:
        grad = [grad]
    node = tuple(int(rng.integers(0, n)) for n in shape)
    hess = []
    for i in range(len(shape)):
        gg = np.gradient(grad[i], *coords, edge_order=edge_order)
        if len(shape) == 1:
            gg = [gg]
        hess.append([float(gg[j][node]) for j in range(len(shape))])
    return {
        "shape": list(shape),
        "coords": [c.tolist() for c in coords],
        "edgeOrder": edge_order,
        "f": f.ravel().tolist(),
        "gradTwice": np.asarray(gt).ravel().tolist(),
        "compact": compact(f, coords).ravel().tolist(),
        "node": list(node),
        "hessian": hess,
    }


def main():
    rng = np.random.default_rng(11)
    cases = []
    for shape in [(7,), (5, 6), (4, 5, 3)]:
        for uniform in (True, False):
            for edge_order in (1, 2):
                for smooth in (True, False):
                    cases.append(case(rng, shape, uniform, edge_order, smooth))
    print(json.dumps({"numpy": np.__version__, "cases": cases}, indent=None))


main()
