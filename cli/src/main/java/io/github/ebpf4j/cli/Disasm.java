package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.asm.Annotator;
import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.asm.Disassembler;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.isa.Instruction;
import io.github.ebpf4j.vm.isa.Program;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ebpf4j disasm FILE}: prints a program as {@code llvm-objdump -d --no-show-raw-insn} does. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = {"Disassemble a program into LLVM's BPF syntax, exactly as llvm-objdump -d "
                + "--no-show-raw-insn prints it: the instruction index, a colon, a tab, the text. "
                + "Jump targets of an assembly source are named after its labels, as llvm-objdump "
                + "names them in the object llvm-mc makes of it.",
            "FILE is raw bytecode (.bin, 8 little-endian bytes per instruction), hex text (.hex), "
                + "assembly (.s), a conformance test (.data) or a BPF object file (.o): then each program "
                + "(or the one named with --program) is listed linked with its subprograms, with the C "
                + "source line above the instructions it produced and map names at lddw, as "
                + "llvm-objdump -S shows an object."})
final class Disasm implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the program")
    Path file;

    @Option(names = "--alu32", description = "name 32-bit subregisters wN in loads, stores and atomics, "
            + "as llvm-objdump --mcpu=v3 does")
    boolean alu32;

    @Option(names = "--reassemblable", description = "print local calls, kfunc calls, pseudo lddw and "
            + "indirect packet loads in ebpf4j's extension syntax, so that 'ebpf4j asm' gives back the "
            + "same bytes (LLVM's text loses some of their fields)")
    boolean reassemblable;

    @Option(names = "--helper-names", description = "append '# name' to helper calls")
    boolean helperNames;

    @Option(names = "--program", paramLabel = "NAME", description = "object files: only this program")
    String program;

    @Override
    public Integer call() {
        Disassembler d = Disassembler.llvm()
                .withDialect(alu32 ? Disassembler.Dialect.ALU32 : Disassembler.Dialect.DEFAULT)
                .withExtensions(reassemblable);
        PrintWriter out = spec.commandLine().getOut();
        if (ObjectFiles.isObject(file)) {
            io.github.ebpf4j.elf.BpfObject obj = ObjectFiles.load(file);
            java.util.List<io.github.ebpf4j.elf.BpfProgram> progs = program == null ? obj.programs()
                    : java.util.List.of(ObjectFiles.program(obj, file, program));
            for (int i = 0; i < progs.size(); i++) {
                if (i > 0) out.println();
                out.print(ObjectListing.listing(obj, progs.get(i), d));
            }
            out.flush();
            return 0;
        }
        if (program != null) throw new io.github.ebpf4j.vm.EbpfException(file + ": --program applies to object files only");
        Program prog;
        Map<Integer, String> symbols = Map.of();
        if (file.getFileName().toString().endsWith(".s")) {
            Assembler.Assembly a = ProgramFiles.assembleWithLabels(file, ProgramFiles.readText(file));
            prog = a.program();
            symbols = a.symbols();
        } else {
            prog = ProgramFiles.load(file);
        }
        d = d.withAnnotator(new Names(Annotator.symbols(symbols), helperNames));
        out.print(d.listing(prog));
        out.flush();
        return 0;
    }

    /**
     * Names jump targets after the labels of an assembly source, as llvm-objdump names them after
     * the symbols llvm-mc makes of them, and optionally helper calls after the kernel's
     * {@code enum bpf_func_id}.
     */
    private static final class Names implements Annotator {
        private final Annotator symbols;
        private final boolean helperNames;

        Names(Annotator symbols, boolean helperNames) {
            this.symbols = symbols;
            this.helperNames = helperNames;
        }

        @Override
        public String jumpTarget(int pc, long targetSlot) {
            return symbols.jumpTarget(pc, targetSlot);
        }

        @Override
        public String callComment(int pc, Instruction insn) {
            if (helperNames && insn instanceof Instruction.Call c && c.kind() == Instruction.CallKind.HELPER) {
                HelperId h = HelperId.of(c.imm());
                return h == null ? null : h.cName();
            }
            return null;
        }
    }
}
