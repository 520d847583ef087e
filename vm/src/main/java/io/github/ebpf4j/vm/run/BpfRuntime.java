package io.github.ebpf4j.vm.run;

import io.github.ebpf4j.vm.Errno;
import io.github.ebpf4j.vm.helpers.Helper;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.helpers.HelperRegistry;
import io.github.ebpf4j.vm.helpers.KernelHelpers;
import io.github.ebpf4j.vm.interp.ExecutionListener;
import io.github.ebpf4j.vm.interp.Interpreter;
import io.github.ebpf4j.vm.interp.Memory;
import io.github.ebpf4j.vm.interp.Region;
import io.github.ebpf4j.vm.interp.RegionKind;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.ArrayMap;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapTable;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.maps.PerfEventArrayMap;
import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.prog.SkbBuff;
import io.github.ebpf4j.vm.prog.TcAction;
import io.github.ebpf4j.vm.prog.XdpAction;
import io.github.ebpf4j.vm.prog.XdpBuff;
import io.github.ebpf4j.vm.prog.XdpMd;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Runs BPF programs the way Linux's {@code BPF_PROG_TEST_RUN} does, without a kernel: maps that
 * live as long as the runtime (so a sequence of packets sees the state earlier ones left), programs
 * loaded by descriptor (tail calls through program arrays), the kernel's helpers by id
 * ({@link KernelHelpers}), XDP and skb contexts built by the kernel's rules, and a deterministic
 * environment: a fixed clock, a seeded random source, a chosen CPU, a simulated current task.
 *
 * <p>One runtime per thread (it owns an {@link Interpreter}). Build it with {@link #builder()}.
 */
public final class BpfRuntime {
    /** {@code MAX_TAIL_CALL_CNT}: tail calls one run may take. */
    public static final int MAX_TAIL_CALL_CNT = 33;
    /** First program descriptor handed out. */
    private static final int FIRST_PROG_FD = 100;

    /**
     * The simulated current task, for {@code bpf_get_current_*}.
     *
     * @param pid thread id (lower half of {@code get_current_pid_tgid})
     * @param tgid process id (upper half)
     * @param uid user id
     * @param gid group id
     * @param comm command name (at most 15 bytes used)
     * @param task value of {@code bpf_get_current_task()}
     */
    public record Task(int pid, int tgid, int uid, int gid, String comm, long task) {
        /** A task like a test process: pid/tgid 1000, root, comm "ebpf4j". */
        public static final Task DEFAULT = new Task(1000, 1000, 0, 0, "ebpf4j", 0xffff888000100000L);
    }

    /** Builds a {@link BpfRuntime}. */
    public static final class Builder {
        private int cpus = 1;
        private int cpu;
        private long seed = 0x5eed;
        private long clockStartNs = 1_000_000_000L;
        private long clockStepNs;
        private Task task = Task.DEFAULT;
        private final HelperRegistry.Builder overrides = HelperRegistry.builder();
        private long budget = Interpreter.Config.DEFAULT_BUDGET;
        private boolean perfReader = true;
        private ExecutionListener listener;
        private final TreeMap<Long, byte[]> probeMemory = new TreeMap<>();

        private Builder() {}

        /** @param n simulated CPUs (per-CPU maps, perf event arrays) @return this builder */
        public Builder cpus(int n) { this.cpus = n; return this; }

        /** @param id the CPU programs run on ({@code bpf_get_smp_processor_id}) @return this builder */
        public Builder cpu(int id) { this.cpu = id; return this; }

        /** @param s seed of {@code bpf_get_prandom_u32} and of hashes the kernel randomizes @return this builder */
        public Builder seed(long s) { this.seed = s; return this; }

        /**
         * @param startNs value of the clock ({@code bpf_ktime_get_ns} and friends) at the first read
         * @param stepNs how much the clock advances at each read (0: a frozen clock)
         * @return this builder
         */
        public Builder clock(long startNs, long stepNs) {
            this.clockStartNs = startNs;
            this.clockStepNs = stepNs;
            return this;
        }

        /** @param t the simulated current task @return this builder */
        public Builder task(Task t) { this.task = Objects.requireNonNull(t); return this; }

        /**
         * Replaces (or adds) a helper, e.g. to simulate a lookup miss or a full ring buffer.
         *
         * @param id helper id
         * @param helper implementation (null removes the helper: calls then fail)
         * @return this builder
         */
        public Builder helper(int id, Helper helper) { overrides.register(id, helper); return this; }

        /** @param id helper @param helper implementation @return this builder */
        public Builder helper(HelperId id, Helper helper) { return helper(id.id(), helper); }

        /** @param n instruction budget of one run @return this builder */
        public Builder instructionBudget(long n) { this.budget = n; return this; }

        /**
         * @param open whether perf event arrays have a reader on every CPU (as with libbpf's perf
         *     buffer; true by default); without one, {@code bpf_perf_event_output} fails with
         *     {@code -ENOENT} as in the kernel
         * @return this builder
         */
        public Builder perfReader(boolean open) { this.perfReader = open; return this; }

        /** @param l per-instruction observer (tracing), or null @return this builder */
        public Builder listener(ExecutionListener l) { this.listener = l; return this; }

        /**
         * Memory {@code bpf_probe_read_kernel/user} can read at a fixed address (as if it were
         * kernel or user memory of the traced task).
         *
         * @param address start address
         * @param bytes contents
         * @return this builder
         */
        public Builder probeMemory(long address, byte[] bytes) {
            probeMemory.put(address, bytes.clone());
            return this;
        }

        /** @return the runtime */
        public BpfRuntime build() { return new BpfRuntime(this); }
    }

    /** @return a builder: 1 CPU on CPU 0, clock frozen at 1 s, seed 0x5eed */
    public static Builder builder() {
        return new Builder();
    }

    private final int cpu;
    private final MapTable maps;
    private final Interpreter interp;
    private final Task task;
    private final boolean perfReader;
    private final SplittableRandom random;
    private final long seed;
    private long clockNs;
    private final long clockStepNs;
    private final TreeMap<Long, byte[]> probeMemory;
    private final List<ProgramHandle> programs = new ArrayList<>();
    private final Map<Region, BpfMap> mapByRegion = new IdentityHashMap<>();
    private final Map<BpfMap, Region> regionByMap = new IdentityHashMap<>();
    private List<BpfMap> resolving = List.of();

    private BpfRuntime(Builder b) {
        if (b.cpu < 0 || b.cpu >= b.cpus) throw new IllegalArgumentException("cpu " + b.cpu + " not in [0, " + b.cpus + ")");
        this.cpu = b.cpu;
        this.maps = new MapTable(b.cpus, (int) b.seed);
        this.task = b.task;
        this.perfReader = b.perfReader;
        this.random = new SplittableRandom(b.seed);
        this.seed = b.seed;
        this.clockNs = b.clockStartNs;
        this.clockStepNs = b.clockStepNs;
        this.probeMemory = new TreeMap<>(b.probeMemory);
        HelperRegistry helpers = KernelHelpers.registry().toBuilder().registerAll(b.overrides.build()).build();
        this.interp = Interpreter.builder().helpers(helpers).instructionBudget(b.budget).listener(b.listener)
                .resolver(this::resolve).build();
    }

    /** @return the maps of this runtime */
    public MapTable maps() { return maps; }

    /** @return the CPU programs run on */
    public int cpu() { return cpu; }

    /** @return the simulated current task */
    public Task task() { return task; }

    /** @return the interpreter's memory */
    public Memory memory() { return interp.memory(); }

    /** @return the seed */
    public long seed() { return seed; }

    /** @return the next value of the clock (advances by the configured step) */
    public long clockNs() {
        long now = clockNs;
        clockNs += clockStepNs;
        return now;
    }

    /**
     * Moves the clock forward, as time passing between two packets: the next read returns the
     * current value plus {@code ns}.
     *
     * @param ns nanoseconds to add (not negative: the kernel's clocks are monotonic)
     * @throws IllegalArgumentException if ns is negative
     */
    public void advanceClock(long ns) {
        if (ns < 0) throw new IllegalArgumentException("clock cannot go back (" + ns + " ns)");
        clockNs = Math.addExact(clockNs, ns);
    }

    /** @return the value the clock's next read returns, without reading it */
    public long peekClockNs() { return clockNs; }

    /** @return the next pseudo-random u32 */
    public int nextRandom() { return random.nextInt(); }

    /**
     * @param address start of a read
     * @param len length
     * @return the bytes at that address of the probe memory given to the builder, or null
     */
    public byte[] probeRead(long address, int len) {
        Map.Entry<Long, byte[]> e = probeMemory.floorEntry(address);
        if (e == null || len < 0) return null;
        long off = address - e.getKey();
        if (off < 0 || off + len > e.getValue().length) return null;
        byte[] out = new byte[len];
        System.arraycopy(e.getValue(), (int) off, out, 0, len);
        return out;
    }

    /**
     * Creates a map the way libbpf does for an object's map ({@link MapTable#createLikeLibbpf}); a
     * perf event array gets readers on every CPU unless the builder said otherwise.
     *
     * @param spec the map
     * @return the map
     */
    public BpfMap createMap(MapSpec spec) {
        BpfMap m = maps.createLikeLibbpf(spec);
        if (perfReader && m instanceof PerfEventArrayMap p) p.openAllCpus();
        return m;
    }

    /**
     * Loads a program: checks and prepares it (resolving its map references) and gives it a
     * descriptor.
     *
     * @param name program name
     * @param type program type
     * @param program instructions
     * @param programMaps maps its {@code ld_imm64} references name by index
     * @return the handle
     * @throws VmFault if an instruction cannot run or a map reference is out of range
     */
    public ProgramHandle load(String name, ProgramType type, Program program, List<BpfMap> programMaps) {
        ProgramHandle h = new ProgramHandle(name, type, program, programMaps, FIRST_PROG_FD + programs.size());
        resolving = h.maps();
        interp.load(program);
        programs.add(h);
        return h;
    }

    /** @param fd descriptor @return the program, or null */
    public ProgramHandle program(long fd) {
        long i = fd - FIRST_PROG_FD;
        return i >= 0 && i < programs.size() ? programs.get((int) i) : null;
    }

    /** @return the loaded programs */
    public List<ProgramHandle> programs() { return List.copyOf(programs); }

    /** Continues the current run in another program (used by {@code bpf_tail_call}). */
    void prepareTailCall(ProgramHandle target) {
        resolving = target.maps();
    }

    // ------------------------------------------------------------------ map pointers

    /** @param map a map @return the value programs hold as a pointer to it */
    public long mapPointer(BpfMap map) {
        Region r = regionByMap.get(map);
        if (r == null) {
            r = interp.memory().map(RegionKind.OTHER, "map(" + map.name() + ")", new byte[0], false);
            regionByMap.put(map, r);
            mapByRegion.put(r, map);
        }
        return r.address();
    }

    /** @param address a pointer value @return the map it points to, or null */
    public BpfMap mapAt(long address) {
        Region r = interp.memory().regionOf(address);
        return r == null ? null : mapByRegion.get(r);
    }

    private long resolve(int pc, int pseudo, int imm, int nextImm) {
        if (imm < 0 || imm >= resolving.size()) {
            throw new VmFault(VmFault.Kind.INVALID_INSN, "ld_imm64 refers to map " + imm + " but the program has "
                    + resolving.size() + " maps");
        }
        BpfMap m = resolving.get(imm);
        switch (pseudo) {
            case Bpf.BPF_PSEUDO_MAP_FD, Bpf.BPF_PSEUDO_MAP_IDX:
                return mapPointer(m);
            case Bpf.BPF_PSEUDO_MAP_VALUE, Bpf.BPF_PSEUDO_MAP_IDX_VALUE: {
                if (!(m instanceof ArrayMap a) || m.type() != MapType.ARRAY) {
                    throw new VmFault(VmFault.Kind.INVALID_INSN, "direct value access to map '" + m.name()
                            + "', which is not an array");
                }
                if (nextImm < 0 || nextImm >= m.valueSize()) {
                    throw new VmFault(VmFault.Kind.INVALID_INSN, "direct value offset " + nextImm + " outside map '"
                            + m.name() + "' (value size " + m.valueSize() + ")");
                }
                byte[] v = a.valueAt(0, 0);
                Region r = interp.memory().regionOf(v);
                if (r == null) {
                    r = interp.memory().map(m.readOnlyForProgram() ? RegionKind.READ_ONLY_DATA : RegionKind.MAP_VALUE,
                            m.name(), v, !m.readOnlyForProgram());
                }
                return r.address() + nextImm;
            }
            default:
                throw new VmFault(VmFault.Kind.INVALID_INSN, "ld_imm64 pseudo source " + pseudo + " is not supported");
        }
    }

    // ------------------------------------------------------------------ test run

    /**
     * {@code BPF_PROG_TEST_RUN}: builds the context from the input by the kernel's rules, runs the
     * program {@code repeat} times on it, and reports the last run.
     *
     * @param prog a program of this runtime
     * @param in packet, context, repeat
     * @return the result
     * @throws TestRunException if the kernel would refuse the input
     * @throws VmFault if the program faults (where the kernel's verifier would have refused it)
     */
    public TestRunResult testRun(ProgramHandle prog, TestRunInput in) {
        byte[] data = in.data();
        byte[] ctx = in.ctx();
        Memory mem = interp.memory();
        XdpBuff xdp = null;
        SkbBuff skb = null;
        Region genericCtx = null;
        long ctxAddr;
        switch (prog.type()) {
            case XDP -> {
                xdp = xdpBuff(data, ctx);
                ctxAddr = xdp.map(mem);
            }
            case SOCKET_FILTER, SCHED_CLS, SCHED_ACT, CGROUP_SKB, LWT_IN, LWT_OUT, LWT_XMIT -> {
                if (data.length < SkbBuff.ETH_HLEN || data.length > SkbBuff.MAX_DATA) {
                    throw new TestRunException(-Errno.EINVAL, "packet of " + data.length + " bytes: skb test runs take "
                            + SkbBuff.ETH_HLEN + " to " + SkbBuff.MAX_DATA);
                }
                skb = new SkbBuff(prog.type(), data);
                // the kernel pulls the IPv4/IPv6 header it fills the test socket from
                int l3 = data.length - SkbBuff.ETH_HLEN;
                if ((skb.protocol() == 0x0800 && l3 < 20) || (skb.protocol() == 0x86dd && l3 < 40)) {
                    throw new TestRunException(-Errno.EINVAL, "packet too short for its " + (skb.protocol() == 0x0800
                            ? "IPv4" : "IPv6") + " header");
                }
                if (ctx != null) {
                    if (ctx.length > io.github.ebpf4j.vm.prog.SkBuff.SIZE) checkTailZero(ctx, io.github.ebpf4j.vm.prog.SkBuff.SIZE);
                    int err = skb.applyCtx(ctx);
                    if (err != 0) throw new TestRunException(err, "__sk_buff context refused (convert___skb_to_skb)");
                }
                ctxAddr = skb.map(mem);
            }
            default -> {
                byte[] c = ctx == null ? new byte[0] : ctx;
                genericCtx = mem.map(RegionKind.CONTEXT, "ctx", c, prog.type() == ProgramType.SYSCALL);
                ctxAddr = c.length == 0 ? 0 : genericCtx.address();
            }
        }
        RunContext rc = new RunContext(this, prog, mem, xdp, skb, ctxAddr);
        long r0 = 0;
        long total = 0;
        try {
            for (int i = 0; i < in.repeat(); i++) {
                rc.startRepetition();
                resolving = prog.maps();
                r0 = interp.runWith(prog.program(), rc, ctxAddr);
                total += interp.instructionsExecuted();
            }
        } finally {
            rc.close();
            if (xdp != null) xdp.unmap(mem);
            if (skb != null) skb.unmap(mem);
            if (genericCtx != null) mem.unmap(genericCtx);
        }
        long retval = r0 & 0xffffffffL;
        String action = switch (prog.type()) {
            case XDP -> {
                XdpAction a = XdpAction.of(retval);
                yield a == null ? null : a.name();
            }
            case SCHED_CLS, SCHED_ACT -> {
                TcAction a = TcAction.of(retval);
                yield a == null ? null : a.name();
            }
            default -> null;
        };
        byte[] dataOut;
        byte[] ctxOut = null;
        if (xdp != null) {
            dataOut = xdp.dataOut();
            if (ctx != null) ctxOut = xdpCtxOut(xdp, ctx);
        } else if (skb != null) {
            dataOut = skb.dataOut();
            if (ctx != null) ctxOut = skb.ctxOut();
        } else {
            dataOut = new byte[0];
            if (ctx != null && prog.type() == ProgramType.SYSCALL) ctxOut = ctx;
        }
        return new TestRunResult(retval, action, dataOut, ctxOut, rc.trace, rc.redirect, rc.events,
                interp.instructionsExecuted(), total);
    }

    private static void checkTailZero(byte[] ctx, int size) {
        for (int i = size; i < ctx.length; i++) {
            if (ctx[i] != 0) throw new TestRunException(-Errno.E2BIG, "context longer than " + size + " bytes with non-zero tail");
        }
    }

    private static int u32(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }

    /** {@code bpf_prog_test_run_xdp()} and {@code xdp_convert_md_to_buff()}. */
    private XdpBuff xdpBuff(byte[] data, byte[] ctx) {
        if (data.length < SkbBuff.ETH_HLEN) {
            throw new TestRunException(-Errno.EINVAL, "packet of " + data.length + " bytes: XDP test runs take at least 14");
        }
        int meta = 0;
        int linearEnd = data.length;
        int ingress = 1;
        int rxq = 0;
        if (ctx != null) {
            if (ctx.length > XdpMd.SIZE) checkTailZero(ctx, XdpMd.SIZE);
            byte[] c = java.util.Arrays.copyOf(ctx, XdpMd.SIZE);
            int cData = u32(c, XdpMd.DATA);
            int cEnd = u32(c, XdpMd.DATA_END);
            if (u32(c, XdpMd.DATA_META) != 0 || Integer.compareUnsigned(cEnd, data.length) > 0
                    || Integer.compareUnsigned(cData, cEnd) > 0 || (cData & 3) != 0 || cData > 252) {
                throw new TestRunException(-Errno.EINVAL, "xdp_md context: data " + cData + ", data_end " + cEnd
                        + ", data_meta must be 0, metadata a multiple of 4");
            }
            if (u32(c, XdpMd.EGRESS_IFINDEX) != 0) throw new TestRunException(-Errno.EINVAL, "xdp_md egress_ifindex must be 0");
            int in = u32(c, XdpMd.INGRESS_IFINDEX);
            int q = u32(c, XdpMd.RX_QUEUE_INDEX);
            if (in == 0 && q != 0) throw new TestRunException(-Errno.EINVAL, "rx_queue_index without ingress_ifindex");
            if (in != 0) {
                if (in != 1) throw new TestRunException(-Errno.ENODEV, "no device with ifindex " + in + " (only lo, 1)");
                if (q != 0) throw new TestRunException(-Errno.EINVAL, "lo has one rx queue");
            }
            meta = cData;
            linearEnd = cEnd;
            rxq = q;
        }
        int linear = Math.min(linearEnd, XdpBuff.MAX_LINEAR + meta) - meta;
        if (linear < SkbBuff.ETH_HLEN && ctx == null) throw new TestRunException(-Errno.EINVAL, "packet too short");
        return new XdpBuff(data, meta, Math.max(linear, 0), ingress, rxq);
    }

    /** {@code xdp_convert_buff_to_md()}: data and data_end relative to data_meta; the interface as given. */
    private static byte[] xdpCtxOut(XdpBuff x, byte[] ctxIn) {
        byte[] in = java.util.Arrays.copyOf(ctxIn, XdpMd.SIZE);
        byte[] c = new byte[XdpMd.SIZE];
        put32(c, XdpMd.DATA, x.metaLen());
        put32(c, XdpMd.DATA_END, x.metaLen() + x.linearLen());
        put32(c, XdpMd.INGRESS_IFINDEX, u32(in, XdpMd.INGRESS_IFINDEX));
        put32(c, XdpMd.RX_QUEUE_INDEX, u32(in, XdpMd.RX_QUEUE_INDEX));
        return c;
    }

    private static void put32(byte[] b, int o, int v) {
        b[o] = (byte) v;
        b[o + 1] = (byte) (v >>> 8);
        b[o + 2] = (byte) (v >>> 16);
        b[o + 3] = (byte) (v >>> 24);
    }
}
