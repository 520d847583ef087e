package io.github.ebpf4j.vm.interp;

import static io.github.ebpf4j.vm.interp.AluSemantics.*;

import io.github.ebpf4j.vm.helpers.Helper;
import io.github.ebpf4j.vm.helpers.HelperContext;
import io.github.ebpf4j.vm.helpers.HelperRegistry;
import io.github.ebpf4j.vm.interp.VmFault.Kind;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Program;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Runs eBPF programs: r0 to r10, a 512-byte stack per frame, bpf-to-bpf calls up to
 * {@link Bpf#MAX_CALL_FRAMES} frames (r6 to r9 preserved, r10 per frame), {@code callx}, helpers
 * from a per-instance {@link HelperRegistry}, legacy LD ABS/IND against the {@link Memory}'s legacy
 * packet the way the kernel does it (out of bounds: the program returns 0), and an instruction
 * budget. Every abnormal end is a {@link VmFault} carrying pc, instruction text and reason.
 *
 * <p>The budget counts executed instructions (an {@code ld_imm64} counts once; callbacks count);
 * the thread's interrupt flag is checked every 65,536 instructions. Both end the run with a fault.
 *
 * <p>One instance per thread: it owns its {@link #memory()} and its stacks; there is no static
 * mutable state. Configuration is the immutable {@link Config}. A program is checked and prepared
 * once ({@link LoadedProgram}) and cached per {@link Program} instance.
 *
 * <p>Semantics: RFC 9669; values of every ALU operation come from {@link AluSemantics}.
 */
public final class Interpreter {

    /**
     * The interpreter's configuration.
     *
     * @param helpers helpers the program may call
     * @param instructionBudget most instructions one run may execute (callbacks included)
     * @param listener per-instruction observer, or null
     * @param resolver resolves map and BTF {@code ld_imm64}s, or null when programs have none
     */
    public record Config(HelperRegistry helpers, long instructionBudget, ExecutionListener listener,
            PseudoResolver resolver) {
        /** Default budget: large enough for real programs, small enough to stop a runaway loop in seconds. */
        public static final long DEFAULT_BUDGET = 100_000_000L;

        /** Checks the values. */
        public Config {
            Objects.requireNonNull(helpers, "helpers");
            if (instructionBudget <= 0) throw new IllegalArgumentException("instruction budget must be positive");
        }
    }

    /** Builds an {@link Interpreter}. */
    public static final class Builder {
        private HelperRegistry helpers = HelperRegistry.empty();
        private long budget = Config.DEFAULT_BUDGET;
        private ExecutionListener listener;
        private PseudoResolver resolver;

        private Builder() {}

        /** @param helpers the helper registry @return this builder */
        public Builder helpers(HelperRegistry helpers) { this.helpers = helpers; return this; }

        /** @param budget most instructions per run @return this builder */
        public Builder instructionBudget(long budget) { this.budget = budget; return this; }

        /** @param listener per-instruction observer, or null @return this builder */
        public Builder listener(ExecutionListener listener) { this.listener = listener; return this; }

        /** @param resolver resolves pseudo ld_imm64s, or null @return this builder */
        public Builder resolver(PseudoResolver resolver) { this.resolver = resolver; return this; }

        /** @return the configuration */
        public Config config() { return new Config(helpers, budget, listener, resolver); }

        /** @return a new interpreter */
        public Interpreter build() { return new Interpreter(config()); }
    }

    /** @return a builder with no helpers and the default budget */
    public static Builder builder() {
        return new Builder();
    }

    private static final int MAX_FRAMES = Bpf.MAX_CALL_FRAMES;
    private static final long LOW32 = 0xffff_ffffL;
    /** Kernel's SKF_NET_OFF and SKF_LL_OFF (include/uapi/linux/filter.h). */
    private static final int SKF_NET_OFF = -0x100000, SKF_LL_OFF = -0x200000;

    private final Config config;
    private final HelperRegistry helpers;
    private final ExecutionListener listener;
    private final Memory memory = new Memory();
    private final Region[] stacks = new Region[MAX_FRAMES];
    private final long[] regs = new long[Bpf.REG_COUNT];
    /** r6..r9 of the caller of frame d+1, at [4d, 4d+4). */
    private final long[] saved = new long[4 * MAX_FRAMES];
    private final int[] returnPc = new int[MAX_FRAMES];
    private final LoadedProgram[] frameProgram = new LoadedProgram[MAX_FRAMES];
    private final Map<Program, LoadedProgram> loaded = new IdentityHashMap<>();
    private final Context context = new Context();

    private LoadedProgram current;
    private int depth;
    private long budget;
    private long startBudget;
    private Object attachment;
    private int callPc;
    private LoadedProgram pendingTailCall;

    private Interpreter(Config config) {
        this.config = config;
        this.helpers = config.helpers();
        this.listener = config.listener();
        for (int i = 0; i < MAX_FRAMES; i++) {
            stacks[i] = memory.map(RegionKind.STACK, i == 0 ? "fp" : "fp#" + i, new byte[Bpf.STACK_SIZE], true);
        }
    }

    /** @return the configuration */
    public Config config() { return config; }

    /** @return this interpreter's address space, where a runtime maps context, packet and map values */
    public Memory memory() { return memory; }

    /** @return r0 to r10 as the last run left them (a copy) */
    public long[] registers() { return regs.clone(); }

    /** @return instructions executed by the last run (callbacks included) */
    public long instructionsExecuted() { return Math.min(startBudget - budget, startBudget); }

    /**
     * Checks and prepares a program now (it is otherwise done by the first run), so a bad program
     * faults before anything runs.
     *
     * @param program the program
     * @throws VmFault naming the first instruction that cannot run
     */
    public void load(Program program) {
        loaded(program);
    }

    private LoadedProgram loaded(Program program) {
        LoadedProgram p = loaded.get(program);
        if (p == null) {
            if (loaded.size() >= 64) loaded.clear();
            p = LoadedProgram.load(program, config.resolver());
            loaded.put(program, p);
        }
        return p;
    }

    /**
     * Runs a program with arguments in r1 to r5 (others zero, r10 the top of a zeroed stack).
     *
     * @param program the program
     * @param args up to five values for r1 to r5
     * @return r0 at exit
     * @throws VmFault on any fault
     */
    public long run(Program program, long... args) {
        return runWith(program, null, args);
    }

    /**
     * Runs a program; helpers see {@code attachment} through {@link HelperContext#attachment()}.
     *
     * @param program the program
     * @param attachment the runtime's per-run state, or null
     * @param args up to five values for r1 to r5
     * @return r0 at exit
     * @throws VmFault on any fault
     */
    public long runWith(Program program, Object attachment, long... args) {
        Objects.requireNonNull(program, "program");
        if (args.length > 5) throw new IllegalArgumentException("at most 5 arguments (r1 to r5)");
        LoadedProgram p = loaded(program);
        Arrays.fill(regs, 0);
        System.arraycopy(args, 0, regs, 1, args.length);
        Arrays.fill(stacks[0].array, (byte) 0);
        regs[Bpf.FP] = stacks[0].address(Bpf.STACK_SIZE);
        this.attachment = attachment;
        this.depth = 0;
        this.current = p;
        this.pendingTailCall = null;
        this.budget = config.instructionBudget();
        this.startBudget = budget;
        try {
            long r0 = interpret(0, 0);
            if (listener != null) listener.onExit(r0);
            return r0;
        } finally {
            this.attachment = null;
        }
    }

    /**
     * Runs a program the way the conformance suite and uBPF do: r1 = address of {@code mem}
     * (mapped writable for the run; 0 when null or empty), r2 = its length.
     *
     * @param program the program
     * @param mem the memory, modified in place
     * @return r0 at exit
     * @throws VmFault on any fault
     */
    public long runWithMemory(Program program, byte[] mem) {
        if (mem == null || mem.length == 0) return run(program, 0L, 0L);
        Region r = memory.map(RegionKind.CALLER, "mem", mem, true);
        try {
            return run(program, r.address(), mem.length);
        } finally {
            memory.unmap(r);
        }
    }

    // ------------------------------------------------------------------ the hot loop

    private static final int
            ADD64_IMM = 0x07, ADD64_REG = 0x0f, SUB64_IMM = 0x17, SUB64_REG = 0x1f,
            MUL64_IMM = 0x27, MUL64_REG = 0x2f, DIV64_IMM = 0x37, DIV64_REG = 0x3f,
            OR64_IMM = 0x47, OR64_REG = 0x4f, AND64_IMM = 0x57, AND64_REG = 0x5f,
            LSH64_IMM = 0x67, LSH64_REG = 0x6f, RSH64_IMM = 0x77, RSH64_REG = 0x7f,
            NEG64 = 0x87, NEG64_X = 0x8f, MOD64_IMM = 0x97, MOD64_REG = 0x9f, XOR64_IMM = 0xa7, XOR64_REG = 0xaf,
            MOV64_IMM = 0xb7, MOV64_REG = 0xbf, ARSH64_IMM = 0xc7, ARSH64_REG = 0xcf, BSWAP = 0xd7,
            ADD32_IMM = 0x04, ADD32_REG = 0x0c, SUB32_IMM = 0x14, SUB32_REG = 0x1c,
            MUL32_IMM = 0x24, MUL32_REG = 0x2c, DIV32_IMM = 0x34, DIV32_REG = 0x3c,
            OR32_IMM = 0x44, OR32_REG = 0x4c, AND32_IMM = 0x54, AND32_REG = 0x5c,
            LSH32_IMM = 0x64, LSH32_REG = 0x6c, RSH32_IMM = 0x74, RSH32_REG = 0x7c,
            NEG32 = 0x84, NEG32_X = 0x8c, MOD32_IMM = 0x94, MOD32_REG = 0x9c, XOR32_IMM = 0xa4, XOR32_REG = 0xac,
            MOV32_IMM = 0xb4, MOV32_REG = 0xbc, ARSH32_IMM = 0xc4, ARSH32_REG = 0xcc,
            TO_LE = 0xd4, TO_BE = 0xdc,
            JA = 0x05, JEQ_IMM = 0x15, JEQ_REG = 0x1d, JGT_IMM = 0x25, JGT_REG = 0x2d,
            JGE_IMM = 0x35, JGE_REG = 0x3d, JSET_IMM = 0x45, JSET_REG = 0x4d, JNE_IMM = 0x55, JNE_REG = 0x5d,
            JSGT_IMM = 0x65, JSGT_REG = 0x6d, JSGE_IMM = 0x75, JSGE_REG = 0x7d, CALL = 0x85, CALLX = 0x8d,
            EXIT = 0x95, JLT_IMM = 0xa5, JLT_REG = 0xad, JLE_IMM = 0xb5, JLE_REG = 0xbd,
            JSLT_IMM = 0xc5, JSLT_REG = 0xcd, JSLE_IMM = 0xd5, JSLE_REG = 0xdd,
            JA32 = 0x06, JEQ32_IMM = 0x16, JEQ32_REG = 0x1e, JGT32_IMM = 0x26, JGT32_REG = 0x2e,
            JGE32_IMM = 0x36, JGE32_REG = 0x3e, JSET32_IMM = 0x46, JSET32_REG = 0x4e,
            JNE32_IMM = 0x56, JNE32_REG = 0x5e, JSGT32_IMM = 0x66, JSGT32_REG = 0x6e,
            JSGE32_IMM = 0x76, JSGE32_REG = 0x7e, JLT32_IMM = 0xa6, JLT32_REG = 0xae,
            JLE32_IMM = 0xb6, JLE32_REG = 0xbe, JSLT32_IMM = 0xc6, JSLT32_REG = 0xce,
            JSLE32_IMM = 0xd6, JSLE32_REG = 0xde,
            LDXW = 0x61, LDXH = 0x69, LDXB = 0x71, LDXDW = 0x79, LDXSW = 0x81, LDXSH = 0x89, LDXSB = 0x91,
            STW = 0x62, STH = 0x6a, STB = 0x72, STDW = 0x7a, STXW = 0x63, STXH = 0x6b, STXB = 0x73, STXDW = 0x7b,
            ATOMIC32 = 0xc3, ATOMIC64 = 0xdb, LDDW = 0x18,
            LDABSW = 0x20, LDABSH = 0x28, LDABSB = 0x30, LDINDW = 0x40, LDINDH = 0x48, LDINDB = 0x50;

    /**
     * Executes from {@code pc} in the current frame until the frame {@code base} returns. Kept
     * small (under HotSpot's 8000-byte HugeMethodLimit) so it gets compiled: common arms are one
     * line, the rest delegate.
     */
    private long interpret(int startPc, int base) {
        final Memory mem = memory;
        final long[] r = regs;
        final ExecutionListener listener = this.listener;
        long[] code = current.code;
        long left = budget;
        long mark = Math.max(left - 65536, 0);
        int pc = startPc;
        try {
            for (;;) {
                if (--left < mark) mark = checkpoint(left);
                final long ins = code[pc];
                if (listener != null) listener.onInstruction(current.program, pc, depth, r);
                final int dst = (int) (ins >>> 8) & 0xf;
                final int src = (int) (ins >>> 12) & 0xf;
                final long k = ins >> 32;
                switch ((int) ins & 0xff) {
                    case ADD64_IMM: r[dst] += k; break;
                    case ADD64_REG: r[dst] += r[src]; break;
                    case SUB64_IMM: r[dst] -= k; break;
                    case SUB64_REG: r[dst] -= r[src]; break;
                    case MUL64_IMM: r[dst] *= k; break;
                    case MUL64_REG: r[dst] *= r[src]; break;
                    case DIV64_IMM: r[dst] = div(ins, r[dst], k, true); break;
                    case DIV64_REG: r[dst] = div(ins, r[dst], r[src], true); break;
                    case OR64_IMM: r[dst] |= k; break;
                    case OR64_REG: r[dst] |= r[src]; break;
                    case AND64_IMM: r[dst] &= k; break;
                    case AND64_REG: r[dst] &= r[src]; break;
                    case LSH64_IMM: r[dst] <<= k; break;
                    case LSH64_REG: r[dst] <<= r[src]; break;
                    case RSH64_IMM: r[dst] >>>= k; break;
                    case RSH64_REG: r[dst] >>>= r[src]; break;
                    case NEG64: case NEG64_X: r[dst] = -r[dst]; break; // X: reserved bit, read leniently
                    case MOD64_IMM: r[dst] = mod(ins, r[dst], k, true); break;
                    case MOD64_REG: r[dst] = mod(ins, r[dst], r[src], true); break;
                    case XOR64_IMM: r[dst] ^= k; break;
                    case XOR64_REG: r[dst] ^= r[src]; break;
                    case MOV64_IMM: r[dst] = k; break;
                    case MOV64_REG: r[dst] = mov(ins, r[src], true); break;
                    case ARSH64_IMM: r[dst] >>= k; break;
                    case ARSH64_REG: r[dst] >>= r[src]; break;
                    case BSWAP: r[dst] = bswap(r[dst], (int) k); break;
                    case ADD32_IMM: r[dst] = (int) r[dst] + (int) k & LOW32; break;
                    case ADD32_REG: r[dst] = (int) r[dst] + (int) r[src] & LOW32; break;
                    case SUB32_IMM: r[dst] = (int) r[dst] - (int) k & LOW32; break;
                    case SUB32_REG: r[dst] = (int) r[dst] - (int) r[src] & LOW32; break;
                    case MUL32_IMM: r[dst] = (int) r[dst] * (int) k & LOW32; break;
                    case MUL32_REG: r[dst] = (int) r[dst] * (int) r[src] & LOW32; break;
                    case DIV32_IMM: r[dst] = div(ins, r[dst], k, false); break;
                    case DIV32_REG: r[dst] = div(ins, r[dst], r[src], false); break;
                    case OR32_IMM: r[dst] = (r[dst] | k) & LOW32; break;
                    case OR32_REG: r[dst] = (r[dst] | r[src]) & LOW32; break;
                    case AND32_IMM: r[dst] = r[dst] & k & LOW32; break;
                    case AND32_REG: r[dst] = r[dst] & r[src] & LOW32; break;
                    case LSH32_IMM: r[dst] = (int) r[dst] << k & LOW32; break;
                    case LSH32_REG: r[dst] = (int) r[dst] << r[src] & LOW32; break;
                    case RSH32_IMM: r[dst] = (int) r[dst] >>> k & LOW32; break;
                    case RSH32_REG: r[dst] = (int) r[dst] >>> r[src] & LOW32; break;
                    case NEG32: case NEG32_X: r[dst] = -(int) r[dst] & LOW32; break;
                    case MOD32_IMM: r[dst] = mod(ins, r[dst], k, false); break;
                    case MOD32_REG: r[dst] = mod(ins, r[dst], r[src], false); break;
                    case XOR32_IMM: r[dst] = (r[dst] ^ k) & LOW32; break;
                    case XOR32_REG: r[dst] = (r[dst] ^ r[src]) & LOW32; break;
                    case MOV32_IMM: r[dst] = k & LOW32; break;
                    case MOV32_REG: r[dst] = mov(ins, r[src], false); break;
                    case ARSH32_IMM: r[dst] = (int) r[dst] >> k & LOW32; break;
                    case ARSH32_REG: r[dst] = (int) r[dst] >> r[src] & LOW32; break;
                    case TO_LE: r[dst] = toLe(r[dst], (int) k); break;
                    case TO_BE: r[dst] = toBe(r[dst], (int) k); break;

                    case JA: pc += (short) (ins >>> 16); break;
                    case JEQ_IMM: if (r[dst] == k) pc += (short) (ins >>> 16); break;
                    case JEQ_REG: if (r[dst] == r[src]) pc += (short) (ins >>> 16); break;
                    case JGT_IMM: if (Long.compareUnsigned(r[dst], k) > 0) pc += (short) (ins >>> 16); break;
                    case JGT_REG: if (Long.compareUnsigned(r[dst], r[src]) > 0) pc += (short) (ins >>> 16); break;
                    case JGE_IMM: if (Long.compareUnsigned(r[dst], k) >= 0) pc += (short) (ins >>> 16); break;
                    case JGE_REG: if (Long.compareUnsigned(r[dst], r[src]) >= 0) pc += (short) (ins >>> 16); break;
                    case JSET_IMM: if ((r[dst] & k) != 0) pc += (short) (ins >>> 16); break;
                    case JSET_REG: if ((r[dst] & r[src]) != 0) pc += (short) (ins >>> 16); break;
                    case JNE_IMM: if (r[dst] != k) pc += (short) (ins >>> 16); break;
                    case JNE_REG: if (r[dst] != r[src]) pc += (short) (ins >>> 16); break;
                    case JSGT_IMM: if (r[dst] > k) pc += (short) (ins >>> 16); break;
                    case JSGT_REG: if (r[dst] > r[src]) pc += (short) (ins >>> 16); break;
                    case JSGE_IMM: if (r[dst] >= k) pc += (short) (ins >>> 16); break;
                    case JSGE_REG: if (r[dst] >= r[src]) pc += (short) (ins >>> 16); break;
                    case JLT_IMM: if (Long.compareUnsigned(r[dst], k) < 0) pc += (short) (ins >>> 16); break;
                    case JLT_REG: if (Long.compareUnsigned(r[dst], r[src]) < 0) pc += (short) (ins >>> 16); break;
                    case JLE_IMM: if (Long.compareUnsigned(r[dst], k) <= 0) pc += (short) (ins >>> 16); break;
                    case JLE_REG: if (Long.compareUnsigned(r[dst], r[src]) <= 0) pc += (short) (ins >>> 16); break;
                    case JSLT_IMM: if (r[dst] < k) pc += (short) (ins >>> 16); break;
                    case JSLT_REG: if (r[dst] < r[src]) pc += (short) (ins >>> 16); break;
                    case JSLE_IMM: if (r[dst] <= k) pc += (short) (ins >>> 16); break;
                    case JSLE_REG: if (r[dst] <= r[src]) pc += (short) (ins >>> 16); break;

                    case JA32: pc += (int) k; break;
                    case JEQ32_IMM: if ((int) r[dst] == (int) k) pc += (short) (ins >>> 16); break;
                    case JEQ32_REG: if ((int) r[dst] == (int) r[src]) pc += (short) (ins >>> 16); break;
                    case JGT32_IMM: if (Integer.compareUnsigned((int) r[dst], (int) k) > 0) pc += (short) (ins >>> 16); break;
                    case JGT32_REG: if (Integer.compareUnsigned((int) r[dst], (int) r[src]) > 0) pc += (short) (ins >>> 16); break;
                    case JGE32_IMM: if (Integer.compareUnsigned((int) r[dst], (int) k) >= 0) pc += (short) (ins >>> 16); break;
                    case JGE32_REG: if (Integer.compareUnsigned((int) r[dst], (int) r[src]) >= 0) pc += (short) (ins >>> 16); break;
                    case JSET32_IMM: if (((int) r[dst] & (int) k) != 0) pc += (short) (ins >>> 16); break;
                    case JSET32_REG: if (((int) r[dst] & (int) r[src]) != 0) pc += (short) (ins >>> 16); break;
                    case JNE32_IMM: if ((int) r[dst] != (int) k) pc += (short) (ins >>> 16); break;
                    case JNE32_REG: if ((int) r[dst] != (int) r[src]) pc += (short) (ins >>> 16); break;
                    case JSGT32_IMM: if ((int) r[dst] > (int) k) pc += (short) (ins >>> 16); break;
                    case JSGT32_REG: if ((int) r[dst] > (int) r[src]) pc += (short) (ins >>> 16); break;
                    case JSGE32_IMM: if ((int) r[dst] >= (int) k) pc += (short) (ins >>> 16); break;
                    case JSGE32_REG: if ((int) r[dst] >= (int) r[src]) pc += (short) (ins >>> 16); break;
                    case JLT32_IMM: if (Integer.compareUnsigned((int) r[dst], (int) k) < 0) pc += (short) (ins >>> 16); break;
                    case JLT32_REG: if (Integer.compareUnsigned((int) r[dst], (int) r[src]) < 0) pc += (short) (ins >>> 16); break;
                    case JLE32_IMM: if (Integer.compareUnsigned((int) r[dst], (int) k) <= 0) pc += (short) (ins >>> 16); break;
                    case JLE32_REG: if (Integer.compareUnsigned((int) r[dst], (int) r[src]) <= 0) pc += (short) (ins >>> 16); break;
                    case JSLT32_IMM: if ((int) r[dst] < (int) k) pc += (short) (ins >>> 16); break;
                    case JSLT32_REG: if ((int) r[dst] < (int) r[src]) pc += (short) (ins >>> 16); break;
                    case JSLE32_IMM: if ((int) r[dst] <= (int) k) pc += (short) (ins >>> 16); break;
                    case JSLE32_REG: if ((int) r[dst] <= (int) r[src]) pc += (short) (ins >>> 16); break;

                    case LDXW: r[dst] = mem.load(r[src] + (short) (ins >>> 16), 4); break;
                    case LDXH: r[dst] = mem.load(r[src] + (short) (ins >>> 16), 2); break;
                    case LDXB: r[dst] = mem.load(r[src] + (short) (ins >>> 16), 1); break;
                    case LDXDW: r[dst] = mem.load(r[src] + (short) (ins >>> 16), 8); break;
                    case LDXSW: r[dst] = (int) mem.load(r[src] + (short) (ins >>> 16), 4); break;
                    case LDXSH: r[dst] = (short) mem.load(r[src] + (short) (ins >>> 16), 2); break;
                    case LDXSB: r[dst] = (byte) mem.load(r[src] + (short) (ins >>> 16), 1); break;
                    case STW: mem.store(r[dst] + (short) (ins >>> 16), 4, k); break;
                    case STH: mem.store(r[dst] + (short) (ins >>> 16), 2, k); break;
                    case STB: mem.store(r[dst] + (short) (ins >>> 16), 1, k); break;
                    case STDW: mem.store(r[dst] + (short) (ins >>> 16), 8, k); break;
                    case STXW: mem.store(r[dst] + (short) (ins >>> 16), 4, r[src]); break;
                    case STXH: mem.store(r[dst] + (short) (ins >>> 16), 2, r[src]); break;
                    case STXB: mem.store(r[dst] + (short) (ins >>> 16), 1, r[src]); break;
                    case STXDW: mem.store(r[dst] + (short) (ins >>> 16), 8, r[src]); break;
                    case ATOMIC32: atomic(r, dst, src, (short) (ins >>> 16), (int) k, 4); break;
                    case ATOMIC64: atomic(r, dst, src, (short) (ins >>> 16), (int) k, 8); break;
                    case LDDW: r[dst] = k & LOW32 | code[pc + 1] >> 32 << 32; pc++; break;

                    case CALL:
                    case CALLX: {
                        budget = left;
                        int next = call(pc, ins, r);
                        left = budget;
                        if (next >= 0) {
                            code = current.code;
                            pc = next;
                            continue;
                        }
                        break;
                    }
                    case LDABSW: case LDABSH: case LDABSB: case LDINDW: case LDINDH: case LDINDB: {
                        long v = packetLoad(ins, r);
                        if (v >= 0) {
                            r[0] = v;
                            break;
                        }
                        r[0] = 0; // out of bounds: the kernel ends the function with r0 = 0
                    }
                    // fall through
                    case EXIT:
                        if (depth == base) {
                            budget = left;
                            return r[0];
                        }
                        pc = returnFromCall(r);
                        code = current.code;
                        continue;
                    default:
                        throw invalid(pc);
                }
                pc++;
            }
        } catch (VmFault f) {
            budget = left;
            throw f.at(pc, text(pc));
        } catch (RuntimeException e) {
            budget = left;
            throw new VmFault(Kind.INTERNAL, "internal error: " + e, e).at(pc, text(pc));
        }
    }

    // ------------------------------------------------------------------ out-of-line arms

    private long checkpoint(long left) {
        if (left < 0) {
            throw new VmFault(Kind.INSN_LIMIT, "instruction budget of " + config.instructionBudget() + " exhausted");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new VmFault(Kind.INTERRUPTED, "interrupted");
        }
        return Math.max(left - 65536, 0);
    }

    private static long div(long ins, long a, long b, boolean is64) {
        boolean signed = (short) (ins >>> 16) == 1;
        if (is64) return signed ? sdiv64(a, b) : div64(a, b);
        return signed ? sdiv32(a, b) : div32(a, b);
    }

    private static long mod(long ins, long a, long b, boolean is64) {
        boolean signed = (short) (ins >>> 16) == 1;
        if (is64) return signed ? smod64(a, b) : mod64(a, b);
        return signed ? smod32(a, b) : mod32(a, b);
    }

    /** MOV register: off 8/16 (and 32 for ALU64) sign-extend, anything else moves (lenient decoding). */
    private static long mov(long ins, long b, boolean is64) {
        int off = (short) (ins >>> 16);
        if (off == 8 || off == 16 || (off == 32 && is64)) return is64 ? movsx64(b, off) : movsx32(b, off);
        return is64 ? b : b & LOW32;
    }

    private void atomic(long[] r, int dst, int src, int off, int op, int size) {
        long old = memory.atomic(r[dst] + off, size, op, r[src], r[0]);
        if (op == Bpf.BPF_CMPXCHG) r[0] = old;
        else if ((op & Bpf.BPF_FETCH) != 0) r[src] = old;
    }

    /**
     * LD ABS/IND, as the kernel rewrites them ({@code bpf_gen_ld_abs()} in net/core/filter.c
     * calling {@code bpf_skb_load_helper_8/16/32}): big-endian load from the skb's linear data at
     * {@code imm} (+ src for IND), negative offsets through {@code SKF_NET_OFF}/{@code SKF_LL_OFF}.
     *
     * @return the value, or -1 when out of bounds (the program then returns 0)
     */
    private long packetLoad(long ins, long[] r) {
        int op = (int) ins & 0xff;
        int size = Bpf.sizeBytes(Bpf.size(op));
        int offset = (int) (ins >> 32);
        if (Bpf.mode(op) == Bpf.BPF_IND) offset = (int) (r[(int) (ins >>> 12) & 0xf] + offset);
        Region pkt = memory.legacyPacket();
        if (pkt == null) {
            throw new VmFault(Kind.INVALID_INSN, "legacy packet load without a packet (socket filter or skb program)");
        }
        long index;
        if (offset >= 0) {
            index = (long) pkt.start + offset;
        } else if (offset >= SKF_NET_OFF) {
            index = (long) memory.networkHeader() + (offset - SKF_NET_OFF);
        } else if (offset >= SKF_LL_OFF) {
            index = (long) memory.macHeader() + (offset - SKF_LL_OFF);
        } else {
            return -1;
        }
        if (index < 0 || index + size > pkt.end) return -1;
        byte[] a = pkt.array;
        int i = (int) index;
        switch (size) {
            case 1: return a[i] & 0xffL;
            case 2: return (a[i] & 0xffL) << 8 | (a[i + 1] & 0xffL);
            default: return (a[i] & 0xffL) << 24 | (a[i + 1] & 0xffL) << 16 | (a[i + 2] & 0xffL) << 8 | (a[i + 3] & 0xffL);
        }
    }

    /**
     * CALL and CALLX.
     *
     * @return the pc to continue at (a local call or a tail call), or -1 to go to the next slot
     */
    private int call(int pc, long ins, long[] r) {
        int src = (int) (ins >>> 12) & 0xf;
        int imm = (int) (ins >> 32);
        if (((int) ins & 0xff) == CALLX) {
            long target = r[(int) (ins >>> 8) & 0xf];
            if ((int) (target >>> 32) == Memory.CODE_TAG) {
                return enterFrame(pc, (int) target, r);
            }
            if (target < 0 || target > HelperRegistry.MAX_ID) {
                throw new VmFault(Kind.BAD_JUMP, "callx target 0x" + Long.toHexString(target)
                        + " is neither a function address nor a helper id");
            }
            return callHelper(pc, (int) target, r);
        }
        switch (src) {
            case 0: return callHelper(pc, imm, r);
            case Bpf.BPF_PSEUDO_CALL: return enterFrame(pc, pc + 1 + imm, r);
            default: throw new VmFault(Kind.UNKNOWN_HELPER, "kfunc calls (BTF id " + imm + ") are not supported");
        }
    }

    private int callHelper(int pc, int id, long[] r) {
        Helper h = helpers.get(id);
        if (h == null) {
            throw new VmFault(Kind.UNKNOWN_HELPER, "unknown helper " + HelperRegistry.describe(id));
        }
        int savedCallPc = callPc;
        callPc = pc;
        long result;
        try {
            result = h.call(r[1], r[2], r[3], r[4], r[5], context);
        } catch (VmFault f) {
            throw f;
        } catch (RuntimeException e) {
            throw new VmFault(Kind.HELPER_FAILED, "helper " + HelperRegistry.describe(id) + " failed: " + e, e);
        } finally {
            callPc = savedCallPc;
        }
        r[0] = result;
        if (pendingTailCall != null) {
            current = pendingTailCall;
            pendingTailCall = null;
            return 0;
        }
        return -1;
    }

    private int enterFrame(int pc, int target, long[] r) {
        if (!current.isInstruction(target)) {
            throw new VmFault(Kind.BAD_JUMP, "call to insn " + target + ", which is not an instruction of the program");
        }
        if (depth + 1 >= MAX_FRAMES) {
            throw new VmFault(Kind.CALL_DEPTH, "the call stack of " + (depth + 2) + " frames is too deep");
        }
        int d = depth;
        System.arraycopy(r, 6, saved, 4 * d, 4);
        returnPc[d] = pc + 1;
        frameProgram[d] = current;
        depth = d + 1;
        Region stack = stacks[d + 1];
        Arrays.fill(stack.array, (byte) 0);
        r[Bpf.FP] = stack.address(Bpf.STACK_SIZE);
        return target;
    }

    private int returnFromCall(long[] r) {
        int d = --depth;
        System.arraycopy(saved, 4 * d, r, 6, 4);
        r[Bpf.FP] = stacks[d].address(Bpf.STACK_SIZE);
        current = frameProgram[d];
        return returnPc[d];
    }

    private VmFault invalid(int pc) {
        if (pc == current.program.size()) {
            return new VmFault(Kind.BAD_JUMP, "execution fell off the end of the program");
        }
        return new VmFault(Kind.INVALID_INSN, String.format("invalid opcode 0x%02x", (int) current.code[pc] & 0xff));
    }

    private String text(int pc) {
        return InsnText.of(current.program, pc);
    }

    /** The view of the running program that helpers get; one per interpreter, no allocation per call. */
    private final class Context implements HelperContext {
        @Override public Memory memory() { return memory; }

        @Override public int pc() { return callPc; }

        @Override public int callDepth() { return depth + 1; }

        @Override public Object attachment() { return attachment; }

        @Override
        public long callFunction(long function, long a1, long a2, long a3, long a4, long a5) {
            if ((int) (function >>> 32) != Memory.CODE_TAG) {
                throw new VmFault(Kind.BAD_JUMP, "0x" + Long.toHexString(function) + " is not a function address");
            }
            long[] r = regs;
            long[] keep = r.clone();
            LoadedProgram prog = current;
            int entryDepth = depth;
            enterFrame(callPc, (int) function, r);
            r[1] = a1;
            r[2] = a2;
            r[3] = a3;
            r[4] = a4;
            r[5] = a5;
            long r0;
            try {
                r0 = interpret((int) function, entryDepth + 1);
            } finally {
                depth = entryDepth;
                current = prog;
                System.arraycopy(keep, 0, r, 0, keep.length);
            }
            return r0;
        }

        @Override
        public void tailCall(Program target) {
            pendingTailCall = loaded(Objects.requireNonNull(target, "target"));
        }
    }
}
