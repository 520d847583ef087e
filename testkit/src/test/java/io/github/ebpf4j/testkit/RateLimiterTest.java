package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.vm.pcap.CapturedPacket;
import io.github.ebpf4j.vm.pcap.Captures;
import io.github.ebpf4j.vm.Errno;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.prog.XdpAction;
import io.github.ebpf4j.vm.run.TestRunInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * testdata/src/rate_limiter.c (token bucket per source: burst 3, 2 packets per second) over
 * sequences of packets with a clock the test advances. Expected verdicts follow from the C
 * source's arithmetic; the burst behaviour is also the kernel's (testdata/obj/rate_limiter.run.txt).
 */
class RateLimiterTest {
    static final Path ROOT = Path.of(System.getProperty("ebpf4j.root", ".."));
    static final byte[] FROM_A = PacketBuilder.ethernet().ipv4("192.0.2.1", "198.51.100.7").udp(1000, 53).bytes();
    static final byte[] FROM_B = PacketBuilder.ethernet().ipv4("192.0.2.2", "198.51.100.7").udp(1000, 53).bytes();

    TestObject rl;
    TestProgram prog;

    @BeforeEach
    void load() {
        rl = BpfTestKit.builder().clockNs(1_000_000_000L).loadResource("rate_limiter.o");
        prog = rl.program("rate_limit");
    }

    @Test
    void burstThenOnePacketPerHalfSecond() {
        for (int i = 0; i < 3; i++) assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_PASS);
        RunResult dropped = prog.run(FROM_A);
        // struct drop_event { __u32 saddr; __u32 tokens; __u64 time_ns; }
        assertThat(dropped).hasAction(XdpAction.XDP_DROP).hasEvents(1)
                .hasEvent("drops", Bytes.concat(Bytes.ipv4("192.0.2.1"), Bytes.u32(0), Bytes.u64(1_000_000_000L)));
        rl.advanceClock(Duration.ofMillis(499));
        assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_DROP);
        rl.advanceClock(Duration.ofMillis(1));
        assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_PASS);
        assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_DROP);
        assertThat(prog.run(FROM_B)).hasAction(XdpAction.XDP_PASS); // another source has its own bucket

        rl.advanceClock(Duration.ofSeconds(10)); // 20 tokens earned, capped at the burst of 3
        for (int i = 0; i < 3; i++) assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_PASS);
        assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_DROP);

        assertThat(rl.map("stats")).hasCounter(Bytes.u32(0), 3 + 1 + 1 + 3).hasCounter(Bytes.u32(1), 1 + 1 + 1 + 1);
        assertThat(rl.map("buckets")).hasSize(2).containsKey(Bytes.ipv4("192.0.2.2")).doesNotContainKey(Bytes.ipv4("192.0.2.3"));
    }

    /** testdata/obj/rate_limiter.run.txt: the kernel ran the same packet 5 times (--repeat 5). */
    @Test
    void fiveRepeatsAsTheKernelRanThem() throws IOException {
        List<String> facts = Files.readAllLines(ROOT.resolve("testdata/obj/rate_limiter.run.txt"));
        String cmd = facts.get(0);
        byte[] pkt = Bytes.hex(cmd.substring(cmd.indexOf("--data-hex ") + 11).split(" ")[0]);
        // the same packet as the builder makes with UDP checksum 0 (testdata/packets/packets.txt: udp_no_checksum)
        assertEquals(Bytes.toHex(PacketBuilder.ethernet().ipv4("192.0.2.1", "198.51.100.7").udp(1000, 53)
                .checksum(io.github.ebpf4j.testkit.packet.Checksum.of(0)).bytes()), Bytes.toHex(pkt));
        RunResult r = prog.run(TestRunInput.packet(pkt).withRepeat(5));
        long kernelRetval = Long.parseLong(line(facts, "retval ").substring(7));
        assertThat(r).returned(kernelRetval).hasAction(XdpAction.XDP_DROP);
        // "map stats: 00000000=0300000000000000, 01000000=0200000000000000"
        for (String kv : line(facts, "map stats: ").substring(11).split(", ")) {
            String[] p = kv.split("=");
            assertThat(rl.map("stats")).containsEntry(Bytes.hex(p[0]), Bytes.hex(p[1]));
        }
        // the bucket's tokens (its second u64) as the kernel left them; last_ns is the kernel's clock
        String bucket = line(facts, "map buckets: ").substring(13).split("=")[1];
        assertEquals(bucket.substring(16), Bytes.toHex(rl.map("buckets").get(Bytes.ipv4("192.0.2.1")).orElseThrow()).substring(16));
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no " + prefix));
    }

    @Test
    void aFullBucketTableAbortsNewSources() {
        rl.replaceHelper(HelperId.MAP_UPDATE_ELEM, (r1, r2, r3, r4, r5, ctx) -> -Errno.E2BIG);
        assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_ABORTED);
        assertThat(rl.map("buckets")).hasSize(0);
    }

    @Test
    void aRingBufferThatRefusesStillDrops() {
        rl.replaceHelper(HelperId.RINGBUF_OUTPUT, (r1, r2, r3, r4, r5, ctx) -> -Errno.EAGAIN);
        for (int i = 0; i < 3; i++) prog.run(FROM_A);
        assertThat(prog.run(FROM_A)).hasAction(XdpAction.XDP_DROP).hasEvents(0);
    }

    @Test
    void replayOfACaptureFollowsItsTimestamps(@TempDir Path dir) throws IOException {
        long[] ms = {0, 100, 200, 300, 800, 900};
        List<CapturedPacket> capture = new ArrayList<>();
        for (long t : ms) capture.add(CapturedPacket.of(1_700_000_000_000_000_000L + t * 1_000_000L, FROM_A));
        Path in = dir.resolve("in.pcapng");
        Captures.writePcapNg(in, capture);

        Replay replay = prog.replay(in);
        // t=0,100,200: burst; 300: empty; 800: one token (refill at +500 ms); 900: empty again
        assertEquals(List.of(Verdict.PASSED, Verdict.PASSED, Verdict.PASSED, Verdict.DROPPED, Verdict.PASSED, Verdict.DROPPED),
                List.of(replay.verdict(0), replay.verdict(1), replay.verdict(2), replay.verdict(3), replay.verdict(4), replay.verdict(5)));
        assertEquals(Map.of(Verdict.PASSED, 4, Verdict.DROPPED, 2, Verdict.TRANSMITTED, 0, Verdict.REDIRECTED, 0), replay.summary());

        Path passed = dir.resolve("passed.pcap");
        replay.write(passed, Verdict.PASSED);
        List<CapturedPacket> back = Captures.read(passed);
        assertEquals(4, back.size());
        assertEquals(capture.get(4).timestampNs(), back.get(3).timestampNs()); // microseconds survive pcap
        assertEquals(Bytes.toHex(FROM_A), Bytes.toHex(back.get(3).data()));
    }
}
