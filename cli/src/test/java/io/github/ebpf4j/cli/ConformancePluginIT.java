package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.asm.ConformanceAssembler;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts {@code ./ebpf4j-conformance-plugin} the way the bpf_conformance runner does (README of the
 * shared conformance folder, "Plugin protocol"): executed directly, memory as first argument in the
 * form {@code "aa  bb  11  "}, the program as one hex line on stdin, r0 expected in hex on stdout.
 * Needs the shaded jar, so it runs in {@code verify} (failsafe), after {@code package}.
 */
class ConformancePluginIT {
    record Result(int exit, String stdout, String stderr) {}

    private static Path plugin() {
        Path p = Path.of(System.getProperty("ebpf4j.root", "..")).resolve("ebpf4j-conformance-plugin");
        assertTrue(Files.isExecutable(p), p + " must exist and be executable");
        return p;
    }

    /** The runner's byte format: two lowercase hex digits followed by two spaces, per byte. */
    private static String runnerHex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) b.append(String.format("%02x  ", x & 0xff));
        return b.toString();
    }

    private static Result run(String asm, byte[] memory) throws IOException, InterruptedException {
        Program p = ConformanceAssembler.assemble(asm);
        List<String> cmd = new ArrayList<>(List.of(plugin().toString()));
        if (memory != null) cmd.add(runnerHex(memory));
        Process proc = new ProcessBuilder(cmd).start();
        proc.getOutputStream().write((runnerHex(p.toBytes()) + "\n").getBytes(StandardCharsets.US_ASCII));
        proc.getOutputStream().close();
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "plugin did not finish");
        return new Result(proc.exitValue(),
                new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void printsR0InHexAndPassesMemoryInR1AndItsLengthInR2() throws Exception {
        // expected values: the suite's convention, r2 = length and r1 = the memory (mem-len.data, ldxb.data)
        Result r = run("ldxb %r0, [%r1+2]\nlsh %r0, 8\nadd %r0, %r2\nexit", new byte[] {(byte) 0xaa, (byte) 0xbb, 0x11});
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("1103\n", r.stdout());
    }

    @Test
    void withoutMemoryR1IsZeroAndAllSixtyFourBitsArePrinted() throws Exception {
        Result r = run("mov %r0, %r1\nsub %r0, 1\nexit", null);
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("ffffffffffffffff\n", r.stdout());
    }

    @Test
    void callxCallsHelperFiveThroughARegister() throws Exception {
        // callx.data of the suite: result 0x2
        Result r = run("mov %r1, -1\nmov %r2, 5\ncall %r2\nmov %r0, 2\nexit", null);
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("2\n", r.stdout());
    }

    @Test
    void aFaultExitsNonZeroWithTheMessage() throws Exception {
        Result r = run("mov %r1, 0\nldxw %r0, [%r1+0]\nexit", null);
        assertNotEquals(0, r.exit());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("pc 1 (r0 = *(u32 *)(r1 + 0x0)): null pointer"), r.stderr());
    }
}
