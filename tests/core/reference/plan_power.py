#!/usr/bin/env python3
"""Exact power of a self-experiment's randomisation test, computed independently of the
app (ordered enumeration, exact fractions for the null) for tests/core/ExperimentTest.cpp.

Every night is recorded; each night is a cramp night at its arm's rate. Nightly plans:
blocks of n nights, half with the change; paired plans: pairs of n-night blocks, one with
the change. The one-sided p is the share of the scheme's assignments whose change arm has
no more cramp nights than observed; power is P(p <= 0.05).

Run: python3 plan_power.py   (prints the table the test holds)
"""
from fractions import Fraction
from itertools import product
from math import comb


def binom(n, k, p):
    return comb(n, k) * p**k * (1 - p) ** (n - k)


def convolve(a, b):
    out = [0] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            out[i + j] += x * y
    return out


def nightly_power(blocks, n, usual, change):
    h = n // 2
    # P(block has m cramp nights, x of them on change nights)
    power = 0.0
    per_block = {}
    for m in range(n + 1):
        per_block[m] = [(x, binom(h, x, change) * binom(h, m - x, usual))
                        for x in range(max(0, m - h), min(h, m) + 1)]
    null_of = {m: [Fraction(comb(m, x) * comb(n - m, h - x), comb(n, h)) if 0 <= h - x <= n - m else Fraction(0)
                   for x in range(h + 1)] for m in range(n + 1)}
    for ms in product(range(n + 1), repeat=blocks):
        null = [Fraction(1)]
        alt = [1.0]
        weight = 1.0
        for m in ms:
            null = convolve(null, null_of[m])
            row = [0.0] * (h + 1)
            w = 0.0
            for x, p in per_block[m]:
                row[x] += p
                w += p
            weight *= w
            alt = convolve(alt, [r / w if w else 0 for r in row])
        if weight == 0:
            continue
        cdf = Fraction(0)
        for x in range(len(null)):
            cdf += null[x]
            if cdf <= Fraction(1, 20):
                power += weight * alt[x]
    return power


def paired_power(pairs, n, usual, change):
    power = 0.0
    kinds = [(c, u, binom(n, c, change) * binom(n, u, usual)) for c in range(n + 1) for u in range(n + 1)]
    for combo in product(kinds, repeat=pairs):
        weight = 1.0
        null = {0: Fraction(1)}
        observed = 0
        for c, u, w in combo:
            weight *= w
            observed += c
            nxt = {}
            for s, p in null.items():
                for v in (c, u):
                    nxt[s + v] = nxt.get(s + v, 0) + p / 2
            null = nxt
        if sum(p for s, p in null.items() if s <= observed) <= Fraction(1, 20):
            power += weight
    return power


if __name__ == "__main__":
    for usual, change in ((0.5, 0.15), (0.6, 0.1)):
        for nights in (28, 42, 56):
            print(f"nightly {nights} nights ({nights // 14} blocks of 14), {usual} -> {change}: "
                  f"{nightly_power(nights // 14, 14, usual, change):.6f}")
        for pairs in (2, 3):
            print(f"paired {pairs} pairs of 7-night blocks ({pairs * 14} nights), {usual} -> {change}: "
                  f"{paired_power(pairs, 7, usual, change):.6f}")
