#!/usr/bin/env python3
"""check_no_dev_text.py — no run of 8 words from the dev sets or the seed articles in our own files.

    python3 tests/repo/check_no_dev_text.py [SHARED_DIR]     # exit 0 clean, 1 found, 77 skipped

Why: ../shared/eval/dev is for measuring only (no words or rules taken from its texts), and the seed
articles are third-party text that tests may read but the repository must not copy. Comments and tests
that quote them are how dev phrases creep into rules, so this check reads every tracked file (assets
and the model excepted) against every 8-word run of those texts. Eight words: long enough that
ordinary phrases ("according to the health ministry") do not count, short enough to catch a pasted
sentence. The browser test of the seeds may name one quote it looks up in the seed it reads.
"""
import os
import re
import subprocess
import sys

N = 8
ALLOWED = {("tests/browser/seeds.test.js", "we have still to finish the job")}

root = os.path.realpath(os.path.join(os.path.dirname(__file__), "..", ".."))
shared = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("LEDE_SHARED_DIR", os.path.join(root, "..", "shared"))
sources = []
for sub in ("seeds", os.path.join("eval", "dev")):
    d = os.path.join(shared, sub)
    if os.path.isdir(d):
        sources += [os.path.join(d, f) for f in sorted(os.listdir(d)) if os.path.isfile(os.path.join(d, f))]
if not sources:
    print(f"SKIPPED: no seeds or dev sets under {shared}")
    sys.exit(77)


def words(text):
    return re.findall(r"[A-Za-z0-9\u2019']+", text)


def texts_of(path):
    raw = open(path, encoding="utf-8", errors="replace").read()
    if path.endswith(".jsonl") or path.endswith(".json"):  # the gold sets: only their text fields
        return " ".join(re.findall(r'"text"\s*:\s*"((?:[^"\\]|\\.)*)"', raw))
    return raw


runs = {}
for path in sources:
    w = [x.lower() for x in words(texts_of(path))]
    for i in range(len(w) - N + 1):
        runs.setdefault(" ".join(w[i:i + N]), os.path.basename(path))

files = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout.split()
found = 0
for rel in files:
    if rel.startswith("assets/"):
        continue
    try:
        text = open(os.path.join(root, rel), encoding="utf-8").read()
    except (UnicodeDecodeError, OSError):
        continue
    text = text.replace("\\xE2\\x80\\x99", "\u2019")  # C++ escapes of the curly apostrophe
    w = [x.lower() for x in words(text)]
    seen = set()
    for i in range(len(w) - N + 1):
        run = " ".join(w[i:i + N])
        if run in runs and run not in seen and not any(f == rel and a in run for f, a in ALLOWED):
            seen.add(run)
            print(f"{rel}: \"{run}\" is from {runs[run]}")
            found += 1
print(f"{len(files)} files read against {len(sources)} texts: {found} runs of {N} words copied")
sys.exit(1 if found else 0)
