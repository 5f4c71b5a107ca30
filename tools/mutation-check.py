#!/usr/bin/env python3
"""Mutation check of the core's rules: does the core test suite notice a wrong figure?

Each mutant in tools/mutants.txt names a file, a piece of its text (found by text, never
by line number: the text must occur exactly once) and what it becomes: a flipped
comparison, an off-by-one, a dropped term. The script copies the working tree to a
scratch folder, builds core_tests there once, then for each mutant applies it, rebuilds,
runs the core tests and undoes it. A mutant is caught when the build of the tests or a
test fails; it survives when every test passes. The share caught is printed per folder
and, with --write, stored in docs/testing.md between its markers.

    tools/mutation-check.py              # every mutant (about a minute each on 2 cores)
    tools/mutation-check.py --only NightClock --write

Mutants marked `equivalent:` change nothing a person could see (the reason is given) and
are listed apart, not counted.
"""
import argparse
import collections
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Suites that only wait on locks, passphrases or random inputs; none of them checks a rule
# a mutant here could break, and together they take most of the suite's time.
SLOW_SUITES = "DiaryFile.*:EncryptedBackup.*:ImportFuzz.*:IntegrityCheck.*:RepairSwap.*:Salvage.*"


def read_mutants(path, only):
    mutants = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        equivalent = None
        if line.startswith("equivalent:"):
            line = line[len("equivalent:"):]
            line, _, equivalent = line.partition(" || ")
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) != 3:
            sys.exit(f"tools/mutants.txt:{number}: expected 'file | text | mutated text'")
        file, original, mutated = parts
        if only and only not in file:
            continue
        mutants.append({"line": number, "file": file, "from": original, "to": mutated,
                        "equivalent": equivalent})
    return mutants


def run(command, cwd, timeout):
    try:
        return subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        return -1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="only mutants whose file path contains this text")
    parser.add_argument("--write", action="store_true", help="store the score in docs/testing.md")
    parser.add_argument("--keep", help="scratch folder to reuse (its build is kept)")
    args = parser.parse_args()

    mutants = read_mutants(ROOT / "tools" / "mutants.txt", args.only)
    scratch = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="cramp-mutants-"))
    source = scratch / "src"
    if source.exists():
        shutil.rmtree(source)
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns("build", ".git"))
    build = scratch / "build"
    if not (build / "build.ninja").exists():
        subprocess.run(["cmake", "-S", str(source), "-B", str(build), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug"],
                       check=True, stdout=subprocess.DEVNULL)
    print(f"building core_tests in {build} ...", flush=True)
    subprocess.run(["cmake", "--build", str(build), "--target", "core_tests"], check=True, stdout=subprocess.DEVNULL)
    tests = [str(build / "tests" / "core" / "core_tests"), f"--gtest_filter=-{SLOW_SUITES}", "--gtest_brief=1",
             "--gtest_fail_fast"]
    env_ok = run(tests, scratch, 600) == 0
    if not env_ok:
        sys.exit("the unmutated core tests fail; fix them first")

    results = []
    for m in mutants:
        path = source / m["file"]
        text = path.read_text(encoding="utf-8")
        count = text.count(m["from"])
        if count != 1:
            results.append((m, f"text found {count} times"))
            print(f"  ? {m['file']}: text found {count} times: {m['from']}", flush=True)
            continue
        path.write_text(text.replace(m["from"], m["to"]), encoding="utf-8")
        started = time.monotonic()
        try:
            built = run(["cmake", "--build", str(build), "--target", "core_tests"], scratch, 900) == 0
            verdict = "caught" if not built or run(tests, scratch, 600) != 0 else "survived"
        finally:
            path.write_text(text, encoding="utf-8")
            os.utime(path)
        results.append((m, verdict))
        mark = "+" if verdict == "caught" else ("=" if m["equivalent"] else "-")
        print(f"  {mark} {verdict:8} {time.monotonic() - started:5.0f}s {m['file']}: {m['from']} -> {m['to']}",
              flush=True)
    # The tree is left as it was: rebuild once so a kept scratch build is unmutated.
    run(["cmake", "--build", str(build), "--target", "core_tests"], scratch, 900)

    by_folder = collections.OrderedDict()
    for m, verdict in results:
        if m["equivalent"] or verdict not in ("caught", "survived"):
            continue
        folder = "/".join(m["file"].split("/")[:2])
        caught, total = by_folder.get(folder, (0, 0))
        by_folder[folder] = (caught + (verdict == "caught"), total + 1)
    caught = sum(c for c, _ in by_folder.values())
    total = sum(t for _, t in by_folder.values())
    lines = ["| Folder | Caught | Mutants | Share |", "|---|---|---|---|"]
    for folder, (c, t) in sorted(by_folder.items()):
        lines.append(f"| {folder} | {c} | {t} | {100 * c / t:.0f}% |")
    lines.append(f"| **all** | **{caught}** | **{total}** | **{100 * caught / max(total, 1):.0f}%** |")
    survivors = [f"- `{m['file']}`: `{m['from']}` → `{m['to']}`" for m, v in results
                 if v == "survived" and not m["equivalent"]]
    equivalents = [f"- `{m['file']}`: `{m['from']}` → `{m['to']}`: {m['equivalent']}" for m, v in results
                   if m["equivalent"]]
    problems = [f"- `{m['file']}`: {v}: `{m['from']}`" for m, v in results if v not in ("caught", "survived")]
    report = "\n".join(lines + ["", "Survivors:", ""] + (survivors or ["- none"]) + ["", "Equivalent (not counted):", ""]
                       + (equivalents or ["- none"]) + ([""] + ["Not applied:"] + problems if problems else []))
    print()
    print(report)
    if args.write and not args.only:
        doc = ROOT / "docs" / "testing.md"
        content = doc.read_text(encoding="utf-8")
        stamp = time.strftime("%Y-%m-%d")
        block = f"<!-- mutation-score -->\nLast run {stamp}: `tools/mutation-check.py --write`\n\n{report}\n<!-- /mutation-score -->"
        content = re.sub(r"<!-- mutation-score -->.*<!-- /mutation-score -->", block, content, flags=re.S)
        doc.write_text(content, encoding="utf-8")
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0 if total and caught / total >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
