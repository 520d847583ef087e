#!/usr/bin/env python3
"""Runs every case of cases/*.cases in the Linux kernel with kernel-oracle and writes what the
kernel returned to cases/*.expected. Tests run the same cases with ebpf4j's BpfRuntime and compare.
Needs root, bpf() and llvm-mc; the build and the tests never run this.

usage: gen_cases.py ORACLE [cases|elfcases] [NAME...]

elfcases/*.cases name an object instead of a program: "obj FILE.o" and "program NAME"
(run with kernel-oracle elf --run; maps are dumped by their kernel names, "ignore-maps A,B"
leaves out maps whose contents depend on the machine, such as program ids in program arrays).

.cases format ('#' comments). Header lines, shared by every case of the file:
  prog FILE.s           program (LLVM assembly, 'r1 = mapN ll' for map N), relative to cases/
  type TYPE             program type (xdp, sched_cls, socket_filter, cgroup_skb, ...)
  map TYPE:K:V:MAX      a map (repeatable; map N in order)
  set N:KEYHEX:VALHEX   initial element of map N (repeatable)
  dump                  record the maps' contents after the run
Then one block per case, starting with 'case NAME':
  data-hex HEX | data-repeat HEXBYTE COUNT | ctx-hex HEX | repeat N | set N:KEYHEX:VALHEX
"""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / (sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] in ("cases", "elfcases") else "cases")


def parse(path):
    header, cases, cur = {"maps": [], "sets": [], "dump": False}, [], None
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        w = line.split()
        if w[0] == "case":
            cur = {"name": w[1], "sets": []}
            cases.append(cur)
        elif cur is None:
            if w[0] == "map":
                header["maps"].append(w[1])
            elif w[0] == "set":
                header["sets"].append(w[1])
            elif w[0] == "dump":
                header["dump"] = True
            else:
                header[w[0]] = w[1]
        elif w[0] == "set":
            cur["sets"].append(w[1])
        elif w[0] == "data-repeat":
            cur["data-hex"] = w[1] * int(w[2])
        else:
            cur[w[0]] = w[1] if len(w) > 1 else ""
    return header, cases


def command(header, case):
    if "obj" in header:
        cmd = ["elf", header["obj"], "--program", header["program"], "--run"]
        for s in header["sets"] + case["sets"]:
            cmd += ["--set", s]
        for opt in ("data-hex", "ctx-hex", "repeat"):
            if opt in case:
                cmd += ["--" + opt, case[opt]]
        return cmd + ["--dump-maps", "--json"]
    cmd = ["run", "--type", header["type"]]
    for m in header["maps"]:
        cmd += ["--map", m]
    for s in header["sets"] + case["sets"]:
        cmd += ["--set", s]
    for opt in ("data-hex", "ctx-hex", "repeat"):
        if opt in case:
            cmd += ["--" + opt, case[opt]]
    if "data-hex" not in case:
        cmd += ["--data-hex", ""]
    if header["dump"]:
        cmd += ["--dump-maps"]
    return cmd + ["--json", header["prog"]]


def main():
    oracle = sys.argv[1]
    rest = [a for a in sys.argv[2:] if a not in ("cases", "elfcases")]
    names = rest or sorted(p.stem for p in HERE.glob("*.cases"))
    for name in names:
        header, cases = parse(HERE / f"{name}.cases")
        out = [f"# facts from Linux {os.uname().release} on {os.cpu_count()} CPUs, written by "
               f"testdata/runtime/gen_cases.py from {name}.cases", f"cpus {os.cpu_count()}"]
        for case in cases:
            cmd = command(header, case)
            r = subprocess.run([oracle, *cmd], cwd=HERE, capture_output=True, text=True)
            out.append(f"case {case['name']}")
            out.append("cmd kernel-oracle " + " ".join(c if c else "''" for c in cmd))
            if r.returncode != 0 or not r.stdout.startswith("{"):
                msg = (r.stdout + r.stderr).strip().splitlines()[-1]
                if "[Errno" not in msg:
                    raise SystemExit(f"{name}/{case['name']}: {msg}")
                errno = int(msg.split("[Errno ")[1].split("]")[0])
                out.append(f"error {errno}")
                continue
            res = json.loads(r.stdout)
            if "programs" in res:  # elf --run: one program, its run, maps by kernel name
                p = res["programs"][0]
                if p["verdict"] != "accept" or "run" not in p:
                    raise SystemExit(f"{name}/{case['name']}: {p.get('note') or p.get('last_line')}")
                res = dict(p["run"], verdict="accept")
                skip = set(header.get("ignore-maps", "").split(","))
                named = res.pop("maps", {}) or {}
                out.append(f"retval {res['retval']}")
                out.append(f"data_out {res['data_out']}")
                if res.get("ctx_out") is not None:
                    out.append(f"ctx_out {res['ctx_out']}")
                for mname in sorted(named):
                    if mname in skip:
                        continue
                    for k, v in sorted(named[mname]):
                        out.append(f"map {mname} {k} {v}")
                continue
            if res["verdict"] != "accept":
                raise SystemExit(f"{name}/{case['name']}: rejected\n{res.get('log')}")
            out.append(f"retval {res['retval']}")
            out.append(f"data_out {res['data_out']}")
            if res.get("ctx_out") is not None:
                out.append(f"ctx_out {res['ctx_out']}")
            for i, entries in enumerate(res.get("maps") or []):
                for k, v in sorted(entries):
                    out.append(f"map {i} {k} {v}")
        (HERE / f"{name}.expected").write_text("\n".join(out) + "\n")
        print(name, len(cases), "cases")


if __name__ == "__main__":
    main()
