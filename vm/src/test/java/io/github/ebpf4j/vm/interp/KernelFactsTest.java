package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against the Linux kernel: every program of {@code testdata/kernel/alu} gives
 * the r0 (and retval) the kernel gave; the kernel-oracle command of each is in expected.txt.
 */
class KernelFactsTest {
    @TestFactory
    Stream<DynamicTest> matchesTheKernel() {
        List<KernelFacts.Fact> facts = KernelFacts.load();
        assertTrue(facts.size() >= 80, "expected the recorded kernel facts, found " + facts.size());
        Interpreter vm = Interpreter.builder().instructionBudget(10_000).build();
        return facts.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            byte[] pkt = new byte[16];
            long r0 = KernelFacts.run(vm, f, pkt);
            String src = " (kernel: " + f.command() + ")";
            assertEquals(f.retval(), r0 & 0xffff_ffffL, "retval" + src);
            if (f.r0() != null) {
                long stored = ByteBuffer.wrap(pkt).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
                assertEquals(f.r0().longValue(), stored, "64-bit r0 stored in the packet" + src);
                assertEquals(f.r0().longValue(), r0, "r0" + src);
            }
        }));
    }
}
