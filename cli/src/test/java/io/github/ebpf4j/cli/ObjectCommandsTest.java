package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code inspect}, {@code disasm} and {@code run} on BPF object files, checked against the facts
 * recorded next to the objects: kernel-oracle's program list, bpftool's BTF type count and
 * llvm-objdump-19's instruction text and source lines (testdata/obj/*.txt, see testdata/facts.sh).
 */
class ObjectCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = Ebpf4j.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path obj(String name) {
        return Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj", name);
    }

    private static List<String> facts(String name) throws IOException {
        return Files.readAllLines(obj(name));
    }

    @Test
    void inspectJsonListsTheKernelsProgramsAndBpftoolsTypeCount() throws IOException {
        assertEquals(0, run("inspect", "--json", obj("tracing.o").toString()), err.toString());
        String json = out.toString();
        // kernel-oracle elf tracing.o (testdata/obj/tracing.kernel.txt)
        for (String l : facts("tracing.kernel.txt")) {
            Matcher m = Pattern.compile("^(ACCEPT|REJECT|LOAD_ERROR) (\\S+) \\((.*)\\):.*").matcher(l);
            if (m.matches()) {
                assertTrue(json.contains("\"name\": \"" + m.group(2) + "\",\n      \"section\": \"" + m.group(3) + "\""), l);
            }
        }
        // bpftool btf dump file tracing.o: the last line "[N] ..." gives the type count
        int last = 0;
        for (String l : facts("tracing.btf.txt")) {
            Matcher m = Pattern.compile("^\\[(\\d+)\\] .*").matcher(l);
            if (m.matches()) last = Integer.parseInt(m.group(1));
        }
        assertTrue(json.contains("\"types\": " + last + ","), json);
        assertTrue(json.contains("\"name\": \"LINUX_KERNEL_VERSION\""));
        assertTrue(json.contains("\"kind\": \"ksym\""));
    }

    @Test
    void inspectTextShowsMapsWithTheirAttributes() {
        assertEquals(0, run("inspect", obj("xdp_firewall.o").toString()), err.toString());
        String text = out.toString();
        // bpftool btf dump: blocked_prefixes is LPM_TRIE (11), key struct lpm_v4_key (8 bytes), value __u32,
        // max_entries 1024, map_flags 1
        assertTrue(text.matches("(?s).*blocked_prefixes +type LPM_TRIE +key +8 +value +4 +max_entries +1024 +flags 0x1.*"), text);
        assertTrue(text.contains("xdp_count_only"));
    }

    @Test
    void disasmOfAnObjectMatchesLlvmObjdump() throws IOException {
        assertEquals(0, run("disasm", obj("tc_globals.o").toString(), "--program", "tc_ingress"), err.toString());
        List<String> ours = List.of(out.toString().split("\n"));
        // llvm-objdump-19 -d -r tc_globals.o, section tc: instructions without relocations print the same text
        List<String> od = new ArrayList<>();
        boolean inTc = false;
        for (String l : facts("tc_globals.objdump.txt")) {
            if (l.startsWith("Disassembly of section ")) inTc = l.equals("Disassembly of section tc:");
            if (inTc) od.add(l);
        }
        int compared = 0;
        for (int i = 0; i < od.size(); i++) {
            Matcher m = Pattern.compile("^\\s*(\\d+):\\t(?:[0-9a-f]{2} ?)+\\t(.*)$").matcher(od.get(i));
            if (!m.matches()) continue;
            boolean relocated = i + 1 < od.size() && od.get(i + 1).contains("R_BPF_");
            if (relocated || m.group(2).startsWith("call")) continue;
            String want = String.format("%8d:\t%s", Integer.parseInt(m.group(1)), strip(m.group(2)));
            assertTrue(ours.stream().anyMatch(o -> strip(o).equals(want)), want);
            compared++;
        }
        assertTrue(compared > 20);
        // llvm-objdump-19 -S: the source line above the first instructions of the sampled branch
        assertTrue(ours.contains("; \t\tbpf_printk(\"%s: sampled packet on %u\", tag, skb->ifindex);"), out.toString());
        assertTrue(out.toString().contains("# map .bss+0"));
        assertTrue(out.toString().contains("<classify_len>:"));
    }

    private static String strip(String s) {
        return s.replaceAll(" <[^>]*>", "").replaceAll(" # .*$", "");
    }

    @Test
    void disasmFailsClearlyOnADamagedObject(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.o");
        Files.write(bad, java.util.Arrays.copyOf(Files.readAllBytes(obj("loops.o")), 100));
        assertEquals(1, run("disasm", bad.toString()));
        assertEquals("error: " + bad + ": offset 0x28: section header table at 0x" + Long.toHexString(
                java.nio.ByteBuffer.wrap(Files.readAllBytes(obj("loops.o"))).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong(0x28))
                + " lies outside the file (100 bytes)\n", err.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void runAProgramFromAnObject() {
        // loop_tc's main function reads skb->len (offset 0 of the memory) but calls store(), which
        // updates a map: without a runtime that is a clear error, not a crash
        assertEquals(1, run("run", obj("loops.o").toString(), "--program", "loop_tc", "--mem-hex", "10 00 00 00"));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertEquals(1, run("run", obj("loops.o").toString()));
        assertTrue(err.toString().contains("2 programs (loop_xdp, loop_tc): choose one with --program NAME"));
    }
}
