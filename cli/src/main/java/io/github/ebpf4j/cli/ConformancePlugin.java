package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.ElfFile;
import io.github.ebpf4j.elf.ElfSection;
import io.github.ebpf4j.elf.ElfSymbol;
import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.helpers.HelperRegistry;
import io.github.ebpf4j.vm.interp.Interpreter;
import io.github.ebpf4j.vm.isa.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ebpf4j conformance-plugin [MEMORY] [--elf]}: the plugin protocol of the bpf_conformance
 * runner (its README): the program as hex bytes on stdin, the memory as hex bytes in the first
 * argument, r0 printed in hex on stdout; on an error, the message and a non-zero exit status.
 */
@Command(name = "conformance-plugin", mixinStandardHelpOptions = true,
        description = {"Run one program for the bpf_conformance runner (--plugin_path "
                + "./ebpf4j-conformance-plugin): read the program as hex bytes on stdin, run it with "
                + "r1 = the memory given as the first argument (hex bytes; none: r1 = 0), r2 = its length, "
                + "and print r0 in hex.",
            "Helper 5 (bpf_ktime_get_ns, which the suite calls) returns 0. Options the runner passes "
                + "through --plugin_options that ebpf4j does not know are ignored."})
final class ConformancePlugin implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MEMORY",
            description = "input memory: hex bytes, e.g. 'aa  bb  11  '")
    String memory;

    @Option(names = "--elf", description = "stdin holds a relocatable ELF object (in hex); run its "
            + "program 'main' (or its only program)")
    boolean elf;

    @Unmatched
    List<String> ignored;

    /** Helpers the suite's programs call: only 5, whose result they ignore. */
    static HelperRegistry helpers() {
        return HelperRegistry.builder().register(HelperId.KTIME_GET_NS, (r1, r2, r3, r4, r5, ctx) -> 0L).build();
    }

    @Override
    public Integer call() throws IOException {
        byte[] code = hex("stdin", read(System.in));
        byte[] mem = memory == null ? null : hex("MEMORY", memory);
        Program program = elf ? fromElf(code) : Program.fromBytes(code);
        long r0 = Interpreter.builder().helpers(helpers()).build().runWithMemory(program, mem);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Long.toHexString(r0));
        out.flush();
        return 0;
    }

    /**
     * The runner's ELF (its bpf_writer): the program in section {@code .text} (or {@code xdp} with
     * the prolog) with a global function symbol {@code main} covering it. libbpf treats
     * {@code .text} as subprograms only, so when no entry program is named {@code main} the symbol
     * is taken from the symbol table directly.
     */
    private static Program fromElf(byte[] bytes) {
        BpfObject obj = BpfObject.load(bytes, "stdin.o");
        java.util.Optional<BpfProgram> named = obj.program("main");
        if (named.isPresent()) return named.get().instructions();
        ElfFile elf = obj.elf();
        for (ElfSymbol sym : elf.symbols()) {
            if (!sym.name().equals("main") || sym.type() != ElfSymbol.STT_FUNC) continue;
            ElfSection sec = elf.section(sym.sectionIndex());
            long size = sym.size() != 0 ? sym.size() : sec.size() - sym.value();
            return Program.fromBytes(elf.contents(sec).bytes(sym.value(), size));
        }
        List<BpfProgram> progs = obj.programs();
        if (progs.size() == 1) return progs.get(0).instructions();
        throw new EbpfException("stdin.o: no function 'main' and " + progs.size() + " programs");
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.US_ASCII);
    }

    /** Hex digit pairs, any whitespace between bytes. */
    static byte[] hex(String what, String text) {
        String digits = text.replaceAll("\\s+", "");
        if (digits.length() % 2 != 0 || !digits.matches("[0-9a-fA-F]*")) {
            throw new EbpfException(what + ": not hex bytes");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        return out;
    }
}
