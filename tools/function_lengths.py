#!/usr/bin/env python3
"""Function lengths under kiosk/, from Universal Ctags (each function's first and last line).

    python3 tools/function_lengths.py            # check: exit 1 if a function grew past the limit
    python3 tools/function_lengths.py --top 10   # the longest ten
    python3 tools/function_lengths.py --update   # write the baseline anew (after taking one apart)

No function may be longer than LIMIT lines, except those in tools/function_lengths.baseline,
each held to the length it had when it was recorded: they may shrink (then --update), never
grow. A function that is not in the baseline and passes the limit fails the check, named
with its file, line and length.
"""
import json
import os
import subprocess
import sys

LIMIT = 80
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = os.path.join(ROOT, "tools", "function_lengths.baseline")


def functions():
    out = subprocess.run(
        ["ctags", "-R", "--languages=C++", "--kinds-C++=f", "--fields=+ne", "--output-format=json", "-o", "-", "kiosk"],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines():
        tag = json.loads(line)
        if tag.get("_type") != "tag" or "end" not in tag:
            continue
        name = tag["name"]
        if name.startswith("__anon"):  # a lambda ctags took for a function: its enclosing one counts
            continue
        # The class or namespace it belongs to; an anonymous namespace's name from ctags
        # changes with the file, so it is written "(anonymous)".
        scope = tag.get("scope", "").split("::")[-1]
        scope = "(anonymous)" if scope.startswith("__anon") else scope
        qualified = scope + "::" + name if scope else name
        found.append((tag["end"] - tag["line"] + 1, tag["path"], tag["line"], qualified))
    return sorted(found, key=lambda f: (-f[0], f[1], f[2]))


def key(f):
    return f[1] + " " + f[3]


def read_baseline():
    held = {}
    if os.path.exists(BASELINE):
        for line in open(BASELINE, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                length, path, name = line.split(None, 2)
                held[path + " " + name] = int(length)
    return held


def main(argv):
    fs = functions()
    if "--top" in argv:
        n = int(argv[argv.index("--top") + 1])
        for length, path, line, name in fs[:n]:
            print(f"{length:5d}  {path}:{line}  {name}")
        return 0
    long_ones = [f for f in fs if f[0] > LIMIT]
    if "--update" in argv:
        with open(BASELINE, "w", encoding="utf-8") as out:
            out.write(f"# Functions under kiosk/ longer than {LIMIT} lines when they were recorded, held to that\n"
                      "# length until they are taken apart (tools/function_lengths.py). Lines: length, file, function.\n")
            for length, path, _, name in long_ones:
                out.write(f"{length} {path} {name}\n")
        print(f"{len(long_ones)} functions over {LIMIT} lines recorded in {os.path.relpath(BASELINE, ROOT)}")
        return 0
    held = read_baseline()
    failures = []
    for length, path, line, name in long_ones:
        allowed = held.get(path + " " + name)
        if allowed is None:
            failures.append(f"{path}:{line}: {name} is {length} lines, over the limit of {LIMIT}: take it apart into named steps")
        elif length > allowed:
            failures.append(f"{path}:{line}: {name} grew to {length} lines (it was {allowed}, over the limit of {LIMIT}): take it apart")
    longest = fs[0]
    print(f"{len(fs)} functions; the longest: {longest[3]} ({longest[1]}:{longest[2]}), {longest[0]} lines; "
          f"{len(long_ones)} over {LIMIT} lines, {len(held)} of them recorded in the baseline")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
