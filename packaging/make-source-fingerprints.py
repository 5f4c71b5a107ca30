#!/usr/bin/env python3
"""Writes resources/guidance/source-fingerprints.txt from the two guidance documents.

Each line is the start of the SHA-1 of one run of eight consecutive words of a document,
lower-cased with punctuation dropped. The guidance test hashes every eight-word run of the
app's topics the same way: a match means a sentence was copied. The documents themselves
are not kept in the repository.

Usage: packaging/make-source-fingerprints.py ../shared/sources/000_*.txt ../shared/sources/001_*.txt
"""
import hashlib, re, sys

runs = set()
for path in sys.argv[1:]:
    words = re.sub(r"[^a-z0-9]+", " ", open(path, encoding="utf-8").read().lower()).split()
    for i in range(len(words) - 7):
        runs.add(hashlib.sha1(" ".join(words[i:i + 8]).encode()).hexdigest()[:12])
with open("resources/guidance/source-fingerprints.txt", "w") as out:
    out.write("\n".join(sorted(runs)) + "\n")
print(f"{len(runs)} fingerprints")
