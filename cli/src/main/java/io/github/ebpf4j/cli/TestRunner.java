package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.Errno;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.MapEntry;
import io.github.ebpf4j.vm.maps.MapException;
import io.github.ebpf4j.vm.maps.MapFlags;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.run.BpfRuntime;
import io.github.ebpf4j.vm.run.OutputEvent;
import io.github.ebpf4j.vm.run.ProgramHandle;
import io.github.ebpf4j.vm.run.TestRunException;
import io.github.ebpf4j.vm.run.TestRunInput;
import io.github.ebpf4j.vm.run.TestRunResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code BPF_PROG_TEST_RUN} side of {@code ebpf4j run}: builds a {@link BpfRuntime} with the
 * object's (or the command line's) maps, runs the program on a packet, a context or every packet
 * of a pcap file, and prints the result as text or JSON.
 */
final class TestRunner {
    private static final HexFormat HEX = HexFormat.of();

    /** What the command line asked for. */
    record Options(Path file, String program, String type, String dataHex, Path data, Path pcap, String ctxHex,
            int repeat, List<String> maps, List<String> mapSets, boolean dumpMaps, boolean json, Path pcapOut,
            int cpus, int cpu, long seed, long maxInsns) {
    }

    private final Options o;
    private final PrintWriter out;
    private final PrintWriter err;
    private BpfRuntime rt;
    private final Map<String, BpfMap> maps = new LinkedHashMap<>();
    private final List<BpfMap> mapList = new ArrayList<>();

    TestRunner(Options o, PrintWriter out, PrintWriter err) {
        this.o = o;
        this.out = out;
        this.err = err;
    }

    int call() {
        rt = BpfRuntime.builder().cpus(o.cpus()).cpu(o.cpu()).seed(o.seed()).instructionBudget(o.maxInsns()).build();
        ProgramHandle prog = ObjectFiles.isObject(o.file()) ? loadObject() : loadRaw();
        for (String s : o.mapSets()) applySet(s);
        try {
            if (o.pcap() != null) return replay(prog);
            TestRunResult r = rt.testRun(prog, new TestRunInput(packet(), ctx(), o.repeat()));
            print(r);
            return 0;
        } catch (TestRunException e) {
            throw new EbpfException(o.file() + ": BPF_PROG_TEST_RUN refused the input: " + e.getMessage(), e);
        } catch (VmFault f) {
            throw new EbpfException(o.file() + ": " + f.getMessage(), f);
        }
    }

    // ------------------------------------------------------------------ loading

