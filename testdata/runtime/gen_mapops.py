#!/usr/bin/env python3
"""Turns each mapops/*.ops file into a BPF assembly program (mapops/*.s) that performs the listed
map operations from a program and stores each return value in a results array, runs it in the
Linux kernel with kernel-oracle, and records what the kernel said in mapops/*.expected.

Tests replay the same .ops through ebpf4j's maps (and, once the runtime runs programs, the .s
through the interpreter) and compare with the .expected facts. Needs root, bpf() and llvm-mc;
the build and the tests never run this.

usage: gen_mapops.py ORACLE [NAME...]

.ops format (one op per line, '#' comments):
  map TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES     the map under test (map 0), first line
  update KEY VALUE FLAGS                        bpf_map_update_elem, FLAGS: ANY NOEXIST EXIST LOCK or a number
  delete KEY                                    bpf_map_delete_elem
  lookup KEY                                    bpf_map_lookup_elem: result is the value (u64/u32) or -1 for NULL
  push VALUE FLAGS | pop | peek                 bpf_map_push/pop/peek_elem: result is r0, or the value on success for pop/peek
KEY is a u32, or PLEN/A.B.C.D for LPM tries (key = u32 prefix length + 4 address bytes).
VALUE is a u64 (only the map's value size is used).
"""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "mapops"
FLAGS = {"ANY": 0, "NOEXIST": 1, "EXIST": 2, "LOCK": 4}


def parse(path):
    spec, ops = None, []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        w = line.split()
        if w[0] == "map":
            spec = w[1]
        else:
            ops.append(w)
    return spec, ops


def key_words(k):
    if "/" in k:
        plen, addr = k.split("/")
        b = bytes(int(x) for x in addr.split("."))
        return [int(plen), int.from_bytes(b, "little")]
    return [int(k)]


def flag(f):
    return FLAGS[f] if f in FLAGS else int(f, 0)


def gen(spec, ops):
    vsize = int(spec.split(":")[2])
    lines = []
    emit = lines.append

    def key(k):
        for i, w in enumerate(key_words(k)):
            emit(f"\tr1 = {w} ll")
            emit(f"\t*(u32 *)(r10 - {8 - 4 * i}) = r1")

    def value(v):
        emit(f"\tr1 = {int(v, 0)} ll")
        emit("\t*(u64 *)(r10 - 16) = r1")

    load = "*(u64 *)(r0 + 0)" if vsize >= 8 else "*(u32 *)(r0 + 0)"
    for i, op in enumerate(ops):
        kind = op[0]
        emit(f"\t# op {i}: {' '.join(op)}")
        if kind == "update":
            key(op[1]); value(op[2])
            emit("\tr1 = map0 ll\n\tr2 = r10\n\tr2 += -8\n\tr3 = r10\n\tr3 += -16")
            emit(f"\tr4 = {flag(op[3])}\n\tcall 2")
        elif kind == "delete":
            key(op[1])
            emit("\tr1 = map0 ll\n\tr2 = r10\n\tr2 += -8\n\tcall 3")
        elif kind == "lookup":
            key(op[1])
            emit("\tr1 = map0 ll\n\tr2 = r10\n\tr2 += -8\n\tcall 1")
            emit(f"\tif r0 == 0 goto miss{i}\n\tr0 = {load}\n\tgoto done{i}\nmiss{i}:\n\tr0 = -1\ndone{i}:")
        elif kind == "push":
            value(op[1])
            emit(f"\tr1 = map0 ll\n\tr2 = r10\n\tr2 += -16\n\tr3 = {flag(op[2])}\n\tcall 87")
        elif kind in ("pop", "peek"):
            emit("\tr1 = 0\n\t*(u64 *)(r10 - 16) = r1")
            emit(f"\tr1 = map0 ll\n\tr2 = r10\n\tr2 += -16\n\tcall {88 if kind == 'pop' else 89}")
            emit(f"\tif r0 != 0 goto done{i}\n\tr0 = *(u64 *)(r10 - 16)\ndone{i}:")
        else:
            raise SystemExit(f"unknown op {kind}")
        emit("\t*(u64 *)(r10 - 24) = r0")
        emit(f"\tr1 = {i}\n\t*(u32 *)(r10 - 28) = r1")
        emit("\tr1 = map1 ll\n\tr2 = r10\n\tr2 += -28\n\tr3 = r10\n\tr3 += -24\n\tr4 = 0\n\tcall 2")
    emit("\tr0 = 2\n\texit")
    return "\n".join(lines) + "\n"


def main():
    oracle = sys.argv[1]
    names = sys.argv[2:] or sorted(p.stem for p in HERE.glob("*.ops"))
    for name in names:
        spec, ops = parse(HERE / f"{name}.ops")
        (HERE / f"{name}.s").write_text(gen(spec, ops))
        results = f"array:4:8:{len(ops)}"
        cmd = ["--type", "xdp", "--map", spec, "--map", results, "--data-hex", "00" * 14, "--dump-maps", "--json",
               f"{name}.s"]
        res = json.loads(subprocess.run([oracle, "run", *cmd], cwd=HERE, check=True,
                                        capture_output=True, text=True).stdout)
        if res["verdict"] != "accept":
            raise SystemExit(f"{name}: kernel rejected the program:\n{res.get('log')}")
        kernel = subprocess.run(["uname", "-r"], capture_output=True, text=True).stdout.strip()
        out = [f"# facts from Linux {kernel}: kernel-oracle run {' '.join(cmd)}",
               f"# (written by testdata/runtime/gen_mapops.py from {name}.ops)", f"cpus {os.cpu_count()}",
               f"retval {res['retval']}"]
        for k, v in res["maps"][1]:
            idx = int.from_bytes(bytes.fromhex(k), "little")
            val = int.from_bytes(bytes.fromhex(v), "little", signed=True)
            out.append(f"result {idx} {val}")
        for k, v in sorted(res["maps"][0]):
            out.append(f"entry {k} {v}")
        (HERE / f"{name}.expected").write_text("\n".join(out) + "\n")
        print(name, "ok")


if __name__ == "__main__":
    main()
