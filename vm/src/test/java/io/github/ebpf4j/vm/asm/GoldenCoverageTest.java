package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.vm.isa.AluOp;
import io.github.ebpf4j.vm.isa.AtomicOp;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.DecodeException;
import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Instruction;
import io.github.ebpf4j.vm.isa.JumpOp;
import io.github.ebpf4j.vm.isa.Operand;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.isa.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The llvm goldens of testdata/asm cover every instruction of the ISA: every opcode byte, and
 * for the opcodes whose meaning depends on another field, every value of it (ALU off for
 * sdiv/smod/movsx, END width, atomic operation, lddw pseudo source, call kind).
 */
class GoldenCoverageTest {

    @Test
    void goldensContainEveryInstructionShape() {
        Set<String> covered = new TreeSet<>();
        for (String name : LlvmGoldens.NAMES) {
            Program p = LlvmGoldens.bytes(name);
            for (int pc = 0; pc < p.size(); ) {
                int width = 1;
                try {
                    width = Decoder.decode(p, pc, Decoder.Mode.STRICT).width();
                    covered.add(shape(p.insn(pc)));
                } catch (DecodeException e) {
                    // the invalid encodings of raw-encodings.s
                }
                pc += width;
            }
        }
        Set<String> all = new TreeSet<>();
        for (Instruction i : everyShape()) all.add(shape(Insn.decode(i.encode()[0])));
        all.removeAll(covered);
        assertEquals(Set.of(), all, "instruction shapes missing from testdata/asm");
    }

    private static String shape(Insn i) {
        int cls = i.opcode() & 7;
        String key = String.format("op=0x%02x", i.opcode());
        if (cls == Bpf.BPF_ALU || cls == Bpf.BPF_ALU64) {
            key += " off=" + i.off();
            if ((i.opcode() & 0xf0) == Bpf.BPF_END) key += " imm=" + i.imm();
        } else if (i.opcode() == (Bpf.BPF_STX | Bpf.BPF_ATOMIC | Bpf.BPF_W)
                || i.opcode() == (Bpf.BPF_STX | Bpf.BPF_ATOMIC | Bpf.BPF_DW)) {
            key += String.format(" imm=0x%x", i.imm());
        } else if (i.opcode() == Bpf.LD_IMM64 || i.opcode() == Bpf.CALL) {
            key += " src=" + i.src();
        }
        return key;
    }

    private static List<Instruction> everyShape() {
        List<Instruction> out = new ArrayList<>();
        for (boolean wide : new boolean[] {true, false}) {
            for (AluOp op : AluOp.values()) {
                if (op == AluOp.MOVSX32 && !wide) continue;
                boolean sx = op == AluOp.MOVSX8 || op == AluOp.MOVSX16 || op == AluOp.MOVSX32;
                out.add(new Instruction.Alu(wide, op, 1, Operand.reg(2)));
                if (!sx) out.add(new Instruction.Alu(wide, op, 1, Operand.imm(3)));
            }
            for (JumpOp op : JumpOp.values()) {
                out.add(new Instruction.Jump(wide, op, op == JumpOp.JA ? 0 : 1, Operand.imm(0), 1));
                if (op != JumpOp.JA) out.add(new Instruction.Jump(wide, op, 1, Operand.reg(2), 1));
            }
        }
        for (Instruction.EndianKind k : Instruction.EndianKind.values()) {
            for (int bits : new int[] {16, 32, 64}) out.add(new Instruction.Endian(k, bits, 1));
        }
        for (Size s : Size.values()) {
            out.add(new Instruction.Load(s, false, 1, 2, (short) 0));
            if (s != Size.DW) out.add(new Instruction.Load(s, true, 1, 2, (short) 0));
            out.add(new Instruction.Store(s, 1, (short) 0, Operand.reg(2)));
            out.add(new Instruction.Store(s, 1, (short) 0, Operand.imm(2)));
            if (s != Size.DW) {
                out.add(new Instruction.PacketLoad(s, false, 0, 1));
                out.add(new Instruction.PacketLoad(s, true, 2, 0));
            }
        }
        for (Size s : new Size[] {Size.W, Size.DW}) {
            for (AtomicOp op : AtomicOp.values()) {
                boolean always = op == AtomicOp.XCHG || op == AtomicOp.CMPXCHG;
                out.add(new Instruction.Atomic(s, op, true, 1, 2, (short) 0));
                if (!always) out.add(new Instruction.Atomic(s, op, false, 1, 2, (short) 0));
            }
        }
        for (int pseudo = 0; pseudo <= Bpf.BPF_PSEUDO_MAP_IDX_VALUE; pseudo++) {
            out.add(new Instruction.LoadImm64(1, pseudo, 1, 0));
        }
        for (Instruction.CallKind k : Instruction.CallKind.values()) out.add(new Instruction.Call(k, 1, (short) 0));
        out.add(new Instruction.CallX(2));
        out.add(new Instruction.Exit());
        return out;
    }
}