    private ProgramType type(ProgramType fallback) {
        if (o.type() == null) {
            if (fallback == null) {
                throw new EbpfException(o.file() + ": give the program type with --type (xdp, sched_cls, socket_filter, ...)");
            }
            return fallback;
        }
        String t = o.type().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("TC")) t = "SCHED_CLS";
        if (t.equals("RAW_TP")) t = "RAW_TRACEPOINT";
        try {
            return ProgramType.valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new EbpfException("--type " + o.type() + ": unknown program type");
        }
    }

    private ProgramHandle loadRaw() {
        Program p = ProgramFiles.load(o.file());
        for (int i = 0; i < o.maps().size(); i++) {
            String s = o.maps().get(i);
            String[] f = s.split(":");
            if (f.length != 4) throw new EbpfException("--map " + s + ": expected TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES");
            MapType t;
            try {
                t = f[0].matches("[0-9]+") ? MapType.of(Integer.parseInt(f[0])) : MapType.valueOf(f[0].toUpperCase(Locale.ROOT));
                if (t == null) throw new IllegalArgumentException();
                int flags = t == MapType.LPM_TRIE ? MapFlags.BPF_F_NO_PREALLOC : 0;
                addMap(rt.createMap(new MapSpec("map" + i, t, Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), flags, null, null, false)));
            } catch (MapException e) {
                throw new EbpfException("--map " + s + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new EbpfException("--map " + s + ": unknown map type or bad number");
            }
        }
        return rt.load(o.file().getFileName().toString(), type(null), p, mapList);
    }

    private ProgramHandle loadObject() {
        BpfObject obj = ObjectFiles.load(o.file());
        BpfProgram chosen = ObjectFiles.program(obj, o.file(), o.program());
        ObjectRuntime.Loaded l = ObjectRuntime.load(rt, obj, o.file(), o.program(), o.type() == null ? null : type(chosen.type()));
        for (BpfMap m : l.maps()) addMap(m);
        return l.program();
    }

    private void addMap(BpfMap m) {
        mapList.add(m);
        maps.putIfAbsent(m.name(), m);
    }

    private BpfMap mapNamed(String name) {
        BpfMap m = maps.get(name);
        if (m == null && name.matches("[0-9]+") && Integer.parseInt(name) < mapList.size()) m = mapList.get(Integer.parseInt(name));
        if (m == null) throw new EbpfException("no map '" + name + "' (maps: " + String.join(", ", maps.keySet()) + ")");
        return m;
    }

    private void applySet(String s) {
        String[] f = s.split(":", -1);
        if (f.length != 3) throw new EbpfException("--map-set " + s + ": expected MAP:KEYHEX:VALUEHEX");
        BpfMap m = mapNamed(f[0]);
        try {
            byte[] key = f[1].isEmpty() ? null : HEX.parseHex(f[1]);
            int e = m.update(key, HEX.parseHex(f[2]), MapFlags.BPF_ANY);
            if (e != 0) throw new EbpfException("--map-set " + s + ": update failed with " + Errno.name(e));
        } catch (IllegalArgumentException | MapException e) {
            throw new EbpfException("--map-set " + s + ": " + e.getMessage());
        }
    }

    private byte[] packet() {
        if (o.dataHex() != null) return ProgramFiles.parseHex(Path.of("--data-hex"), o.dataHex());
        if (o.data() != null) {
            try {
                return Files.readAllBytes(o.data());
            } catch (java.io.IOException e) {
                throw new EbpfException(o.data() + ": cannot read: " + e.getMessage(), e);
            }
        }
        return new byte[0];
    }

    private byte[] ctx() {
        return o.ctxHex() == null ? null : ProgramFiles.parseHex(Path.of("--ctx-hex"), o.ctxHex());
    }

    // ------------------------------------------------------------------ pcap replay

    private int replay(ProgramHandle prog) {
        List<byte[]> packets = Pcap.read(o.pcap());
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<byte[]> passed = new ArrayList<>();
        long start = System.nanoTime();
        long insns = 0;
        int refused = 0;
        boolean bar = false;
        byte[] ctx = ctx();
        for (int i = 0; i < packets.size(); i++) {
            TestRunResult r;
            try {
                r = rt.testRun(prog, new TestRunInput(packets.get(i), ctx, 1));
            } catch (TestRunException e) {
                refused++;
                counts.merge("refused (" + Errno.name(e.errno()) + ")", 1, Integer::sum);
                continue;
            }
            insns += r.instructions();
            String a = r.action() != null ? r.action() : "retval " + r.retval();
            counts.merge(a, 1, Integer::sum);
            if (a.equals("XDP_PASS") || a.equals("XDP_TX") || a.equals("TC_ACT_OK") || a.equals("TC_ACT_UNSPEC")
                    || (r.action() == null && r.retval() != 0)) {
                passed.add(r.dataOut());
            }
            if ((i & 255) == 0 && System.nanoTime() - start > 1_000_000_000L) {
                bar = true;
                progress(i + 1, packets.size());
            }
        }
        if (bar) {
            progress(packets.size(), packets.size());
            err.println();
            err.flush();
        }
        if (o.pcapOut() != null) Pcap.write(o.pcapOut(), passed);
        if (o.json()) {
            Json j = new Json().open('{').key("packets").value(packets.size()).key("refused").value(refused)
                    .key("instructions").value(insns).key("actions").open('{');
            counts.forEach((k, v) -> j.key(k).value(v));
            j.close('}');
            if (o.pcapOut() != null) j.key("written").value(passed.size());
            if (o.dumpMaps()) dumpJson(j);
            out.println(j.close('}'));
        } else {
            out.println(packets.size() + " packets, " + insns + " instructions");
            counts.forEach((k, v) -> out.println(String.format("%-24s %d", k, v)));
            if (o.pcapOut() != null) out.println(passed.size() + " packets written to " + o.pcapOut());
            if (o.dumpMaps()) dumpText();
        }
        out.flush();
        return 0;
    }

    private void progress(int done, int total) {
        int width = 40;
        int filled = (int) ((long) done * width / Math.max(total, 1));
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
    }

    // ------------------------------------------------------------------ output

    private void print(TestRunResult r) {
        if (o.json()) {
            Json j = new Json().open('{').key("retval").value(r.retval()).key("action").value(r.action())
                    .key("data_out").value(HEX.formatHex(r.dataOut()))
                    .key("ctx_out").value(r.ctxOut() == null ? null : HEX.formatHex(r.ctxOut()))
                    .key("instructions").value(r.instructions());
            j.key("redirect");
            if (r.redirect() == null) {
                j.value((String) null);
            } else {
                j.open('{').key("map").value(r.redirect().map()).key("key").value(r.redirect().key())
                        .key("flags").value(r.redirect().flags()).key("target").value(r.redirect().value()).close('}');
            }
            j.key("trace").open('[');
            r.trace().forEach(j::value);
            j.close(']').key("events").open('[');
            for (OutputEvent e : r.events()) {
                j.open('{').key("map").value(e.map()).key("cpu").value(e.cpu()).key("data").value(HEX.formatHex(e.data()))
                        .close('}');
            }
            j.close(']');
            if (o.dumpMaps()) dumpJson(j);
            out.println(j.close('}'));
        } else {
            out.println("retval " + r.retval() + (r.action() != null ? " (" + r.action() + ")" : ""));
            out.println("data_out " + HEX.formatHex(r.dataOut()));
            if (r.ctxOut() != null) out.println("ctx_out " + HEX.formatHex(r.ctxOut()));
            if (r.redirect() != null) {
                out.println("redirect " + (r.redirect().map() == null ? "ifindex " + r.redirect().key()
                        : "map " + r.redirect().map() + " key " + r.redirect().key() + " -> " + r.redirect().value())
                        + (r.redirect().flags() != 0 ? " flags 0x" + Long.toHexString(r.redirect().flags()) : ""));
            }
            for (String t : r.trace()) out.println("trace " + t.stripTrailing());
            for (OutputEvent e : r.events()) out.println("event " + e.map() + " cpu " + e.cpu() + " " + HEX.formatHex(e.data()));
            out.println("instructions " + r.instructions());
            if (o.dumpMaps()) dumpText();
        }
        out.flush();
    }

    private void dumpText() {
        for (int i = 0; i < mapList.size(); i++) {
            BpfMap m = mapList.get(i);
            List<String> kv = new ArrayList<>();
            for (MapEntry e : m.entries()) kv.add(HEX.formatHex(e.key()) + "=" + HEX.formatHex(e.value()));
            out.println("map " + i + " " + m.name() + ": " + String.join(", ", kv));
        }
    }

    private void dumpJson(Json j) {
        j.key("maps").open('[');
        for (BpfMap m : mapList) {
            j.open('{').key("name").value(m.name()).key("type").value(m.type().name().toLowerCase(Locale.ROOT))
                    .key("entries").open('[');
            for (MapEntry e : m.entries()) {
                j.open('[').value(HEX.formatHex(e.key())).value(HEX.formatHex(e.value())).close(']');
            }
            j.close(']').close('}');
        }
        j.close(']');
    }
}
