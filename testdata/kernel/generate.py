#!/usr/bin/env python3
"""Regenerates the kernel facts in this folder (needs llvm-mc-19, llvm-objcopy-19, root, and
../../../shared/tools/kernel-oracle or KERNEL_ORACLE). Tests never run this; they read the
committed .s/.hex/expected.txt files.

alu/cases.txt: each body is wrapped in an XDP program that stores the full 64-bit r0 into the
first 8 bytes of a 16-byte packet (the kernel's test-run retval is only 32 bits wide).
alu/ldabs-cases.txt: each body runs as a sched_cls program on the given packet; retval is r0.
"""
import os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.environ.get("KERNEL_ORACLE") or os.path.join(HERE, "../../../shared/tools/kernel-oracle")

XDP_HEAD = ["r9 = *(u32 *)(r1 + 0)", "r2 = *(u32 *)(r1 + 4)", "r3 = r9", "r3 += 8",
            "if r3 > r2 goto fail"]
XDP_TAIL = ["*(u64 *)(r9 + 0) = r0", "exit", "fail:", "r0 = 0", "exit"]


def assemble(lines, stem):
    src = "".join(("" if l.endswith(":") else "  ") + l + "\n" for l in lines)
    with tempfile.TemporaryDirectory() as t:
        s, o, b = (os.path.join(t, "p" + e) for e in (".s", ".o", ".bin"))
        open(s, "w").write(src)
        subprocess.run(["llvm-mc-19", "-triple", "bpfel", "-mcpu=v4", "-filetype=obj", s, "-o", o], check=True)
        subprocess.run(["llvm-objcopy-19", "-O", "binary", "--only-section=.text", o, b], check=True)
        code = open(b, "rb").read()
    open(stem + ".s", "w").write(src)
    with open(stem + ".hex", "w") as f:
        f.write("# assembled from %s.s by llvm-mc-19 -triple bpfel -mcpu=v4\n" % os.path.basename(stem))
        for i in range(0, len(code), 8):
            f.write(" ".join("%02x" % x for x in code[i:i + 8]) + "\n")
    return stem + ".hex"


def oracle(args):
    out = subprocess.run([ORACLE, "run"] + args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("kernel-oracle failed: %s %s" % (out.stdout, out.stderr))
    fields = dict(l.split(" ", 1) for l in out.stdout.strip().splitlines() if " " in l)
    return fields


def cases(path):
    for line in open(path):
        line = line.strip()
        if line and not line.startswith("#"):
            yield [p.strip() for p in line.split(" | ")]


def main():
    d = os.path.join(HERE, "alu")
    rows = []
    for name, body in cases(os.path.join(d, "cases.txt")):
        lines = XDP_HEAD + [b.strip() for b in body.split(";")] + XDP_TAIL
        hexf = assemble(lines, os.path.join(d, name))
        data = "00" * 16
        args = ["--type", "xdp", os.path.relpath(hexf, d), "--data-hex", data]
        f = oracle(["--type", "xdp", hexf, "--data-hex", data])
        if "retval" not in f:
            sys.exit("%s: kernel refused it: %s" % (name, f))
        r0 = int.from_bytes(bytes.fromhex(f["data_out"][:16]), "little")
        rows.append("%s xdp r0=0x%016x retval=%s | kernel-oracle run %s" % (name, r0, f["retval"], " ".join(args)))
    for name, body, pkt in cases(os.path.join(d, "ldabs-cases.txt")):
        lines = [b.strip() for b in body.split(";")] + ["exit"]
        hexf = assemble(lines, os.path.join(d, name))
        args = ["--type", "sched_cls", os.path.relpath(hexf, d), "--data-hex", pkt]
        f = oracle(["--type", "sched_cls", hexf, "--data-hex", pkt])
        if "retval" not in f:
            sys.exit("%s: kernel refused it: %s" % (name, f))
        rows.append("%s sched_cls pkt=%s retval=%s | kernel-oracle run %s" % (name, pkt, f["retval"], " ".join(args)))
    with open(os.path.join(d, "expected.txt"), "w") as out:
        out.write("# Facts from the Linux kernel (%s) via kernel-oracle; regenerate with testdata/kernel/generate.py.\n"
                  % os.uname().release)
        out.write("# NAME TYPE r0=<full 64-bit r0 read back from the packet> retval=<kernel retval> | command (in alu/)\n")
        for r in rows:
            out.write(r + "\n")


if __name__ == "__main__":
    main()
