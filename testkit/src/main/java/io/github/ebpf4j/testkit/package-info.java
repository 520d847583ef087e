/**
 * Unit-test XDP and TC programs from JUnit 5, without a kernel: load a clang-built object
 * ({@link io.github.ebpf4j.testkit.BpfTestKit}), put entries into its maps
 * ({@link io.github.ebpf4j.testkit.TestMap}), run a program on packets
 * ({@link io.github.ebpf4j.testkit.TestProgram}) and assert in eBPF terms
 * ({@link io.github.ebpf4j.testkit.BpfAssertions}); failure messages show the exit taken with its C
 * source line and the tail of the instruction trace. {@link io.github.ebpf4j.testkit.Coverage}
 * writes what the tests executed as an LCOV tracefile on the C source.
 */
package io.github.ebpf4j.testkit;
