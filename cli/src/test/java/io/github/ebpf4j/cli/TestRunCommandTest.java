package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ebpf4j run} in test-run mode: packets, contexts, maps, pcap replay, JSON. */
class TestRunCommandTest extends CliTestBase {
    @TempDir
    Path tmp;


    private static Path testdata(String file) {
        return testdataPath(file);
    }

    static final String PKT = "000000000002000000000001" + "0800"
            + "45000024000100004011000c0a000001c0a80002003500350010000068656c6c6f21";

    @Test
    void rawProgramWithMapsLikeKernelOracle() {
        // testdata/runtime/cases/xdp_adjust_head.expected, case off_m14: the kernel returns 0 and
        // prepends 14 zero bytes
        int rc = run("run", testdata("runtime/cases/xdp_adjust_head.s").toString(), "--type", "xdp",
                "--map", "array:4:8:3", "--map-set", "0:00000000:f2ffffffffffffff", "--data-hex", PKT, "--dump-maps");
        assertEquals(0, rc, err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("retval 0 (XDP_ABORTED)", lines[0]);
        assertEquals("data_out " + "00".repeat(14) + PKT, lines[1]);
        assertTrue(out.toString().contains("map 0 map0: 00000000=f2ffffffffffffff"), out.toString());
    }

    @Test
    void objectFileWithJson() {
        int rc = run("run", testdata("obj/xdp_firewall.o").toString(), "--program", "xdp_firewall", "--data-hex", PKT,
                "--map-set", "blocked_ports:3500:0100000000000000", "--json", "--dump-maps");
        assertEquals(0, rc, err.toString());
        String json = out.toString();
        // testdata/runtime/elfcases/xdp_firewall.expected, case blocked_port: XDP_DROP
        assertTrue(json.contains("\"retval\": 1"), json);
        assertTrue(json.contains("\"action\": \"XDP_DROP\""), json);
        assertTrue(json.contains("\"name\": \"verdicts\""), json);
    }

    @Test
    void pcapReplayKeepsStateAndWritesPassedPackets() throws Exception {
        byte[] pass = HexFormat.of().parseHex(PKT);
        byte[] blocked = HexFormat.of().parseHex(PKT.replace("0a000001", "c0a80005"));
        Path in = tmp.resolve("in.pcap");
        Path outPcap = tmp.resolve("out.pcap");
        Pcap.write(in, List.of(pass, blocked, pass));
        int rc = run("run", testdata("obj/xdp_firewall.o").toString(), "--program", "xdp_firewall", "--pcap", in.toString(),
                "--map-set", "blocked_prefixes:18000000c0a80000:01000000", "--pcap-out", outPcap.toString(), "--dump-maps");
        assertEquals(0, rc, err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("3 packets, "), text);
        assertTrue(text.contains("XDP_PASS                 2"), text);
        assertTrue(text.contains("XDP_DROP                 1"), text);
        // the per-CPU verdict counters saw all three packets: 2 passed, 1 dropped by prefix
        assertTrue(text.contains("00000000=0200000000000000, 01000000=0100000000000000"), text);
        List<byte[]> written = Pcap.read(outPcap);
        assertEquals(2, written.size());
        assertEquals(PKT, HexFormat.of().formatHex(written.get(0)));
    }

    @Test
    void refusedInputIsOneLineWithTheErrno() {
        int rc = run("run", testdata("runtime/cases/xdp_ctx.s").toString(), "--type", "xdp", "--data-hex", "0011");
        assertNotEquals(0, rc);
        assertTrue(err.toString().contains("-EINVAL"), err.toString());
        assertTrue(err.toString().lines().count() <= 2, err.toString());
    }

    @Test
    void badPcapNamesTheOffset() throws Exception {
        Path bad = tmp.resolve("bad.pcap");
        Files.write(bad, new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 99, 0, 0, 0, 99, 0, 0, 0});
        int rc = run("run", testdata("runtime/cases/xdp_ctx.s").toString(), "--type", "xdp", "--pcap", bad.toString());
        assertNotEquals(0, rc);
        assertTrue(err.toString().contains("at byte 40: packet of 99 bytes runs past the end of the file"), err.toString());
    }
}
