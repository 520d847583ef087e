#!/usr/bin/env python3
"""Builds the verifier corpus and labels every case with the running kernel's verdict.

For each case defined in cases.py: writes corpus/NAME.s (LLVM BPF assembly), assembles it with
llvm-mc-19 into corpus/NAME.hex (map references `rX = mapN ll` become LDDW src_reg=1 imm=N, as
kernel-oracle does), then runs
    kernel-oracle verify --type TYPE corpus/NAME.hex [--map SPEC]... --json
and records verdict, failing insn (last "N: (op)" line of the log, or the insn a structural
message names), insns processed and the last log line in corpus/expected.tsv.

Also compiles every corpus/NAME.c (programs that need what raw instructions cannot carry, such as
BTF func_info) with clang-19 into corpus/NAME.o and records, per program,
    kernel-oracle elf corpus/NAME.o --json
in corpus/expected-elf.tsv: NAME.PROGRAM, object, program, section, verdict, failing insn (the
oracle's, -1 when the kernel names none), insns processed, last log line.

Needs root, clang-19, llvm-19 and ../shared/tools/kernel-oracle. Run from the project root:
    python3 testdata/verifier/tools/gen_corpus.py
Tests never run this; they read the committed .hex, .o and the .tsv files.
"""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "testdata", "verifier", "corpus")
ORACLE = os.environ.get("ORACLE", os.path.join(ROOT, "..", "shared", "tools", "kernel-oracle"))


def assemble(src):
    with tempfile.TemporaryDirectory() as d:
        s = os.path.join(d, "p.s")
        o = os.path.join(d, "p.o")
        b = os.path.join(d, "p.bin")
        with open(s, "w") as f:
            f.write(src)
        subprocess.run(["llvm-mc-19", "-triple", "bpfel", "-filetype=obj", "-o", o, s], check=True)
        subprocess.run(["llvm-objcopy-19", "-O", "binary", "-j", ".text", o, b], check=True)
        raw = bytearray(open(b, "rb").read()) if os.path.exists(b) else bytearray()
        rel = subprocess.run(["llvm-objdump-19", "-r", o], check=True, capture_output=True, text=True).stdout
        for line in rel.splitlines():
            m = re.match(r"^([0-9a-f]+)\s+R_BPF_64_64\s+map(\d+)", line)
            if m:
                off, idx = int(m.group(1), 16), int(m.group(2))
                raw[off + 1] = (raw[off + 1] & 0x0f) | (1 << 4)
                raw[off + 4:off + 8] = idx.to_bytes(4, "little")
        return bytes(raw)


def hexdump(raw):
    return "\n".join(raw[i:i + 8].hex(" ") for i in range(0, len(raw), 8)) + "\n"


def failing_insn(log, msg, n):
    last = None
    for line in log.splitlines():
        m = re.match(r"^(\d+): \([0-9a-f]{2}\)", line)
        if m:
            last = int(m.group(1))
    if last is not None:
        return last
    if msg == "last insn is not an exit or jmp":
        return n - 1
    m = re.search(r"insn (\d+)", msg)
    return int(m.group(1)) if m else -1


CFLAGS = ["-O2", "-g", "-Wall", "-Werror", "-target", "bpfel", "-mcpu=v3"]


