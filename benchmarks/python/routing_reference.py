#!/usr/bin/env python3
"""Reference learners for the routing benchmark (docs/learning.md, BENCHMARKS.md section 6.2).

Answers two questions about the built-in workload's observations, outside the Java code on purpose (a plain
numpy re-implementation, so that a mistake in our policies cannot hide in both):

1. Full-information ceiling: a softmax regression trained on the *labels* of the first N training queries of a
   seeded shuffle, scored on the next 100. A bandit learner sees far less (one tool's reward per query).
2. A reference bandit learner: a linear softmax policy that acts by sampling (at temperature T), and every 32
   episodes refits on the whole history: cross-entropy towards tools that were right, -log(1 - p) away from
   tools that were wrong. Reports the right-tool rate over episodes 401-500, like the routing benchmark.

Input: the observation cache that RoutingTuner writes on its first run (java.io.tmpdir, default /tmp):
    benchmarks/run io.hololoom.benchmarks.routing.RoutingTuner --seeds 1 "every=32"
    python3 benchmarks/python/routing_reference.py [--cache /tmp/hololoom-tuner-minilm-384.bin]
Needs numpy (Debian: python3-numpy). Deterministic (seeded); about a minute on 2 cores.
"""
import argparse
import struct

import numpy as np

FULL = 384


def read_cache(path):
    """The two splits (train, test) as (observations, labels), in the layout RoutingTuner writes (big-endian)."""
    with open(path, "rb") as f:
        data = f.read()
    off = 0
    splits = []
    for _ in range(2):
        n, d = struct.unpack(">ii", data[off:off + 8])
        off += 8
        x = np.zeros((n, d), np.float64)
        y = np.zeros(n, int)
        for i in range(n):
            y[i] = struct.unpack(">i", data[off:off + 4])[0]
            off += 4
            x[i] = np.frombuffer(data[off:off + 4 * d], dtype=">f4")
            off += 4 * d
        splits.append((x, y))
    return splits


def encode(x, dims, weight):
    """The observation ObservationEncoder gives for embedding-dims = dims, embedding-weight = weight."""
    scale = weight * np.sqrt(FULL / dims) if dims else 0.0
    return np.hstack([x[:, :dims] * scale, x[:, FULL:]])


def softmax(z):
    z = z - z.max(axis=-1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=-1, keepdims=True)


def fit(x, y, iters=800, lr=0.5, lam=1e-3):
    w = np.zeros((x.shape[1], 5))
    onehot = np.eye(5)[y]
    for _ in range(iters):
        w -= lr * (x.T @ (softmax(x @ w) - onehot) / len(y) + lam * w)
    return w


def ceiling(x, y, n, seeds=range(5)):
    accs = []
    for seed in seeds:
        order = np.random.default_rng(seed).permutation(len(y))
        train, nxt = order[:n], order[n:n + 100]
        accs.append(np.mean((x[nxt] @ fit(x[train], y[train])).argmax(1) == y[nxt]))
    return np.mean(accs)


def bandit(x, y, seed, temperature, every=32, steps=300, lr=1.0, lam=1e-4, episodes=500):
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(y))[:episodes]
    w = np.zeros((x.shape[1], 5))
    rows, actions, rights = [], [], []
    for i, row in enumerate(order):
        a = rng.choice(5, p=softmax(x[row] @ w / temperature))
        rows.append(row)
        actions.append(a)
        rights.append(a == y[row])
        if (i + 1) % every == 0:
            hx, ha, hr = x[rows], np.array(actions), np.array(rights)
            onehot = np.eye(5)[ha]
            for _ in range(steps):
                p = softmax(hx @ w)
                pa = p[np.arange(len(ha)), ha]
                g = np.where(hr[:, None], p - onehot, (pa / (1 - pa + 1e-9))[:, None] * (onehot - p))
                w -= lr * (hx.T @ g / len(ha) + lam * w)
    return np.mean(rights[-100:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", default="/tmp/hololoom-tuner-minilm-384.bin")
    args = parser.parse_args()
    try:
        (xtr, ytr), _ = read_cache(args.cache)
    except OSError as e:
        raise SystemExit(f"routing_reference: cannot read the observation cache [{args.cache}]: {e.strerror}. "
                         "Run RoutingTuner once to write it (see the top of this file), or pass --cache FILE.")
    except struct.error:
        raise SystemExit(f"routing_reference: [{args.cache}] is not an observation cache written by RoutingTuner.")
    for name, dims, weight in [("E 96, w 1 (default)", 96, 1.0), ("E 384, w 2", 384, 2.0)]:
        x = encode(xtr, dims, weight)
        line = ", ".join(f"{n} labels {100 * ceiling(x, ytr, n):.1f} %" for n in (100, 200, 400))
        print(f"{name}: full-information ceiling on the next 100: {line}")
        for t in (1.0, 0.5):
            r = [bandit(x, ytr, s, t) for s in range(1, 6)]
            print(f"{name}: reference bandit learner at temperature {t}: last-100 "
                  f"{100 * np.mean(r):.1f} ± {100 * np.std(r, ddof=1):.1f} % (seeds 1-5: "
                  + "/".join(f"{100 * v:.0f}" for v in r) + ")")


if __name__ == "__main__":
    main()
