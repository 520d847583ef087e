package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.SourceLine;
import io.github.ebpf4j.verifier.FailingValue;
import io.github.ebpf4j.verifier.VerificationResult;
import io.github.ebpf4j.vm.asm.Disassembler;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * A rejection told in source terms: the failing instruction with its C line, the register the
 * failing check was about, and the instructions that produced that register's value with theirs
 * (from BTF line info; null lines when the object has none or the input is raw bytecode).
 *
 * @param insn the failing instruction
 * @param line its source line, or null
 * @param register the register the check was about, or -1
 * @param producers the producing instructions, in program order
 */
record SourceTrail(int insn, SourceLine line, int register, List<Step> producers) {

    /**
     * One producing instruction.
     *
     * @param insn its index
     * @param text its disassembly (LLVM syntax)
     * @param line its source line, or null
     */
    record Step(int insn, String text, SourceLine line) {}

    /** Copies the list. */
    SourceTrail {
        producers = List.copyOf(producers);
    }

    /**
     * @param r a rejection
     * @param program the verified instructions
     * @param elf the program's ELF description (line info), or null for raw input
     * @return the trail
     */
    static SourceTrail of(VerificationResult r, Program program, BpfProgram elf) {
        FailingValue v = r.failingValue();
        Disassembler dis = Disassembler.llvm();
        List<Step> steps = new ArrayList<>();
        for (int pc : v.producers()) {
            if (pc < 0 || pc >= program.size()) continue;
            steps.add(new Step(pc, dis.text(program, pc), lineOf(elf, pc)));
        }
        return new SourceTrail(r.insn(), lineOf(elf, r.insn()), v.register(), steps);
    }

    private static SourceLine lineOf(BpfProgram elf, int pc) {
        return elf == null || pc < 0 ? null : elf.sourceLine(pc).orElse(null);
    }

    /** @param l a line or null @return "file:line: text", or null */
    static String text(SourceLine l) {
        if (l == null) return null;
        return l.file() + ":" + l.line() + ": " + (l.text() == null ? "" : l.text().strip());
    }

    /**
     * The text output's lines: "R1 was produced by:" and one line per producer, the same C line
     * given once (several instructions of one statement).
     *
     * @return the lines, empty when no register is involved
     */
    List<String> producerLines() {
        List<String> out = new ArrayList<>();
        if (register < 0) return out;
        if (producers.isEmpty()) {
            out.add(switch (register) {
                case 1 -> "R1 still holds the context the program was called with";
                case 10 -> "R10 is the frame pointer";
                default -> "no instruction writes R" + register + " on a path to insn " + insn;
            });
            return out;
        }
        out.add("R" + register + " was produced by:");
        List<String> shown = new ArrayList<>();
        for (Step s : producers) {
            String src = text(s.line());
            String key = s.line() == null ? null : s.line().file() + ":" + s.line().line();
            if (key != null && shown.contains(key)) continue;
            if (key != null) shown.add(key);
            out.add("  insn " + s.insn() + " (" + s.text() + ")" + (src == null ? "" : " at " + src));
        }
        return out;
    }
}
