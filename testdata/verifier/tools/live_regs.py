#!/usr/bin/env python3
"""Records the kernel's "Live regs before insn:" table (compute_live_registers(), printed at log
level 2) for every corpus case into corpus/live-regs.tsv: name, then "insn:mask;" per instruction
(mask = r0..r9, a digit where the register is live, '.' where it is not).

    kernel-oracle verify --type TYPE corpus/NAME.hex [--map SPEC]... --log-level 2 --json

Needs root and ../shared/tools/kernel-oracle. Run from the project root after gen_corpus.py:
    python3 testdata/verifier/tools/live_regs.py
Tests never run this; LivenessTest reads the committed .tsv.
"""
import json, os, re, subprocess
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "testdata", "verifier", "corpus")
ORACLE = os.environ.get("ORACLE", os.path.join(ROOT, "..", "shared", "tools", "kernel-oracle"))


def table(row):
    name, ptype, maps = row[0], row[1], row[2]
    cmd = [ORACLE, "verify", "--type", ptype, os.path.join(CORPUS, name + ".hex"), "--log-level", "2", "--json"]
    if maps != "-":
        for m in maps.split(","):
            cmd += ["--map", m]
    log = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout).get("log", "")
    i = log.find("Live regs before insn:\n")
    if i < 0:
        return name, None  # the log overflowed or the load stopped before the analysis
    out = ""
    for line in log[i + len("Live regs before insn:\n"):].split("\n"):
        m = re.match(r"\s*(?:\d+\s+)?(\d+): ([0-9.]{10}) ", line)
        if not m:
            break
        out += m.group(1) + ":" + m.group(2) + ";"
    return name, out


def main():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(CORPUS, "expected.tsv")) if not l.startswith("#")]
    with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "8"))) as pool:
        results = sorted(r for r in pool.map(table, rows) if r[1])
    with open(os.path.join(CORPUS, "live-regs.tsv"), "w") as f:
        f.write("# kernel %s, from testdata/verifier/tools/live_regs.py:\n" % os.uname().release)
        f.write("#   kernel-oracle verify --type TYPE corpus/NAME.hex [--map SPEC]... --log-level 2 --json\n")
        f.write("# name\tinsn:live registers before it (r0..r9);...\n")
        for name, t in results:
            f.write(name + "\t" + t + "\n")


if __name__ == "__main__":
    main()
