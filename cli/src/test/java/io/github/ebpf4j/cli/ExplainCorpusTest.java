package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code ebpf4j verify --explain} on every program of the kernel-labelled verifier corpus that
 * the kernel rejects (testdata/verifier/corpus/expected.tsv, kernel-oracle verify on Linux 6.18),
 * with a small search budget: each one is explained without an error, whatever the program does
 * when run unverified (this found helpers that allocated 4 GiB for a size of -1).
 */
class ExplainCorpusTest extends CliTestBase {
    @Test
    void everyRejectedCorpusProgramIsExplained() throws IOException {
        Path dir = testdataPath("verifier", "corpus");
        // one command line for all runs: building picocli's model costs more than most verifications
        CommandLine cl = Ebpf4j.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int rejected = 0;
        int found = 0;
        List<String> bad = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"))) {
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            // the one program that runs into the 1M-instruction limit costs seconds and names no instruction
            if (!f[3].equals("reject") || Integer.parseInt(f[5]) > 100_000) continue;
            rejected++;
            List<String> args = new ArrayList<>(List.of("verify", "--explain", "--explain-runs", "4", "--format", "json",
                    "--type", f[1]));
            if (!f[2].equals("-")) {
                for (String m : f[2].split(",")) {
                    args.add("--map");
                    args.add(m);
                }
            }
            args.add(dir.resolve(f[0] + ".hex").toString());
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int rc = cl.execute(args.toArray(new String[0]));
            String o = out.toString();
            if (rc != 1 || !err.toString().isEmpty() || !o.contains("\"counterexample\":{")) {
                bad.add(f[0] + ": exit " + rc + " " + err + o);
            }
            if (o.contains("\"found\":true")) found++;
        }
        assertEquals(List.of(), bad);
        assertTrue(rejected >= 500, "corpus rejections: " + rejected);
        // 4 runs are enough for the many corpus programs that fault on any packet (NULL map values,
        // scalars used as pointers, unchecked packet reads); 1000 runs found 289 of 507
        System.out.println("ExplainCorpusTest: " + found + " counterexamples for " + rejected + " rejections");
        assertTrue(found >= 200, "counterexamples found: " + found);
    }
}
