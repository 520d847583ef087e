package io.github.ebpf4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.SourceLine;
import io.github.ebpf4j.testkit.packet.PacketBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LCOV tracefile of a run of testdata/src/xdp_firewall.c: its counts agree with the
 * interpreter's instruction counts and with the paths the C source dictates for the packets
 * given, and genhtml (Debian package lcov, when installed) accepts it.
 */
class LcovCoverageTest {
    static final Path ROOT = Path.of(System.getProperty("ebpf4j.root", ".."));
    static final Path C_FILE = ROOT.resolve("testdata/src/xdp_firewall.c");

    Coverage coverage;
    long executed;
    Path info;

    @BeforeEach
    void run(@TempDir Path dir) throws IOException {
        coverage = new Coverage();
        TestObject fw = BpfTestKit.builder().coverage(coverage).load(ROOT.resolve("testdata/obj/xdp_firewall.o"));
        fw.map("blocked_ports").put(Bytes.u16(22), Bytes.u64(1));
        TestProgram p = fw.program("xdp_firewall");
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < 3; i++) packets.add(PacketBuilder.ethernet().arpRequest("02:00:00:00:00:01", "10.0.0.1", "10.0.0.2").bytes());
        for (int i = 0; i < 2; i++) packets.add(PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").udp(1, 22).bytes());
        packets.add(PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").tcp(1, 80).bytes());
        for (RunResult r : p.runAll(packets)) executed += r.instructions();
        info = dir.resolve("fw.info");
        if (System.getProperty("lcov.keep") != null) info = Path.of(System.getProperty("lcov.keep"));
        coverage.writeLcov(info, "LcovCoverageTest", ROOT.resolve("testdata"));
    }

    /** The listener's counts add up to what the interpreter says it executed. */
    @Test
    void instructionHitsAddUpToTheInterpretersCount() {
        long sum = 0;
        for (Coverage.ProgramCoverage c : coverage.programs()) for (long h : c.hits()) sum += h;
        assertEquals(executed, sum);
    }

    /** The summary counts executed slots and seen branch outcomes: xdp_count_only never ran. */
    @Test
    void summaryCountsInstructionsAndBranchOutcomes() {
        String[] lines = coverage.summary().split("\n");
        assertEquals(2, lines.length, coverage.summary());
        assertTrue(lines[0].matches("xdp_firewall\\.o/xdp_firewall: \\d+/\\d+ instructions, \\d+/\\d+ branches"), lines[0]);
        assertTrue(lines[1].matches("xdp_firewall\\.o/xdp_count_only: 0/\\d+ instructions, 0/\\d+ branches"), lines[1]);
    }

    /** Each DA line's count is the largest count of the instructions line info puts on it, and only executed lines count. */
    @Test
    void lineHitsMatchExecutedInstructions() throws IOException {
        Map<Integer, Long> da = record(C_FILE).da;
        Map<Integer, Long> want = new TreeMap<>();
        for (Coverage.ProgramCoverage c : coverage.programs()) {
            BpfProgram prog = c.program();
            for (int pc = 0; pc < c.hits().length; pc++) {
                Optional<SourceLine> sl = prog.sourceLine(pc);
                if (sl.isPresent() && sl.get().file().endsWith("xdp_firewall.c")) want.merge(sl.get().line(), c.hits()[pc], Math::max);
            }
        }
        assertEquals(want, new TreeMap<>(da));
    }

    /**
     * Counts the C source dictates for 3 ARP, 2 UDP-to-22 and 1 TCP-to-80 packets, on lines where
     * clang -O2 keeps the statement's instructions to itself (testdata/obj/xdp_firewall.source.txt
     * shows where it shares them between paths, e.g. the two "return bpf_ntohs(...->dest)").
     */
    @Test
    void countsFollowTheCSource() throws IOException {
        Rec rec = record(C_FILE);
        List<String> src = Files.readAllLines(C_FILE);
        assertEquals(6, rec.da.get(lineOf(src, "if ((void *)(eth + 1) > data_end)")));           // every packet
        assertEquals(6, rec.da.get(lineOf(src, "if (eth->h_proto != bpf_htons(ETH_P_IP)) {")));
        assertEquals(3, rec.da.get(lineOf(src, "key.prefixlen = 32;")));                         // the IPv4 ones
        assertEquals(3, rec.da.get(lineOf(src, "if (ip->protocol == IPPROTO_TCP) {")));          // dest_port()
        assertEquals(2, rec.da.get(lineOf(src, "count(SLOT_DROP_PORT);") + 1));                  // return XDP_DROP
        assertEquals(0, rec.da.get(lineOf(src, "int xdp_count_only(struct xdp_md *ctx)")));
        assertEquals(Map.of("xdp_firewall", 6L, "dest_port", 3L, "xdp_count_only", 0L), rec.fnda);
        assertEquals(rec.da.size(), rec.lf);
        assertEquals(rec.da.values().stream().filter(v -> v > 0).count(), rec.lh);
        // the Ethernet bounds check: never taken (every frame is long enough), fell through 6 times
        assertEquals(List.of(List.of(0L, 6L)), branches(rec, lineOf(src, "if ((void *)(eth + 1) > data_end)")));
        // "if (bpf_map_lookup_elem(&blocked_prefixes, ...))": the jump over the drop taken for all 3 (no prefix blocked)
        assertEquals(List.of(List.of(3L, 0L)), branches(rec, lineOf(src, "if (bpf_map_lookup_elem(&blocked_prefixes, &key)) {")));
        // blocked_ports: found for the 2 UDP packets to 22 (fall through to the drop), missed for TCP 80
        assertEquals(List.of(List.of(1L, 2L)), branches(rec, lineOf(src, "if (bpf_map_lookup_elem(&blocked_ports, &port)) {")));
        assertTrue(rec.brda.values().stream().flatMap(List::stream).anyMatch(b -> b[0] == -1), "a branch that never ran shows '-'");
    }

    private static List<List<Long>> branches(Rec rec, int line) {
        List<List<Long>> out = new ArrayList<>();
        for (long[] b : rec.brda.getOrDefault(line, List.of())) out.add(List.of(b[0], b[1]));
        return out;
    }

    /** genhtml from lcov (installed here, not on CI: skipped where absent) accepts the file without warnings. */
    @Test
    void genhtmlAcceptsTheFile(@TempDir Path html) throws IOException, InterruptedException {
        Optional<Path> genhtml = onPath("genhtml");
        Assumptions.assumeTrue(genhtml.isPresent(), "genhtml (Debian package lcov) is not installed: check skipped");
        Process p = new ProcessBuilder(genhtml.get().toString(), "--branch-coverage", "--function-coverage", "-o", html.toString(),
                info.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("Overall coverage rate"), out);
        assertTrue(!out.contains("WARNING") && !out.contains("ERROR"), out);
        assertTrue(Files.exists(html.resolve("index.html")), out);
    }

    static Optional<Path> onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path c = Path.of(d, tool);
            if (Files.isExecutable(c)) return Optional.of(c);
        }
        return Optional.empty();
    }

    static int lineOf(List<String> src, String text) {
        for (int i = 0; i < src.size(); i++) if (src.get(i).contains(text)) return i + 1;
        throw new AssertionError("no '" + text + "' in " + C_FILE);
    }

    /** The parts of one SF record the tests read. */
    static final class Rec {
        final Map<Integer, Long> da = new LinkedHashMap<>();
        final Map<String, Long> fnda = new LinkedHashMap<>();
        final Map<Integer, List<long[]>> brda = new TreeMap<>();
        long lf = -1;
        long lh = -1;
    }

    Rec record(Path source) throws IOException {
        Rec rec = null;
        for (String l : Files.readAllLines(info)) {
            if (l.startsWith("SF:")) rec = Path.of(l.substring(3)).equals(source.toAbsolutePath().normalize()) ? new Rec() : null;
            if (rec == null) continue;
            if (l.equals("end_of_record")) return rec;
            String[] kv = l.split(":", 2);
            String[] f = kv.length == 2 ? kv[1].split(",") : new String[0];
            switch (kv[0]) {
                case "DA" -> rec.da.put(Integer.parseInt(f[0]), Long.parseLong(f[1]));
                case "FNDA" -> rec.fnda.put(f[1], Long.parseLong(f[0]));
                case "BRDA" -> {
                    List<long[]> blocks = rec.brda.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>());
                    long v = f[3].equals("-") ? -1 : Long.parseLong(f[3]);
                    if (f[2].equals("0")) blocks.add(new long[] {v, 0});
                    else blocks.get(blocks.size() - 1)[1] = v;
                }
                case "LF" -> rec.lf = Long.parseLong(f[0]);
                case "LH" -> rec.lh = Long.parseLong(f[0]);
                default -> { }
            }
        }
        throw new AssertionError("no record for " + source + " in\n" + Files.readString(info));
    }
}
