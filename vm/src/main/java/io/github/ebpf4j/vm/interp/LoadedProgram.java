package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.interp.VmFault.Kind;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.DecodeException;
import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Instruction;
import io.github.ebpf4j.vm.isa.Program;

/**
 * A program checked and prepared for the hot loop, once: every slot decodes (lenient, as a plain
 * interpreter reads reserved fields), no instruction writes r10, every static jump and local call
 * lands on an instruction of the program, and every {@code ld_imm64} holds its final 64-bit value
 * (function addresses and resolved pseudo values). The hot loop then trusts register numbers and
 * jump targets. One extra slot past the end holds an invalid opcode, so falling off the end faults
 * without a bounds check per instruction.
 */
final class LoadedProgram {
    /** Opcode of the slot past the end: not a valid opcode, so the default arm catches it. */
    static final int SENTINEL = 0xff;

    final Program program;
    /** The slots the hot loop runs; length = program size + 1. */
    final long[] code;
    /** true where an instruction starts (false on the second slot of an ld_imm64). */
    final boolean[] starts;

    private LoadedProgram(Program program, long[] code, boolean[] starts) {
        this.program = program;
        this.code = code;
        this.starts = starts;
    }

    static LoadedProgram load(Program program, PseudoResolver resolver) {
        int n = program.size();
        long[] code = new long[n + 1];
        boolean[] starts = new boolean[n + 1];
        Instruction[] insns;
        try {
            insns = Decoder.decodeAll(program, Decoder.Mode.LENIENT);
        } catch (DecodeException e) {
            throw new VmFault(Kind.INVALID_INSN, e.reason()).at(e.pc(), InsnText.of(program, e.pc()));
        }
        for (int pc = 0; pc < n; pc++) {
            code[pc] = program.word(pc);
            starts[pc] = insns[pc] != null;
        }
        code[n] = SENTINEL;
        for (int pc = 0; pc < n; pc++) {
            Instruction insn = insns[pc];
            if (insn == null) continue;
            String bad = check(insn, pc, n, starts);
            if (bad != null) {
                throw new VmFault(bad.startsWith("jump") || bad.startsWith("call") ? Kind.BAD_JUMP : Kind.INVALID_INSN,
                        bad).at(pc, InsnText.of(program, pc));
            }
            if (insn instanceof Instruction.LoadImm64 ld) {
                long value;
                if (ld.pseudo() == 0) {
                    value = ld.value();
                } else if (ld.pseudo() == Bpf.BPF_PSEUDO_FUNC) {
                    value = (long) Memory.CODE_TAG << 32 | (pc + 1 + ld.imm());
                } else if (resolver == null) {
                    throw new VmFault(Kind.INVALID_INSN, "ld_imm64 with pseudo source " + ld.pseudo()
                            + " (a map or BTF reference) needs a runtime to resolve it").at(pc, InsnText.of(program, pc));
                } else {
                    try {
                        value = resolver.resolve(pc, ld.pseudo(), ld.imm(), ld.nextImm());
                    } catch (VmFault f) {
                        throw f.at(pc, InsnText.of(program, pc));
                    }
                }
                code[pc] = Insn.of(Bpf.LD_IMM64, ld.dst(), 0, 0, (int) value).encode();
                code[pc + 1] = Insn.of(0, 0, 0, 0, (int) (value >>> 32)).encode();
            }
        }
        return new LoadedProgram(program, code, starts);
    }

    /** @return why the instruction cannot run, or null */
    private static String check(Instruction insn, int pc, int n, boolean[] starts) {
        int writes = -1;
        if (insn instanceof Instruction.Alu a) writes = a.dst();
        else if (insn instanceof Instruction.Endian e) writes = e.dst();
        else if (insn instanceof Instruction.Load l) writes = l.dst();
        else if (insn instanceof Instruction.LoadImm64 l) writes = l.dst();
        else if (insn instanceof Instruction.Atomic a && a.fetch()
                && a.op() != io.github.ebpf4j.vm.isa.AtomicOp.CMPXCHG) writes = a.src();
        if (writes == Bpf.FP) return "frame pointer is read only";
        long target = Long.MIN_VALUE;
        String what = "jump";
        if (insn instanceof Instruction.Jump j) {
            target = (long) pc + 1 + j.offset();
        } else if (insn instanceof Instruction.Call c && c.kind() == Instruction.CallKind.LOCAL) {
            target = (long) pc + 1 + c.imm();
            what = "call";
        } else if (insn instanceof Instruction.LoadImm64 l && l.pseudo() == Bpf.BPF_PSEUDO_FUNC) {
            target = (long) pc + 1 + l.imm();
            what = "call";
        }
        if (target != Long.MIN_VALUE) {
            if (target < 0 || target >= n) return what + " out of range from insn " + pc + " to " + target;
            if (!starts[(int) target]) return what + " into the middle of ldimm64 insn " + (target - 1);
        }
        return null;
    }

    /** @return whether index is the start of an instruction of this program */
    boolean isInstruction(long index) {
        return index >= 0 && index < program.size() && starts[(int) index];
    }
}
