package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.vm.prog.XdpAction;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The coverage extension as a user registers it: the tests of this class add up into
 * target/bpf-coverage/io.github.ebpf4j.testkit.CoverageExtensionTest.info (on
 * testdata/src/rate_limiter.c), written after the last test; {@code genhtml} renders it.
 */
class CoverageExtensionTest {
    @RegisterExtension
    static final BpfCoverageExtension COVERAGE = new BpfCoverageExtension(Path.of("target/bpf-coverage"),
            Path.of(System.getProperty("ebpf4j.root", "..")).resolve("testdata"));

    static final byte[] PKT = PacketBuilder.ethernet().ipv4("192.0.2.1", "198.51.100.7").udp(1000, 53).bytes();

    @Test
    void burst() {
        TestProgram p = COVERAGE.builder().loadResource("rate_limiter.o").program("rate_limit");
        for (int i = 0; i < 3; i++) assertThat(p.run(PKT)).hasAction(XdpAction.XDP_PASS);
        assertThat(p.run(PKT)).hasAction(XdpAction.XDP_DROP);
    }

    @Test
    void refill() {
        TestObject rl = COVERAGE.builder().loadResource("rate_limiter.o");
        TestProgram p = rl.program("rate_limit");
        for (int i = 0; i < 4; i++) p.run(PKT);
        rl.advanceClock(Duration.ofSeconds(1));
        assertThat(p.run(PKT)).hasAction(XdpAction.XDP_PASS);
    }

    @Test
    void nonIpv4(Coverage injected) {
        assertSame(COVERAGE.coverage(), injected);
        TestProgram p = BpfTestKit.builder().coverage(injected).loadResource("rate_limiter.o").program("rate_limit");
        assertThat(p.run(PacketBuilder.ethernet().ipv6("::1", "::2").udp(1, 2).bytes())).hasAction(XdpAction.XDP_PASS);
        assertTrue(injected.programs().get(0).hits()[0] >= 1);
    }
}
