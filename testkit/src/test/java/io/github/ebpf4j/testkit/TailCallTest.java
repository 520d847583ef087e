package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.vm.prog.XdpAction;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * testdata/runtime/src/rt_tailcall.c through the testkit: the program array is filled from the
 * object's {@code .values} initialiser as libbpf fills it, and tail calls go through the
 * testkit's helper table. Kernel facts: testdata/runtime/elfcases/rt_tailcall.expected
 * (slot 1: 1 + 33 runs, {@code .bss} hops = 0x22; slot 0 empty and slot 9 out of range: 1 run).
 */
class TailCallTest {
    TestObject o;

    @BeforeEach
    void load() {
        o = BpfTestKit.builder().load(Path.of(System.getProperty("ebpf4j.root", ".."), "testdata/runtime/obj/rt_tailcall.o"));
    }

    RunResult runWithSlot(int slot) {
        o.map("param").put(Bytes.u32(0), Bytes.u32(slot));
        return o.program("chain").run(PacketBuilder.ethernet().ipv4("10.0.0.1", "192.168.0.2").udp(53, 53).payload("hello!").bytes());
    }

    @Test
    void selfTailCallStopsAtTheKernelsLimit() {
        assertThat(runWithSlot(1)).hasAction(XdpAction.XDP_PASS);
        assertThat(o.map(".bss")).containsEntry(Bytes.u32(0), Bytes.u64(0x22));
    }

    @Test
    void emptyAndOutOfRangeSlotsFallThrough() {
        assertThat(runWithSlot(0)).hasAction(XdpAction.XDP_PASS);
        assertThat(runWithSlot(9)).hasAction(XdpAction.XDP_PASS);
        assertThat(o.map(".bss")).containsEntry(Bytes.u32(0), Bytes.u64(2));
    }
}
