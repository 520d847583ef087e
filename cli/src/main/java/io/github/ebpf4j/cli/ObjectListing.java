package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.SourceLine;
import io.github.ebpf4j.vm.asm.Annotator;
import io.github.ebpf4j.vm.asm.Disassembler;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Instruction;
import java.util.HashMap;
import java.util.Map;

/**
 * A linked program of an object in {@code llvm-objdump -d -S} style: a header per function, the C
 * source line above the instructions it produced (from .BTF.ext line info), map names at
 * map-loading {@code lddw}s and names at calls.
 */
final class ObjectListing {
    private ObjectListing() {}

    static String listing(BpfObject obj, BpfProgram p, Disassembler base) {
        Map<Integer, String> starts = new HashMap<>();
        for (BpfProgram.Function f : p.functions()) starts.put(f.pc(), f.name());
        Disassembler d = base.withAnnotator(new Names(obj, p, Annotator.symbols(p.section(), starts)));
        StringBuilder sb = new StringBuilder();
        sb.append("Disassembly of program ").append(p.name()).append(" (section ").append(p.section()).append(", ")
                .append(p.type()).append("):\n");
        String lastText = null;
        int nextLine = 0;
        for (int pc = 0; pc < p.instructions().size(); ) {
            String fn = starts.get(pc);
            if (fn != null) {
                sb.append(String.format("%n%016x <%s>:%n", pc * 8L, fn));
                lastText = null;
            }
            while (nextLine < p.lineInfo().size() && p.lineInfo().get(nextLine).pc() < pc) nextLine++;
            if (nextLine < p.lineInfo().size() && p.lineInfo().get(nextLine).pc() == pc) {
                SourceLine l = p.lineInfo().get(nextLine).line();
                if (!l.text().equals(lastText)) sb.append("; ").append(l.text()).append('\n');
                lastText = l.text();
            }
            sb.append(String.format("%8d:\t%s%n", pc, d.text(p.instructions(), pc)));
            int op = p.instructions().insn(pc).opcode();
            pc += op == Bpf.LD_IMM64 && pc + 1 < p.instructions().size() ? 2 : 1;
        }
        return sb.toString();
    }

    /** Map names at lddw, helper and subprogram names at calls, jump targets by function. */
    private static final class Names implements Annotator {
        private final BpfObject obj;
        private final BpfProgram p;
        private final Annotator symbols;

        Names(BpfObject obj, BpfProgram p, Annotator symbols) {
            this.obj = obj;
            this.p = p;
            this.symbols = symbols;
        }

        @Override
        public String jumpTarget(int pc, long targetSlot) {
            return symbols.jumpTarget(pc, targetSlot);
        }

        @Override
        public String loadImm64Comment(int pc, Instruction.LoadImm64 insn) {
            int src = insn.pseudo();
            if (src == Bpf.BPF_PSEUDO_MAP_IDX || src == Bpf.BPF_PSEUDO_MAP_IDX_VALUE) {
                if (insn.imm() < 0 || insn.imm() >= obj.maps().size()) return null;
                BpfMap m = obj.maps().get(insn.imm());
                return src == Bpf.BPF_PSEUDO_MAP_IDX ? "map " + m.name() : "map " + m.name() + "+" + insn.nextImm();
            }
            if (src == Bpf.BPF_PSEUDO_FUNC) {
                return p.functionAt(pc + insn.imm() + 1).map(BpfProgram.Function::name).orElse(null);
            }
            return null;
        }

        @Override
        public String callComment(int pc, Instruction insn) {
            if (!(insn instanceof Instruction.Call c)) return null;
            switch (c.kind()) {
                case HELPER: {
                    HelperId h = HelperId.of(c.imm());
                    return h == null ? null : h.cName();
                }
                case LOCAL:
                    return p.functionAt(pc + c.imm() + 1).map(BpfProgram.Function::name).orElse(null);
                default:
                    return null;
            }
        }
    }
}