def elf_objects():
    """Compiles corpus/*.c and labels each program with the kernel's verdict (expected-elf.tsv)."""
    rows = []
    inc = "/usr/include/%s-linux-gnu" % os.uname().machine
    for src in sorted(f for f in os.listdir(CORPUS) if f.endswith(".c")):
        name = src[:-2]
        obj = os.path.join(CORPUS, name + ".o")
        subprocess.run(["clang-19"] + CFLAGS + ["-I" + inc, "-fdebug-prefix-map=%s=." % ROOT, "-c",
                        os.path.join(CORPUS, src), "-o", obj], check=True)
        out = json.loads(subprocess.run([ORACLE, "elf", obj, "--json"], check=True, capture_output=True,
                                        text=True).stdout)
        for p in out["programs"]:
            verdict = p["verdict"]
            msg = p.get("last_line", "") if verdict != "accept" else ""
            insn = p.get("fail_insn")
            rows.append("\t".join([name + "." + p["name"], name + ".o", p["name"], p["section"], verdict,
                                   str(-1 if insn is None or verdict == "accept" else insn),
                                   str(p.get("insns_processed", 0)), msg]) + "\n")
            print(name + "." + p["name"], verdict, insn, msg, flush=True)
    with open(os.path.join(CORPUS, "expected-elf.tsv"), "w") as f:
        f.write("# kernel %s verdicts, from testdata/verifier/tools/gen_corpus.py:\n" % os.uname().release)
        f.write("#   clang-19 %s -c corpus/NAME.c; kernel-oracle elf corpus/NAME.o --json\n" % " ".join(CFLAGS))
        f.write("# name\tobject\tprogram\tsection\tverdict\tinsn\tprocessed\tmessage\n")
        f.writelines(rows)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    only = set(sys.argv[1:])
    if only == {"--elf"}:
        elf_objects()
        return
    rows = {}
    tsv = os.path.join(CORPUS, "expected.tsv")
    if only and os.path.exists(tsv):
        for line in open(tsv):
            if not line.startswith("#"):
                rows[line.split("\t")[0]] = line
    todo = [c for c in cases.all_cases() if not only or c["name"] in only]
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "8"))) as pool:
        for name, row in pool.map(run_case, todo):
            if row:
                rows[name] = row
    with open(tsv, "w") as f:
        f.write("# kernel %s verdicts, from testdata/verifier/tools/gen_corpus.py:\n" % os.uname().release)
        f.write("#   kernel-oracle verify --type TYPE corpus/NAME.hex [--map SPEC]... --json\n")
        f.write("# name\ttype\tmaps\tverdict\tinsn\tprocessed\tmessage\n")
        for k in sorted(rows):
            f.write(rows[k])
    if not only:
        elf_objects()


def run_case(c):
    if True:
        name, ptype, maps, asm = c["name"], c["type"], c.get("maps", []), c["asm"]
        src = "# type: %s\n" % ptype + "".join("# map%d: %s\n" % (i, m) for i, m in enumerate(maps))
        src += "".join("\t" + l + "\n" if not l.endswith(":") else l + "\n" for l in asm)
        with open(os.path.join(CORPUS, name + ".s"), "w") as f:
            f.write(src)
        try:
            raw = assemble(src)
        except subprocess.CalledProcessError as e:
            print(name, "does not assemble:", e, file=sys.stderr, flush=True)
            os.remove(os.path.join(CORPUS, name + ".s"))
            return name, None
        hexpath = os.path.join(CORPUS, name + ".hex")
        with open(hexpath, "w") as f:
            f.write(hexdump(raw))
        cmd = [ORACLE, "verify", "--type", ptype, hexpath, "--json"]
        for m in maps:
            cmd += ["--map", m]
        out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        verdict = out["verdict"]
        msg = out.get("last_line", "") if verdict != "accept" else ""
        # a kernel message without its newline runs into the summary line: keep the message
        msg = re.sub(r"processed \d+ insns \(limit.*$", "", msg)
        insn = failing_insn(out.get("log", ""), msg, len(raw) // 8) if verdict != "accept" else -1
        if name.startswith("alu_rand_") or c.get("log"):
            with open(os.path.join(CORPUS, name + ".log"), "w") as f:
                f.write(out.get("log", ""))
        row = "\t".join([name, ptype, ",".join(maps) or "-", verdict, str(insn),
                         str(out.get("insns_processed", 0)), msg]) + "\n"
        print(name, verdict, insn, msg, flush=True)
        return name, row


if __name__ == "__main__":
    main()
