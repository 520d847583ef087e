#!/usr/bin/env python3
"""Asks the kernel (through kernel-oracle) which map attributes BPF_MAP_CREATE accepts and writes
map_create.facts: one line per spec, 'ok' or the negative errno name. Needs root and bpf(); the
build and the tests never run this. usage: gen_mapcreate.py ORACLE"""
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPECS = """hash:4:8:4 hash:0:8:4 hash:4:0:4 hash:4:8:0 hash:513:8:4 hash:70000:8:4 hash:4:70000:4 hash:4:5000000:4
percpu_hash:4:32768:4 percpu_hash:4:32769:4 lru_hash:4:8:0 lru_hash:4:8:1 lru_percpu_hash:4:8:1
array:4:8:4 array:8:8:4 array:4:8:0 array:4:0:4 array:4:5000000:1 percpu_array:4:32768:1 percpu_array:4:40000:4
lpm_trie:8:8:4 lpm_trie:4:8:4 lpm_trie:5:1:1 lpm_trie:260:8:4 lpm_trie:261:8:4 lpm_trie:8:0:4 lpm_trie:8:8:0
queue:0:8:4 queue:4:8:4 queue:0:8:0 queue:0:0:4 queue:0:5000000:1 stack:0:8:1
ringbuf:0:0:4096 ringbuf:0:0:8192 ringbuf:0:0:12288 ringbuf:0:0:2048 ringbuf:4:0:4096 ringbuf:0:4:4096 ringbuf:0:0:0
bloom_filter:0:8:4 bloom_filter:4:8:4 bloom_filter:0:0:4 bloom_filter:0:1:1 bloom_filter:0:8:0
prog_array:4:4:4 prog_array:4:8:4 prog_array:8:4:4 prog_array:4:4:0
perf_event_array:4:4:4 perf_event_array:4:4:0 perf_event_array:4:8:4""".split()
NAMES = {1: "EPERM", 2: "ENOENT", 7: "E2BIG", 12: "ENOMEM", 22: "EINVAL", 95: "EOPNOTSUPP", 524: "ENOTSUPP"}


def main():
    oracle = sys.argv[1]
    kernel = os.uname().release
    out = [f"# facts from Linux {kernel}: for each SPEC, kernel-oracle run --type xdp --map SPEC "
           f"--data-hex {'00' * 14} ret2.s", "# (written by testdata/runtime/gen_mapcreate.py)"]
    for spec in SPECS:
        r = subprocess.run([oracle, "run", "--type", "xdp", "--map", spec, "--data-hex", "00" * 14, "ret2.s"],
                           cwd=HERE, capture_output=True, text=True)
        text = r.stdout + r.stderr
        if text.startswith("retval"):
            verdict = "ok"
        else:
            m = re.search(r"\[Errno (\d+)\] map create failed", text)
            if not m:
                raise SystemExit(f"{spec}: unexpected output {text}")
            verdict = "-" + NAMES.get(int(m.group(1)), m.group(1))
        out.append(f"{spec} {verdict}")
    (HERE / "map_create.facts").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
