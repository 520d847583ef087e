package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.SourceLine;
import io.github.ebpf4j.verifier.VerificationResult;
import io.github.ebpf4j.verifier.Verifier;
import io.github.ebpf4j.verifier.VerifierOptions;
import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ebpf4j verify FILE}: what the Linux kernel's verifier would say about a program, without
 * the kernel. Exit status 0 when every program is accepted, 1 when one is rejected, 2 when the
 * input cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify programs as the Linux 6.18 kernel verifier (privileged) would: the same "
                + "verdict, failing instruction and message.",
            "FILE is an ELF object (.o: every program, or --program NAME), raw bytecode (.bin), hex text "
                + "(.hex) or LLVM assembly (.s, where 'rX = mapN ll' names map N); raw inputs need --type.",
            "Exit status: 0 all accepted, 1 some rejected, 2 input error."})
final class Verify implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the program or object")
    Path file;

    @Option(names = "--type", paramLabel = "TYPE", description = "program type for raw input (xdp, "
            + "socket_filter, sched_cls, cgroup_skb, kprobe, tracepoint, ...); overrides the ELF section's")
    String type;

    @Option(names = "--program", paramLabel = "NAME", description = "only this program of an object")
    String program;

    @Option(names = "--map", paramLabel = "TYPE:KEY:VALUE:MAX", description = "a map for raw input, "
            + "referred to by LD_IMM64 map index (repeat in order), as kernel-oracle's --map")
    List<String> maps = new ArrayList<>();

    @Option(names = "--strict-loops", description = "reject every back-edge, as kernels before 5.3 did")
    boolean strictLoops;

    @Option(names = "--log", description = "print the verifier log (the kernel's log level 1)")
    boolean log;

    @Option(names = "--log-level", paramLabel = "N", description = "0 none, 1 failing path, 2 every path")
    Integer logLevel;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, or sarif (SARIF 2.1.0: rejections at their C source line)")
    String format = "text";

    private static final Pattern MAP_REF = Pattern.compile("(\\b[rR]\\d+)\\s*=\\s*map(\\d+)\\s+ll\\b");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Unit> units;
        try {
            units = load();
        } catch (EbpfException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        int level = logLevel != null ? logLevel : log ? 1 : 0;
        boolean allOk = true;
        boolean json = format.equals("json");
        SarifReport sarif = format.equals("sarif") ? new SarifReport(file.toString()) : null;
        if (!json && sarif == null && !format.equals("text")) {
            err.println("error: --format must be text, json or sarif, not '" + format + "'");
            err.flush();
            return 2;
        }
        List<String> records = new ArrayList<>();
        for (Unit u : units) {
            VerifierOptions o = new VerifierOptions(u.type, u.maps, strictLoops, level,
                    VerifierOptions.COMPLEXITY_LIMIT_INSNS, u.gpl);
            VerificationResult r = Verifier.verify(u.program, o);
            allOk &= r.accepted();
            SourceLine line = r.accepted() || u.elf == null ? null : u.elf.sourceLine(r.insn()).orElse(null);
            String source = line == null ? null : line.file() + ":" + line.line() + ": " + line.text().strip();
            String head = u.name == null ? file.toString() : u.name + " (" + u.section + ")";
            if (sarif != null) {
                if (!r.accepted()) sarif.reject(head + ": rejected at insn " + r.insn() + ": " + r.message(), line);
                continue;
            }
            if (json) {
                records.add(json(u, r, source));
                continue;
            }
            if (level > 0) out.print(r.log());
            if (r.accepted()) {
                out.printf("%s: accepted, %d insns processed%n", head, r.insnsProcessed());
            } else {
                out.printf("%s: rejected at insn %d: %s%n", head, r.insn(), r.message());
                if (source != null) out.printf("  source: %s%n", source);
            }
        }
        if (sarif != null) out.println(sarif.toJson());
        if (json) out.println(records.size() == 1 && program != null ? records.get(0) : "[" + String.join(",\n", records) + "]");
        out.flush();
        return allOk ? 0 : 1;
    }

    private record Unit(String name, String section, ProgramType type, List<MapSpec> maps, Program program,
            boolean gpl, BpfProgram elf) {}

    private List<Unit> load() {
        String n = file.getFileName().toString();
        List<Unit> units = new ArrayList<>();
        if (n.endsWith(".o")) {
            BpfObject obj;
            try {
                obj = BpfObject.load(file);
            } catch (IOException e) {
                throw new EbpfException(file + ": cannot read: " + e.getMessage(), e);
            }
            List<MapSpec> specs = obj.maps().stream().map(BpfMap::spec).toList();
            boolean gpl = obj.license().map(Verify::gplCompatible).orElse(false);
            for (BpfProgram p : obj.programs()) {
                if (program != null && !program.equals(p.name())) continue;
                ProgramType t = type != null ? parseType(type) : p.type();
                units.add(new Unit(p.name(), p.section(), t, specs, p.instructions(), gpl, p));
            }
            if (units.isEmpty()) {
                throw new EbpfException(file + ": " + (program != null ? "no program named '" + program + "'" : "no programs"));
            }
            return units;
        }
        if (type == null) throw new EbpfException(file + ": raw programs need --type");
        Program p = n.endsWith(".s") ? ProgramFiles.assemble(file, mapRefs(ProgramFiles.readText(file)))
                : ProgramFiles.load(file);
        List<MapSpec> specs = new ArrayList<>();
        for (String m : maps) specs.add(parseMap(m));
        units.add(new Unit(null, null, parseType(type), specs, p, true, null));
        return units;
    }

    /** kernel-oracle's convention: {@code rX = mapN ll} loads map N (BPF_PSEUDO_MAP_FD, imm N). */
    static String mapRefs(String text) {
        Matcher m = MAP_REF.matcher(text);
        return m.replaceAll(r -> "ld_pseudo " + r.group(1) + ", 1, " + r.group(2) + ", 0");
    }

    static ProgramType parseType(String t) {
        String u = t.toUpperCase(Locale.ROOT);
        if (u.equals("SOCKET")) u = "SOCKET_FILTER";
        if (u.equals("TC")) u = "SCHED_CLS";
        try {
            return ProgramType.valueOf(u);
        } catch (IllegalArgumentException e) {
            throw new EbpfException("unknown program type '" + t + "'");
        }
    }

    static MapSpec parseMap(String s) {
        String[] p = s.split(":");
        if (p.length != 4) throw new EbpfException("--map wants TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES, not '" + s + "'");
        try {
            MapType t = MapType.valueOf(p[0].toUpperCase(Locale.ROOT));
            return MapSpec.of("", t, Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
        } catch (IllegalArgumentException e) {
            throw new EbpfException("bad --map '" + s + "': " + e.getMessage());
        }
    }

    /** license_is_gpl_compatible() in include/linux/license.h. */
    static boolean gplCompatible(String license) {
        return switch (license) {
            case "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL" -> true;
            default -> false;
        };
    }

    private static String json(Unit u, VerificationResult r, String source) {
        StringBuilder b = new StringBuilder("{");
        b.append("\"name\":").append(jsonString(u.name)).append(",\"section\":").append(jsonString(u.section));
        b.append(",\"type\":").append(jsonString(u.type.name().toLowerCase(Locale.ROOT)));
        b.append(",\"verdict\":\"").append(r.accepted() ? "accept" : "reject").append('"');
        if (!r.accepted()) {
            b.append(",\"error\":{\"insn\":").append(r.insn()).append(",\"message\":").append(jsonString(r.message()))
                    .append(",\"source\":").append(jsonString(source)).append('}');
        }
        b.append(",\"insns_processed\":").append(r.insnsProcessed()).append('}');
        return b.toString();
    }

    /** @param s text or null @return it as a JSON string literal (null as {@code null}) */
    static String jsonString(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
