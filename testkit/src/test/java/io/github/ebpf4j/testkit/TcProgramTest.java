package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.vm.prog.TcAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** testdata/src/tc_globals.c (a TC classifier over global data) tested through the testkit. */
class TcProgramTest {
    static final Path ROOT = Path.of(System.getProperty("ebpf4j.root", ".."));
    TestObject tc;

    @BeforeEach
    void load() {
        tc = BpfTestKit.builder().load(ROOT.resolve("testdata/obj/tc_globals.o"));
    }

    /**
     * The kernel's run, recorded in testdata/obj/tc_globals.maps.json ({@code kernel-oracle elf
     * tc_globals.o --program tc_ingress --run --data-hex <64 zero bytes> --dump-maps --json}):
     * retval 4294967295, .bss and .data as the kernel dumped them.
     */
    @Test
    void sixtyFourZeroBytesAsTheKernelRanThem() throws IOException {
        String facts = Files.readString(ROOT.resolve("testdata/obj/tc_globals.maps.json"));
        RunResult r = tc.program("tc_ingress").run(new byte[64]);
        assertThat(r).returned(Long.parseLong(field(facts, "\"retval\": (\\d+)"))).hasAction(TcAction.TC_ACT_UNSPEC);
        assertThat(tc.map(".bss")).containsEntry(Bytes.u32(0), Bytes.hex(field(facts, "\"tc_globa.bss\": \\[\\s*\\[\\s*\"00000000\",\\s*\"([0-9a-f]+)\"")));
        assertThat(tc.map(".data")).containsEntry(Bytes.u32(0), Bytes.hex(field(facts, "\"tc_globa.data\": \\[\\s*\\[\\s*\"00000000\",\\s*\"([0-9a-f]+)\"")));
    }

    private static String field(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) throw new AssertionError("no " + regex + " in the facts");
        return m.group(1);
    }

    @Test
    void shortPacketsAreShotLongOnesPass() {
        TestProgram p = tc.program("tc_ingress");
        assertThat(p.run(PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).bytes())).hasAction(TcAction.TC_ACT_SHOT);
        assertThat(p.run(PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).padTo(64).bytes())).hasAction(TcAction.TC_ACT_OK);
        // 14 + 40 + 8 = 62 bytes: below min_len (64) even though it is IPv6
        assertThat(p.run(PacketBuilder.ethernet().ipv6("2001:db8::1", "2001:db8::2").udp(1, 2).bytes())).hasAction(TcAction.TC_ACT_SHOT);
        assertThat(p.run(PacketBuilder.ethernet().ipv6("2001:db8::1", "2001:db8::2").udp(1, 2).payload("xy").bytes()))
                .hasAction(TcAction.TC_ACT_OK);
        assertThat(p.run(PacketBuilder.ethernet().arpRequest("02:00:00:00:00:01", "10.0.0.1", "10.0.0.2").padTo(64).bytes()))
                .hasAction(TcAction.TC_ACT_UNSPEC);
        // .bss: packets_seen (u64) then bytes_seen (u64)
        assertThat(tc.map(".bss")).containsEntry(Bytes.u32(0), Bytes.concat(Bytes.u64(5), Bytes.u64(42 + 64 + 62 + 64 + 64)));
    }

    @Test
    void everySixteenthPacketIsSampledWithBpfPrintk() {
        TestProgram p = tc.program("tc_ingress");
        byte[] pkt = PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).padTo(64).bytes();
        for (int i = 1; i < 16; i++) assertEquals(0, p.run(pkt).traceOutput().size(), "packet " + i);
        assertThat(p.run(pkt)).printed("tcprog: sampled packet on 1");
    }

    @Test
    void egressProgramOfATcxSection() {
        TestProgram e = tc.program("tc_egress");
        assertThat(e.run(PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).bytes())).hasAction(TcAction.TC_ACT_SHOT);
        assertThat(e.run(PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).padTo(100).bytes())).hasAction(TcAction.TC_ACT_OK);
    }
}
