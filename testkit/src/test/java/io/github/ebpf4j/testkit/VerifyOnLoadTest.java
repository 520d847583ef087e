package io.github.ebpf4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Loading verifies first, as the kernel does. testdata/testkit/obj/unchecked_packet.kernel.txt
 * holds the kernel's verdict ({@code kernel-oracle elf unchecked_packet.o}); the testkit's
 * failure carries the same instruction and message, and the C line of that instruction.
 */
class VerifyOnLoadTest {
    @Test
    void aRejectedProgramFailsTheTestWithTheVerifiersMessageAndSourceLine() throws IOException {
        String kernel = Files.readAllLines(Path.of(System.getProperty("ebpf4j.root", ".."), "testdata/testkit/obj/unchecked_packet.kernel.txt")).get(1);
        // "REJECT unchecked_packet (xdp): insn 1: R1 offset is outside of the packet"
        String verdict = kernel.substring(kernel.indexOf("): ") + 3);
        AssertionError e = assertThrows(AssertionError.class, () -> BpfTestKit.builder().loadResource("unchecked_packet.o"));
        String m = e.getMessage();
        assertTrue(m.contains("program unchecked_packet (xdp): " + verdict), m);
        assertTrue(m.contains("at ./src/unchecked_packet.c:17: if (ip->protocol == 17)"), m);
    }

    /**
     * The objects the other tests use load with verification on: ebpf4j's verifier accepts their
     * programs, bpf-to-bpf calls and loops.o's bpf_loop() callback included (the kernel accepts
     * them too: testdata/obj/*.kernel.txt), so none loads unverified.
     */
    @Test
    void theObjectsTheTestsUseLoadWithVerificationOn() {
        Map<String, Map<String, String>> unverified = new TreeMap<>();
        for (String o : new String[] {"xdp_firewall.o", "tc_globals.o", "rate_limiter.o", "xdp_lb.o", "xdp_router.o", "loops.o"}) {
            Map<String, String> u = BpfTestKit.builder().loadResource(o).unverified();
            if (!u.isEmpty()) unverified.put(o, new TreeMap<>(u));
        }
        assertEquals(Map.of(), unverified);
    }
}
