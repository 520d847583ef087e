package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.prog.SubprogProto;
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
import io.github.ebpf4j.vm.run.BpfRuntime;
import io.github.ebpf4j.vm.run.ProgramHandle;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * the kernel. A rejection is explained in source terms ({@link SourceTrail}) and, with
 * {@code --explain}, by a concrete input found by {@link CounterexampleSearch}. Exit status 0 when
 * every program is accepted, 1 when one is rejected, 2 when the input cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify programs as the Linux 6.18 kernel verifier (privileged) would: the same "
                + "verdict, failing instruction and message.",
            "FILE is an ELF object (.o: every program, or --program NAME), raw bytecode (.bin), hex text "
                + "(.hex) or LLVM assembly (.s, where 'rX = mapN ll' names map N); raw inputs need --type.",
            "A rejection names the register the failing check was about and the instructions (with their C "
                + "lines, from BTF line info) that produced its value; --explain adds an input with which the "
                + "interpreter really makes the refused access, if its search finds one.",
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

    @Option(names = "--time-limit", paramLabel = "MS", description = "stop verifying a program after MS "
            + "milliseconds of wall-clock time (ebpf4j's own budget, reported as such; default: none, the "
            + "kernel's 1,000,000-instruction limit applies either way)")
    long timeLimit;

    @Option(names = "--log", description = "print the verifier log (the kernel's log level 1)")
    boolean log;

    @Option(names = "--log-level", paramLabel = "N", description = "0 none, 1 failing path, 2 every path")
    Integer logLevel;

    @Option(names = "--explain", description = "for a rejected program, search for an input with which "
            + "ebpf4j's interpreter really makes the refused access (a bounded, reproducible set of runs: packet "
            + "lengths, fills, protocol templates, seeded random bytes; context bytes for kprobe, tracepoint, "
            + "tracing and syscall programs) and print it with a replay command")
    boolean explain;

    @Option(names = "--explain-runs", paramLabel = "N", defaultValue = "4096",
            description = "with --explain: the most runs to try (default: ${DEFAULT-VALUE})")
    int explainRuns;

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
        if (timeLimit < 0) {
            err.println("error: --time-limit must be a number of milliseconds, not " + timeLimit);
            err.flush();
            return 2;
        }
        if (explainRuns < 1) {
            err.println("error: --explain-runs must be at least 1, not " + explainRuns);
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
                    VerifierOptions.COMPLEXITY_LIMIT_INSNS, u.gpl, u.protos, timeLimit);
            VerificationResult r = Verifier.verify(u.program, o);
            allOk &= r.accepted();
            SourceTrail trail = r.accepted() ? null : SourceTrail.of(r, u.program, u.elf);
            String source = trail == null ? null : SourceTrail.text(trail.line());
            String head = u.name == null ? file.toString() : u.name + " (" + u.section + ")";
            CounterexampleSearch.Outcome found = explain && !r.accepted() ? search(u, r) : null;
            if (sarif != null) {
                if (!r.accepted()) {
                    String text = head + ": rejected at insn " + r.insn() + ": " + r.message();
                    if (found != null) text += "; " + found.sentence();
                    sarif.reject(text, trail);
                }
                continue;
            }
            if (json) {
                records.add(json(u, r, trail, found));
                continue;
            }
            if (level > 0) out.print(r.log());
            if (r.accepted()) {
                out.printf("%s: accepted, %d insns processed%n", head, r.insnsProcessed());
            } else {
                out.printf("%s: rejected at insn %d: %s%n", head, r.insn(), r.message());
                if (source != null) out.printf("  source: %s%n", source);
                for (String l : trail.producerLines()) out.printf("  %s%n", l);
                if (found != null) printOutcome(out, u, found);
            }
        }
        if (sarif != null) out.println(sarif.toJson());
        if (json) out.println(records.size() == 1 && program != null ? records.get(0) : "[" + String.join(",\n", records) + "]");
        out.flush();
        return allOk ? 0 : 1;
    }

    private record Unit(String name, String section, ProgramType type, List<MapSpec> maps, Program program,
            boolean gpl, BpfProgram elf, BpfObject object, List<SubprogProto> protos) {}

    /** --explain: a counterexample search on the interpreter, with the object's maps (empty). */
    private CounterexampleSearch.Outcome search(Unit u, VerificationResult r) {
        java.util.function.Function<BpfRuntime, ProgramHandle> loader;
        if (u.object != null) {
            ProgramType override = type != null ? u.type : null;
            loader = rt -> ObjectRuntime.load(rt, u.object, file, u.name, override).program();
        } else {
            loader = rt -> {
                List<io.github.ebpf4j.vm.maps.BpfMap> created = new ArrayList<>();
                for (MapSpec m : u.maps) created.add(rt.createMap(m));
                return rt.load(file.getFileName().toString(), u.type, u.program, created);
            };
        }
        try {
            return new CounterexampleSearch(u.type, loader, r.insn(), explainRuns).search();
        } catch (EbpfException e) {
            return CounterexampleSearch.Outcome.skipped("cannot run the program: " + e.getMessage());
        }
    }

    private void printOutcome(PrintWriter out, Unit u, CounterexampleSearch.Outcome o) {
        out.printf("  %s%n", o.sentence());
        if (o.found() == null) return;
        out.printf("    %s: %s%n", o.found().context() ? "context" : "packet", HexFormat.of().formatHex(o.found().packet()));
        out.printf("    replay: %s%n", replay(u, o.found()));
    }

    /** The {@code ebpf4j run} command line that shows the counterexample's fault. */
    private String replay(Unit u, CounterexampleSearch.Counterexample c) {
        StringBuilder b = new StringBuilder("ebpf4j run ").append(file);
        if (u.name != null) b.append(" --program ").append(u.name);
        if (type != null || u.object == null) b.append(" --type ").append(u.type.name().toLowerCase(Locale.ROOT));
        for (String m : maps) b.append(" --map ").append(m);
        b.append(c.context() ? " --ctx-hex " : " --data-hex ");
        return b.append(HexFormat.of().formatHex(c.packet())).toString();
    }

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
                units.add(new Unit(p.name(), p.section(), t, specs, p.instructions(), gpl, p, obj, obj.prototypes(p)));
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
        units.add(new Unit(null, null, parseType(type), specs, p, true, null, null, List.of()));
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

    private String json(Unit u, VerificationResult r, SourceTrail trail, CounterexampleSearch.Outcome found) {
        StringBuilder b = new StringBuilder("{");
        b.append("\"name\":").append(jsonString(u.name)).append(",\"section\":").append(jsonString(u.section));
        b.append(",\"type\":").append(jsonString(u.type.name().toLowerCase(Locale.ROOT)));
        b.append(",\"verdict\":\"").append(r.accepted() ? "accept" : "reject").append('"');
        if (!r.accepted()) {
            b.append(",\"error\":{\"insn\":").append(r.insn()).append(",\"message\":").append(jsonString(r.message()))
                    .append(",\"source\":").append(jsonString(SourceTrail.text(trail.line())));
            b.append(",\"register\":").append(trail.register() < 0 ? "null" : "\"R" + trail.register() + "\"");
            b.append(",\"producers\":[");
            for (int i = 0; i < trail.producers().size(); i++) {
                SourceTrail.Step s = trail.producers().get(i);
                b.append(i == 0 ? "" : ",").append("{\"insn\":").append(s.insn()).append(",\"text\":")
                        .append(jsonString(s.text())).append(",\"source\":").append(jsonString(SourceTrail.text(s.line())))
                        .append('}');
            }
            b.append(']');
            if (found != null) b.append(",\"counterexample\":").append(json(u, found));
            b.append('}');
        }
        b.append(",\"insns_processed\":").append(r.insnsProcessed()).append('}');
        return b.toString();
    }

    private String json(Unit u, CounterexampleSearch.Outcome o) {
        StringBuilder b = new StringBuilder("{\"found\":").append(o.found() != null);
        b.append(",\"runs\":").append(o.runs());
        if (o.budgetSpent()) b.append(",\"budget_spent\":true");
        if (o.notSearched() != null) b.append(",\"not_searched\":").append(jsonString(o.notSearched()));
        CounterexampleSearch.Counterexample c = o.found();
        if (c != null) {
            b.append(c.context() ? ",\"ctx_hex\":\"" : ",\"packet_hex\":\"").append(HexFormat.of().formatHex(c.packet()))
                    .append('"');
            b.append(",\"length\":").append(c.packet().length);
            CounterexampleSearch.Access a = c.access();
            if (a != null) {
                b.append(",\"access\":{\"kind\":").append(jsonString(a.kind())).append(",\"size\":").append(a.size())
                        .append(",\"region\":").append(jsonString(a.region())).append(",\"offset\":").append(a.offset())
                        .append(",\"region_length\":").append(a.regionLength()).append(",\"null_pointer\":")
                        .append(a.nullPointer());
                if (a.region() == null) b.append(",\"address\":\"0x").append(Long.toHexString(a.address())).append('"');
                b.append('}');
            }
            b.append(",\"fault\":").append(jsonString(c.fault()));
            b.append(",\"text\":").append(jsonString(c.sentence()));
            b.append(",\"replay\":").append(jsonString(replay(u, c)));
        }
        return b.append('}').toString();
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
