package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest extends CliTestBase {
    @TempDir
    Path tmp;


    private static Path testdata(String file) {
        return testdataPath(file);
    }

    @Test
    void runsTheShippedSumLoop() {
        // the kernel returns 55 for this program: testdata/asm/sum_loop.kernel.txt
        assertEquals(0, run("run", testdata("asm/sum_loop.s").toString()), err.toString());
        assertEquals("r0 = 55 (0x37)\n", out.toString());
    }

    @Test
    void traceShowsEachInstructionAndTheRegistersItChanged() {
        assertEquals(0, run("run", "--trace", testdata("asm/sum_loop.s").toString()), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("   0: r0 = 0x0", lines[0].stripTrailing(), "r0 was already 0: nothing changed");
        // text padded to 44 columns, then "; " and the changed registers
        assertEquals(String.format("%-44s ; r1 = 0x1", "   1: r1 = 0x1"), lines[1]);
        assertEquals(String.format("%-44s ; r0 = 0x1", "   2: r0 += r1"), lines[2]);
        assertEquals("   4: if r1 <= 0xa goto -0x3 <.text+0x10>", lines[4].stripTrailing());
        assertEquals("   5: exit", lines[lines.length - 3]);
        assertEquals("r0 = 55 (0x37)", lines[lines.length - 2]);
        assertEquals("33 instructions executed", lines[lines.length - 1]);
    }

    @Test
    void memHexIsPassedInR1AndR2() throws Exception {
        Path p = tmp.resolve("m.s");
        Files.writeString(p, "r0 = *(u8 *)(r1 + 1)\nr0 += r2\nexit\n");
        assertEquals(0, run("run", p.toString(), "--mem-hex", "01 02 03"), err.toString());
        assertEquals("r0 = 5 (0x5)\n", out.toString());
    }

    @Test
    void faultsAreOneLineWithFileAndPc() throws Exception {
        Path p = tmp.resolve("bad.s");
        Files.writeString(p, "r1 = 0\nr0 = *(u64 *)(r1 + 8)\nexit\n");
        assertEquals(1, run("run", p.toString()));
        assertEquals("error: " + p + ": pc 1 (r0 = *(u64 *)(r1 + 0x8)): null pointer: load of 8 bytes at 0x8\n",
                err.toString());
    }

    @Test
    void budgetIsAnOption() throws Exception {
        Path p = tmp.resolve("loop.s");
        Files.writeString(p, "l:\ngoto l\nexit\n");
        assertEquals(1, run("run", "--max-insns", "1000", p.toString()));
        assertTrue(err.toString().contains("instruction budget of 1000 exhausted"), err.toString());
    }

    @Test
    void conformancePluginSubcommandReadsStdin() {
        InputStream in = System.in;
        PrintStream sysErr = System.err;
        try {
            // mov r0, 7 ; exit
            System.setIn(new ByteArrayInputStream("b7  00  00  00  07  00  00  00  95  00  00  00  00  00  00  00  \n"
                    .getBytes(StandardCharsets.US_ASCII)));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, run("conformance-plugin"), err.toString());
            assertEquals("7\n", out.toString());
        } finally {
            System.setIn(in);
            System.setErr(sysErr);
        }
    }

    @Test
    void conformancePluginReadsTheRunnersElfObjects() throws Exception {
        // testdata/asm/plugin_main.o: .text with global function main: r0 = r2 + 40 (r2 = memory length)
        byte[] obj = Files.readAllBytes(testdata("asm/plugin_main.o"));
        StringBuilder hex = new StringBuilder();
        for (byte b : obj) hex.append(String.format("%02x  ", b & 0xff));
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream((hex + "\n").getBytes(StandardCharsets.US_ASCII)));
            assertEquals(0, run("conformance-plugin", "01  02  ", "--elf"), err.toString());
            assertEquals("2a\n", out.toString());
        } finally {
            System.setIn(in);
        }
    }
}
