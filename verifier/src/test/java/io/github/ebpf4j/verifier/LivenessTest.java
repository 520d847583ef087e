package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The registers live before each instruction, as our level-2 log prints them ("Live regs before
 * insn:"), against the kernel's table for the same corpus program (corpus/live-regs.tsv, recorded
 * by testdata/verifier/tools/live_regs.py with kernel-oracle at log level 2). State pruning
 * compares only live registers, so these tables decide where paths are cut.
 */
class LivenessTest {
    /** Cases whose table differs for a stated reason. */
    private static final Set<String> KNOWN = Set.of(
            "helper_id_211"); // bpf_cgrp_storage_delete: no prototype here, so a call reads all of r1-r5

    @Test
    void liveRegistersAreTheKernels() throws IOException {
        Path tsv = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "verifier", "corpus", "live-regs.tsv");
        Map<String, String> kernel = new HashMap<>();
        for (String l : Files.readAllLines(tsv)) {
            if (l.startsWith("#") || l.isBlank()) continue;
            String[] f = l.split("\t");
            kernel.put(f[0], f[1]);
        }
        int compared = 0;
        List<String> wrong = new ArrayList<>();
        for (KernelCorpus.Case c : KernelCorpus.load()) {
            String k = kernel.get(c.name());
            if (k == null) continue;
            String ours = table(Verifier.verify(c.program(), c.options().withLogLevel(2)).log());
            compared++;
            if (!ours.equals(k) && !KNOWN.contains(c.name())) wrong.add(c.name() + ":\n  kernel " + k + "\n  ours   " + ours);
        }
        System.out.println("live registers: " + compared + " corpus programs compared with the kernel's table, "
                + wrong.size() + " differ");
        assertTrue(compared >= 700, "compared " + compared);
        assertEquals(List.of(), wrong);
    }

    private static String table(String log) {
        int i = log.indexOf("Live regs before insn:\n");
        if (i < 0) return "";
        StringBuilder b = new StringBuilder();
        for (String line : log.substring(i + "Live regs before insn:\n".length()).split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+): ([0-9.]{10}) .*").matcher(line);
            if (!m.matches()) break;
            b.append(m.group(1)).append(':').append(m.group(2)).append(';');
        }
        return b.toString();
    }
}
