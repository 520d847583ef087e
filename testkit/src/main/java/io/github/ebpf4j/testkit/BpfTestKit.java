package io.github.ebpf4j.testkit;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.vm.helpers.Helper;
import io.github.ebpf4j.vm.helpers.HelperId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point of the testkit: configures the simulated machine (CPUs, clock, random seed,
 * replaced helpers, coverage) and loads a clang-built object into it.
 *
 * <pre>{@code
 * TestObject fw = BpfTestKit.builder().cpus(2).load(Path.of("xdp_firewall.o"));
 * RunResult r = fw.program("xdp_firewall").run(PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 53).bytes());
 * BpfAssertions.assertThat(r).hasAction("XDP_PASS");
 * }</pre>
 *
 * <p>Each {@link #load} builds a fresh machine: maps start as the object defines them.
 */
public final class BpfTestKit {
    private int cpus = 1;
    private int cpu;
    private long seed = 0x5eed;
    private long clockStartNs = 1_000_000_000L;
    private boolean verify = true;
    private int traceTail = 16;
    private long budget = 10_000_000L;
    private Coverage coverage;
    private final Map<Integer, Helper> helpers = new LinkedHashMap<>();

    private BpfTestKit() {}

    /** @return a builder: 1 CPU, CPU 0, seed 0x5eed, clock at 1 s, verification on */
    public static BpfTestKit builder() {
        return new BpfTestKit();
    }

    /** @param n simulated CPUs (per-CPU maps hold n values) @return this */
    public BpfTestKit cpus(int n) { this.cpus = n; return this; }

    /** @param id the CPU programs run on ({@code bpf_get_smp_processor_id}) @return this */
    public BpfTestKit cpu(int id) { this.cpu = id; return this; }

    /** @param s seed of {@code bpf_get_prandom_u32} @return this */
    public BpfTestKit seed(long s) { this.seed = s; return this; }

    /** @param ns the clock's value ({@code bpf_ktime_get_ns}) until the test advances it @return this */
    public BpfTestKit clockNs(long ns) { this.clockStartNs = ns; return this; }

    /**
     * @param on whether the object's programs must pass ebpf4j's verifier when it is loaded, as
     *     the kernel's on {@code bpf_object__load()} (default true): a rejection fails the test with
     *     the verifier's message and the C line of the failing instruction. Turning it off lets a
     *     course show what an unverified program does. A program the verifier cannot judge yet
     *     (kfuncs, bpf_find_vma() or timer callbacks) loads unverified and is listed by {@link TestObject#unverified()}.
     * @return this
     */
    public BpfTestKit verify(boolean on) { this.verify = on; return this; }

    /** @param n instructions shown in failure messages (default 16) @return this */
    public BpfTestKit traceTail(int n) { this.traceTail = n; return this; }

    /** @param n instruction budget of one run (default 10 million) @return this */
    public BpfTestKit instructionBudget(long n) { this.budget = n; return this; }

    /** @param c where to count executed instructions and branches, or null @return this */
    public BpfTestKit coverage(Coverage c) { this.coverage = c; return this; }

    /**
     * Replaces a helper from the start (see also {@link TestObject#replaceHelper}).
     *
     * @param id helper
     * @param helper implementation: {@code (r1, r2, r3, r4, r5, ctx) -> r0}
     * @return this
     */
    public BpfTestKit helper(HelperId id, Helper helper) {
        helpers.put(id.id(), Objects.requireNonNull(helper));
        return this;
    }

    /**
     * @param file an object file
     * @return the object loaded into a fresh machine
     * @throws UncheckedIOException if it cannot be read
     * @throws io.github.ebpf4j.elf.ElfFormatException if it is not a BPF object ebpf4j can load
     */
    public TestObject load(Path file) {
        try {
            return new TestObject(BpfObject.load(file), settings());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param resource a class path resource name (e.g. {@code "xdp_firewall.o"}, or
     *     {@code "bpf/prog.o"}), looked up with the thread's context class loader
     * @return the object loaded into a fresh machine
     * @throws IllegalArgumentException if there is no such resource
     */
    public TestObject loadResource(String resource) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) cl = BpfTestKit.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no class path resource '" + resource + "'");
            return new TestObject(BpfObject.load(in.readAllBytes(), resource), settings());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }

    private TestObject.Settings settings() {
        return new TestObject.Settings(cpus, cpu, seed, clockStartNs, verify, traceTail, budget, coverage, Map.copyOf(helpers));
    }
}
