package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.prog.SubprogProto;
import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.isa.AluOp;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Size;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The path walker: mirrors {@code do_check()} and {@code do_check_insn()} of
 * kernel/bpf/verifier.c. Follows the fall-through of every conditional jump first and pushes the
 * other outcome on a stack, stops at the first error, counts processed instructions, and writes
 * the kernel-style log (level 1 keeps only the failing path, as {@code pop_stack()} does).
 * Instruction semantics per class: ALU ({@link ScalarAlu} for scalars, pointer arithmetic here),
 * memory ({@link MemAccess}), jumps ({@link Branches}), helper calls ({@link HelperProto}).
 *
 * <p>bpf-to-bpf calls follow {@code check_func_call()} / {@code prepare_func_exit()}: each call
 * to a static function pushes a frame and walks the callee with the caller's state, so every call
 * site re-verifies its callee. A call to a global function (when the options carry its BTF
 * prototype) only checks the arguments against the prototype ({@link GlobalFuncs}); the function
 * itself is verified once, by a walk of its own that starts from a frame built from the prototype
 * (the constructor with an entry frame). Without prototypes every function is static.
 *
 * <p>Callbacks of bpf_loop() and bpf_for_each_map_elem() follow {@code push_callback_call()}: the
 * call pushes the callback's entry with a frame of its own as another path and goes on after the
 * helper; the callback's exit returns to the call instruction, which pushes the callback again,
 * until a checkpoint at the call covers the state range-wise ({@link Callbacks}).
 *
 * <p>Tail calls: see {@link TailCalls}. Not modelled yet (issue 6): other callbacks (bpf_find_vma,
 * timers), kfuncs, BTF-typed pointers.
 */
final class DoCheck {
    private static final int CALLER_SAVED = 6;

    private final Env env;
    private final MemAccess mem;
    private final Cfg cfg;
    private final Deque<VerifierState> stack = new ArrayDeque<>();
    /** Checkpoints by (callsite of the current frame, insn): the kernel's explored_states. */
    private final java.util.Map<Long, StateList> explored = new java.util.HashMap<>();
    /** Checkpoints in the lookup lists, and evicted ones whose paths are still alive. */
    private int exploredSize;
    private int evictedAlive;
    private final Liveness live;
    private final StatesEqual statesEqual;
    private final Precision precision;
    /** Scalars sharing an id at the current conditional jump, for the trace. */
    private int[] curLinked;
    private final int[] refInsn = new int[64];
    /** Frame 0 at the walk's start (null: the main program's, r1 = ctx) and where the walk starts. */
    private final FuncState entry;
    private final int entryInsn;

    DoCheck(Env env, Cfg cfg) {
        this(env, cfg, null, 0);
    }

    /**
     * @param entry frame 0 at the start (a global function's, built from its prototype), or null
     *     for the main program's
     * @param entryInsn the first instruction walked
     */
    DoCheck(Env env, Cfg cfg, FuncState entry, int entryInsn) {
        this.env = env;
        this.cfg = cfg;
        this.mem = new MemAccess(env);
        this.entry = entry;
        this.entryInsn = entryInsn;
        // stack depths add up over the walks of one verification (check_max_stack_depth() runs last)
        if (env.stackDepth.length != cfg.subprogs.size()) env.stackDepth = new int[cfg.subprogs.size()];
        this.live = new Liveness(env.prog, cfg, env.opts.type());
        this.statesEqual = new StatesEqual(live);
        this.precision = new Precision(env);
        env.live = live;
        env.precision = precision;
    }

    /** @return the walk's liveness (the level-2 log prints its register table) */
    Liveness liveness() {
        return live;
    }

    /** Runs the walk; returns normally when every path ends in an accepted exit. */
    void run() {
        VerifierState init = new VerifierState(MAX_CALL_FRAMES);
        FuncState f = entry;
        if (f == null) {
            f = FuncState.entry(0, 0, -1);
            f.regs[1].markKnownZeroPointer(RegType.PTR_TO_CTX);
        }
        init.frames[0] = f;
        env.cur = init;
        env.insnIdx = entryInsn;
        boolean printState = false;
        Program p = env.prog;
        for (;;) {
            if (env.insnIdx >= p.size()) {
                throw env.reject(String.format("invalid insn idx %d insn_cnt %d", env.insnIdx, p.size()));
            }
            if (++env.processed > env.opts.insnLimit()) {
                env.insnIdx = env.prevInsnIdx;
                throw env.reject(Messages.TOO_LARGE, env.processed);
            }
            if ((env.processed & 0xfff) == 0 && env.deadline != 0 && System.nanoTime() - env.deadline > 0) {
                throw env.reject(Messages.TIME_LIMIT, env.opts.timeLimitMillis(), env.processed);
            }
            if (cfg.prunePoint[env.insnIdx] && isStateVisited(env.insnIdx)) {
                if (env.opts.logLevel() >= 1) {
                    if (printState) env.verbose(String.format("\nfrom %d to %d: safe\n", env.prevInsnIdx, env.insnIdx));
                    else env.verbose(env.insnIdx + ": safe\n");
                }
                pathEnd();
                if (!popState()) return;
                printState = true;
                continue;
            }
            if (cfg.jmpPoint[env.insnIdx]) env.cur.histCnt++;
            if (env.opts.logLevel() >= 2 && printState) {
                env.verbose(String.format("\nfrom %d to %d:", env.prevInsnIdx, env.insnIdx));
                env.verbose(StateFormat.state(env, true) + "\n");
                printState = false;
            }
            if (env.opts.logLevel() >= 1) {
                if (env.scratched()) printInsnState();
                env.prevLogPos = env.logEnd();
                long next = env.insnIdx + 1 < p.size() ? p.word(env.insnIdx + 1) : 0;
                env.verbose(env.insnIdx + ": " + InsnPrinter.print(p.word(env.insnIdx), next) + "\n");
                env.prevInsnPrintPos = (int) (env.logEnd() - env.prevLogPos);
                env.prevLogPos = env.logEnd();
            }
            int before = env.insnIdx;
            env.stackAccess = 0;
            env.stackKill = 0;
            curLinked = null;
            int cls = p.insn(before).opcode() & 7;
            boolean exit = step();
            if (exit) {
                checkExit();
                pathEnd();
                if (!popState()) return;
                printState = true;
                continue;
            }
            // back from a function or callback: the next line says where from (do_print_state)
            if (p.insn(before).opcode() == EXIT) printState = true;
            if (cls == BPF_ST || cls == BPF_STX) live.stackWrite(before, env.stackKill);
            VerifierState cur = env.cur;
            if (env.stackAccess != 0 && !cfg.jmpPoint[before]) cur.histCnt++;
            cur.trace = new Trace(before, env.stackAccess, curLinked, cur.trace);
            env.prevInsnIdx = before;
        }
    }

    /** print_insn_state(): appends the touched registers to the previous instruction's line. */
    private void printInsnState() {
        if (env.prevLogPos > 0 && env.prevLogPos == env.logEnd()) {
            env.truncateLog(env.prevLogPos - 1);
            int width = alignment(env.prevInsnPrintPos);
            env.log.append(" ".repeat(width)).append(';');
        } else {
            env.log.append(env.insnIdx).append(':');
        }
        env.log.append(StateFormat.state(env, false)).append('\n');
        env.markClean();
    }

    /** vlog_alignment(). */
    private static int alignment(int pos) {
        int v = Math.max(pos + 8 / 2, 40);
        v = (v + 7) / 8 * 8;
        return v - pos - 1;
    }

    private void pushState(int target) {
        VerifierState s = env.cur.copy();
        s.insnIdx = target;
        s.prevInsnIdx = env.insnIdx;
        s.logPos = env.logEnd();
        // the fork's history includes the jump itself (its linked scalars too)
        s.trace = new Trace(env.insnIdx, 0, curLinked, s.trace);
        stack.push(s);
        if (s.parent != null) s.parent.branches++;
        if (stack.size() > JMP_SEQ_LIMIT) throw env.reject(Messages.JMP_SEQ_TOO_COMPLEX, stack.size());
    }

    /** BPF_COMPLEXITY_LIMIT_JMP_SEQ: pending branches at most. */
    private static final int JMP_SEQ_LIMIT = 8192;

    /** update_branch_counts(): the current path ended; checkpoints with no live path are complete. */
    private void pathEnd() {
        for (VerifierState p = env.cur.parent; p != null; p = p.parent) {
            if (--p.branches > 0) break;
            if (p.list != null) p.list.complete++;
            else evictedAlive--; // evicted while paths below it were alive
        }
    }

    private boolean popState() {
        if (stack.isEmpty()) return false;
        VerifierState s = stack.pop();
        env.cur = s;
        env.insnIdx = s.insnIdx;
        env.prevInsnIdx = s.prevInsnIdx;
        if (env.opts.logLevel() == 1 && s.logPos <= env.logEnd()) env.truncateLog(s.logPos);
        env.markAllScratched();
        return true;
    }

    /**
     * is_state_visited(): at a prune point, a complete checkpoint that covers the current state
     * ends the path (its precise scalars become precise here too); a checkpoint still being
     * explored that equals it exactly is an endless loop. Otherwise the current state may become a
     * checkpoint, with the kernel's heuristics (at least 2 jumps and 8 instructions since the
     * last one, fewer inside loops, eviction of checkpoints that keep missing).
     *
     * @return true when the path is pruned
     */
    private boolean isStateVisited(int insn) {
        VerifierState cur = env.cur;
        boolean force = cur.histCnt > 40 || cfg.forceCheckpoint[insn];
        boolean add = force || (env.jmpsProcessed - env.prevJmpsProcessed >= 2
                && env.processed - env.prevInsnProcessed >= 8);
        long key = (long) cur.cur().callsite << 32 | (insn & 0xffffffffL);
        StateList bucket = explored.get(key);
        int statesCnt = 0;
        int curHash = StateList.loopHash(cur);
        if (bucket != null) {
            List<VerifierState> list = bucket.states;
            int completeSeen = 0;
            for (int k = list.size() - 1; k >= 0; k--) {
                if (!add && completeSeen == bucket.complete) {
                    // only in-progress checkpoints remain: nothing can prune or be counted a miss,
                    // and only those with the same registers can be an endless loop
                    statesCnt += k + 1;
                    for (VerifierState sl : bucket.inProgress(curHash)) {
                        if (sl.branches > 0) checkLoop(sl, cur, insn);
                    }
                    break;
                }
                VerifierState sl = list.get(k);
                statesCnt++;
                if (sl.branches == 0) completeSeen++;
                if (sl.branches > 0) {
                    if (cfg.callsCallback[insn]) {
                        // a callback came back to its call: covered range-wise, the iterations converged
                        if (statesEqual.equal(sl, cur, StatesEqual.Mode.RANGE_WITHIN, env.idGen, false)) {
                            sl.hits++;
                            precision.propagate(sl);
                            env.maxStatesPerInsn = Math.max(env.maxStatesPerInsn, statesCnt);
                            return true;
                        }
                    } else {
                        checkLoop(sl, cur, insn);
                    }
                    if (!force && env.jmpsProcessed - env.prevJmpsProcessed < 20
                            && env.processed - env.prevInsnProcessed < 100) {
                        add = false;
                    }
                } else if (statesEqual.equal(sl, cur, StatesEqual.Mode.NOT_EXACT, env.idGen, true)) {
                    sl.hits++;
                    precision.propagate(sl);
                    // a hit returns before the kernel updates max_states_per_insn
                    return true;
                }
                if (add) sl.misses++;
                if (sl.misses > sl.hits * 3 + 3) {
                    if (sl.branches == 0) completeSeen--;
                    bucket.remove(k);
                    exploredSize--;
                    if (sl.branches > 0) evictedAlive++;
                }
            }
        }
        env.maxStatesPerInsn = Math.max(env.maxStatesPerInsn, statesCnt);
        if (!add) return false;
        env.totalStates++;
        exploredSize++;
        env.peakStates = Math.max(env.peakStates, exploredSize + evictedAlive);
        env.prevJmpsProcessed = env.jmpsProcessed;
        env.prevInsnProcessed = env.processed;
        VerifierState cp = cur.copy();
        cp.insnIdx = insn;
        cp.branches = 1;
        cp.parent = cur.parent;
        cp.trace = cur.trace;
        cur.parent = cp;
        cur.dfsDepth = cp.dfsDepth + 1;
        cur.trace = null;
        cur.histCnt = 0;
        cp.loopHash = curHash;
        explored.computeIfAbsent(key, k -> new StateList()).add(cp);
        return false;
    }

    /** The kernel's endless-loop check against a checkpoint still being explored. */
    private void checkLoop(VerifierState sl, VerifierState cur, int insn) {
        if (StatesEqual.maybeLooping(sl, cur) && sl.callbackUnrollDepth == cur.callbackUnrollDepth
                && statesEqual.equal(sl, cur, StatesEqual.Mode.EXACT, env.idGen, false)) {
            env.errorLine(String.format(Messages.INFINITE_LOOP, insn));
            env.errorLine("cur state:" + StateFormat.full(cur));
            throw env.reject("old state:" + StateFormat.full(sl));
        }
    }

    // ------------------------------------------------------------------ registers

    /** check_reg_arg(SRC_OP). */
    private RegState src(int r) {
        env.scratchReg(r);
        RegState reg = env.regs()[r];
        if (reg.type == RegType.NOT_INIT) throw env.rejectReg(r, Messages.NOT_READ_OK, r);
        return reg;
    }

    /** check_reg_arg(DST_OP_NO_MARK). */
    private RegState dstNoMark(int r) {
        env.scratchReg(r);
        if (r == FP) throw env.rejectReg(FP, Messages.FP_READ_ONLY);
        return env.regs()[r];
    }

    /** check_reg_arg(DST_OP). */
    private RegState dst(int r) {
        RegState reg = dstNoMark(r);
        reg.markUnknown();
        return reg;
    }

    // ------------------------------------------------------------------ dispatch

    /** @return true when the instruction is an exit of the main program */
    private boolean step() {
        Insn in = env.prog.insn(env.insnIdx);
        int code = in.opcode();
        int cls = code & 7;
        switch (cls) {
            case BPF_ALU, BPF_ALU64 -> {
                alu(in);
                env.insnIdx++;
            }
            case BPF_LDX -> {
                src(in.src());
                dstNoMark(in.dst());
                mem.access(in.src(), in.off(), Size.ofCode(code).bytes(), false, in.dst(), false, (code & 0xe0) == BPF_MEMSX);
                env.insnIdx++;
            }
            case BPF_STX -> {
                if ((code & 0xe0) == BPF_ATOMIC) {
                    atomic(in);
                } else {
                    if ((code & 0xe0) != BPF_MEM || in.imm() != 0) throw env.reject(Messages.STX_RESERVED);
                    src(in.src());
                    src(in.dst());
                    mem.access(in.dst(), in.off(), Size.ofCode(code).bytes(), true, in.src(), false, false);
                }
                env.insnIdx++;
            }
            case BPF_ST -> {
                if ((code & 0xe0) != BPF_MEM || in.src() != 0) throw env.reject(Messages.ST_RESERVED);
                src(in.dst());
                mem.access(in.dst(), in.off(), Size.ofCode(code).bytes(), true, -1, false, false);
                env.insnIdx++;
            }
            case BPF_JMP, BPF_JMP32 -> {
                env.jmpsProcessed++;
                return jmp(in, cls);
            }
            default -> { // BPF_LD
                int mode = code & 0xe0;
                if (mode == BPF_ABS || mode == BPF_IND) {
                    ldAbs(in);
                    if (ldAbsExit()) return false;
                    env.insnIdx++;
                } else {
                    ldImm(in);
                    env.insnIdx += 2;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ ALU

    private static final String[] ALU_NAMES = {"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=",
        "=", "s>>=", "endian"};

    private void alu(Insn in) {
        int code = in.opcode();
        int op = code & 0xf0;
        boolean alu64 = (code & 7) == BPF_ALU64;
        boolean x = (code & BPF_X) != 0;
        RegState[] regs = env.regs();
        if (op == BPF_END || op == BPF_NEG) {
            if (op == BPF_NEG) {
                if (x || in.src() != 0 || in.off() != 0 || in.imm() != 0) throw env.reject(Messages.NEG_RESERVED);
            } else if (in.src() != 0 || in.off() != 0 || (in.imm() != 16 && in.imm() != 32 && in.imm() != 64)
                    || (alu64 && x)) {
                throw env.reject(Messages.END_RESERVED);
            }
            RegState d = src(in.dst());
            if (op == BPF_NEG && d.type == RegType.SCALAR_VALUE) {
                dstNoMark(in.dst());
                ScalarAlu.apply(AluOp.NEG, alu64, d, d.copy());
            } else if (op == BPF_END && d.type == RegType.SCALAR_VALUE) {
                dstNoMark(in.dst());
                byteSwap(d, in.imm(), alu64 || x);
            } else {
                dst(in.dst());
            }
            return;
        }
        if (op == BPF_MOV) {
            mov(in, alu64, x);
            return;
        }
        if (op > BPF_END) throw env.reject(Messages.INVALID_ALU_OPCODE, op);
        boolean offOk = in.off() == 0 || (in.off() == 1 && (op == BPF_MOD || op == BPF_DIV));
        if (x) {
            if (in.imm() != 0 || !offOk) throw env.reject(Messages.ALU_RESERVED);
            src(in.src());
        } else if (in.src() != 0 || !offOk) {
            throw env.reject(Messages.ALU_RESERVED);
        }
        src(in.dst());
        if ((op == BPF_MOD || op == BPF_DIV) && !x && in.imm() == 0) throw env.reject(Messages.DIV_BY_ZERO);
        if ((op == BPF_LSH || op == BPF_RSH || op == BPF_ARSH) && !x) {
            int size = alu64 ? 64 : 32;
            if (in.imm() < 0 || in.imm() >= size) throw env.reject(Messages.INVALID_SHIFT, in.imm());
        }
        dstNoMark(in.dst());
        adjustRegMinMax(in, op, alu64, x, regs);
    }

    private void byteSwap(RegState d, int bits, boolean swap) {
        // Kernel 6.18 tracks constants through byte swaps; anything else becomes unknown.
        if (swap && d.varOff.isConst()) {
            long v = d.varOff.value();
            long r = switch (bits) {
                case 16 -> Short.toUnsignedLong(Short.reverseBytes((short) v));
                case 32 -> Integer.toUnsignedLong(Integer.reverseBytes((int) v));
                default -> Long.reverseBytes(v);
            };
            d.markKnown(r);
        } else if (!swap && d.varOff.isConst()) {
            long r = bits == 16 ? v16(d.varOff.value()) : bits == 32 ? d.varOff.value() & 0xffffffffL : d.varOff.value();
            d.markKnown(r);
        } else {
            d.markUnknown();
        }
    }

    private static long v16(long v) {
        return v & 0xffff;
    }

    private void mov(Insn in, boolean alu64, boolean x) {
        RegState[] regs = env.regs();
        int off = in.off();
        if (x) {
            boolean offOk = alu64 ? (off == 0 || off == 8 || off == 16 || off == 32) : (off == 0 || off == 8 || off == 16);
            if (!offOk || in.imm() != 0) throw env.reject(Messages.MOV_RESERVED);
            src(in.src());
        } else if (in.src() != 0 || off != 0) {
            throw env.reject(Messages.MOV_RESERVED);
        }
        RegState d = dstNoMark(in.dst());
        if (x) {
            RegState s = regs[in.src()];
            if (alu64) {
                if (off == 0) {
                    mem.assignScalarId(s);
                    d.copyFrom(s);
                } else if (s.type == RegType.SCALAR_VALUE) {
                    boolean noSext = Long.compareUnsigned(s.umax, 1L << (off - 1)) < 0;
                    if (noSext) mem.assignScalarId(s);
                    d.copyFrom(s);
                    if (!noSext) d.id = 0;
                    d.coerceToSizeSx(off >> 3);
                } else {
                    d.markUnknown();
                }
            } else {
                if (s.type == RegType.SCALAR_VALUE) {
                    if (off == 0) {
                        boolean u32 = MemAccess.regWidth(s) <= 32;
                        if (u32) mem.assignScalarId(s);
                        d.copyFrom(s);
                        if (!u32) d.id = 0;
                    } else {
                        boolean noSext = Long.compareUnsigned(s.umax, 1L << (off - 1)) < 0;
                        if (noSext) mem.assignScalarId(s);
                        d.copyFrom(s);
                        if (!noSext) d.id = 0;
                        d.coerceSubregToSizeSx(off >> 3);
                    }
                } else {
                    d.markUnknown();
                }
                d.zext32To64();
                d.boundsSync();
            }
        } else {
            d.markUnknown();
            d.markKnown(alu64 ? in.imm() : Integer.toUnsignedLong(in.imm()));
        }
    }

    /** adjust_reg_min_max_vals(). */
    private void adjustRegMinMax(Insn in, int op, boolean alu64, boolean x, RegState[] regs) {
        RegState d = regs[in.dst()];
        AluOp aop = aluOp(op, in.off());
        RegState ptr = d.type != RegType.SCALAR_VALUE ? d : null;
        RegState s;
        if (x) {
            s = regs[in.src()];
            if (s.type != RegType.SCALAR_VALUE) {
                if (d.type != RegType.SCALAR_VALUE) {
                    if (op == BPF_SUB) {
                        d.markUnknown();
                        return;
                    }
                    throw env.rejectReg(in.dst(), Messages.PTR_PTR_PROHIBITED, in.dst(), ALU_NAMES[op >> 4]);
                }
                precision.markReg(in.dst());
                adjustPtr(in, op, alu64, s.copy(), d.copy(), d, true);
                return;
            } else if (ptr != null) {
                precision.markReg(in.src());
                adjustPtr(in, op, alu64, d.copy(), s.copy(), d, false);
                return;
            }
        } else {
            s = new RegState();
            s.markKnown(in.imm());
            if (ptr != null) {
                adjustPtr(in, op, alu64, d.copy(), s, d, false);
                return;
            }
        }
        RegState srcCopy = s.copy();
        ScalarAlu.apply(aop, alu64, d, srcCopy);
        if ((op == BPF_ADD || op == BPF_SUB) && alu64 && d.id != 0 && srcCopy.isConst(false)) {
            // linked scalars: remember "this register = its id's base + off" (BPF_ADD_CONST)
            long val = srcCopy.constValue(false);
            if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE || d.addConst
                    || (op == BPF_SUB && val == Integer.MIN_VALUE)) {
                d.off = 0;
                d.id = 0;
                d.addConst = false;
            } else {
                d.addConst = true;
                d.off = (int) (op == BPF_SUB ? -val : val);
            }
        } else {
            d.id = 0;
            d.addConst = false;
            d.off = 0;
        }
    }

    private static AluOp aluOp(int op, int off) {
        return switch (op) {
            case BPF_ADD -> AluOp.ADD;
            case BPF_SUB -> AluOp.SUB;
            case BPF_MUL -> AluOp.MUL;
            case BPF_DIV -> off == 1 ? AluOp.SDIV : AluOp.DIV;
            case BPF_OR -> AluOp.OR;
            case BPF_AND -> AluOp.AND;
            case BPF_LSH -> AluOp.LSH;
            case BPF_RSH -> AluOp.RSH;
            case BPF_MOD -> off == 1 ? AluOp.SMOD : AluOp.MOD;
            case BPF_XOR -> AluOp.XOR;
            default -> AluOp.ARSH;
        };
    }

    /** adjust_ptr_min_max_vals() for privileged programs. */
    private void adjustPtr(Insn in, int op, boolean alu64, RegState ptr, RegState offReg, RegState dst,
            boolean scalarPlusPtr) {
        int dstNo = in.dst();
        boolean known = offReg.varOff.isConst();
        long sminVal = offReg.smin;
        long smaxVal = offReg.smax;
        long uminVal = offReg.umin;
        long umaxVal = offReg.umax;
        if ((known && (sminVal != smaxVal || uminVal != umaxVal)) || sminVal > smaxVal
                || Long.compareUnsigned(uminVal, umaxVal) > 0) {
            dst.markUnknown();
            return;
        }
        if (!alu64) {
            if (op == BPF_SUB) {
                dst.markUnknown();
                return;
            }
            throw env.rejectReg(dstNo, Messages.PTR_ARITH_32, dstNo);
        }
        if (ptr.maybeNull) throw env.rejectReg(dstNo, Messages.PTR_ARITH_NULL, dstNo, RegFormat.typeName(ptr));
        switch (ptr.type) {
            case PTR_TO_CTX, PTR_TO_MAP_VALUE, PTR_TO_MAP_KEY, PTR_TO_STACK, PTR_TO_PACKET_META, PTR_TO_PACKET,
                 PTR_TO_BTF_ID, PTR_TO_MEM, PTR_TO_FUNC -> { }
            case PTR_TO_FLOW_KEYS -> {
                if (!known) throw env.rejectReg(dstNo, Messages.PTR_ARITH_ON, dstNo, RegFormat.typeName(ptr));
            }
            case CONST_PTR_TO_MAP -> {
                if (!(known && sminVal == 0 && op == BPF_ADD)) {
                    throw env.rejectReg(dstNo, Messages.PTR_ARITH_ON, dstNo, RegFormat.typeName(ptr));
                }
            }
            default -> throw env.rejectReg(dstNo, Messages.PTR_ARITH_ON, dstNo, RegFormat.typeName(ptr));
        }
        RegState res = new RegState();
        res.copyFrom(dst);
        res.type = ptr.type;
        res.maybeNull = ptr.maybeNull;
        res.rdonly = ptr.rdonly;
        res.ringbuf = ptr.ringbuf;
        res.id = ptr.id;
        int offNo = scalarPlusPtr ? in.dst() : (in.opcode() & BPF_X) != 0 ? in.src() : -1;
        checkSaneOffset(offNo, offReg, ptr);
        checkSaneOffset(scalarPlusPtr ? in.src() : dstNo, ptr, ptr);
        res.mark32Unbounded();
        switch (op) {
            case BPF_ADD -> {
                if (known && ptr.off + sminVal == (int) (ptr.off + sminVal)) {
                    copyPtrPart(res, ptr);
                    res.off = (int) (ptr.off + sminVal);
                    break;
                }
                long smin = ptr.smin + sminVal;
                long smax = ptr.smax + smaxVal;
                if (((ptr.smin ^ smin) & (sminVal ^ smin)) < 0 || ((ptr.smax ^ smax) & (smaxVal ^ smax)) < 0) {
                    res.smin = Long.MIN_VALUE;
                    res.smax = Long.MAX_VALUE;
                } else {
                    res.smin = smin;
                    res.smax = smax;
                }
                long umin = ptr.umin + uminVal;
                long umax = ptr.umax + umaxVal;
                if (Long.compareUnsigned(umin, ptr.umin) < 0 || Long.compareUnsigned(umax, ptr.umax) < 0) {
                    res.umin = 0;
                    res.umax = -1L;
                } else {
                    res.umin = umin;
                    res.umax = umax;
                }
                res.varOff = ptr.varOff.add(offReg.varOff);
                copyPointee(res, ptr);
                res.off = ptr.off;
                if (ptr.type.isPktPointer()) {
                    res.id = ++env.idGen;
                    res.range = 0;
                }
            }
            case BPF_SUB -> {
                if (scalarPlusPtr) throw env.rejectReg(dstNo, Messages.SUB_PTR_FROM_SCALAR, dstNo);
                if (ptr.type == RegType.PTR_TO_STACK) throw env.rejectReg(dstNo, Messages.SUB_FROM_STACK, dstNo);
                if (known && ptr.off - sminVal == (int) (ptr.off - sminVal)) {
                    copyPtrPart(res, ptr);
                    res.id = ptr.id;
                    res.off = (int) (ptr.off - sminVal);
                    break;
                }
                long smin = ptr.smin - smaxVal;
                long smax = ptr.smax - sminVal;
                if (((ptr.smin ^ smaxVal) & (ptr.smin ^ smin)) < 0 || ((ptr.smax ^ sminVal) & (ptr.smax ^ smax)) < 0) {
                    res.smin = Long.MIN_VALUE;
                    res.smax = Long.MAX_VALUE;
                } else {
                    res.smin = smin;
                    res.smax = smax;
                }
                if (Long.compareUnsigned(ptr.umin, umaxVal) < 0) {
                    res.umin = 0;
                    res.umax = -1L;
                } else {
                    res.umin = ptr.umin - umaxVal;
                    res.umax = ptr.umax - uminVal;
                }
                res.varOff = ptr.varOff.sub(offReg.varOff);
                copyPointee(res, ptr);
                res.off = ptr.off;
                if (ptr.type.isPktPointer()) {
                    res.id = ++env.idGen;
                    if (sminVal < 0) res.range = 0;
                }
            }
            case BPF_AND, BPF_OR, BPF_XOR -> throw env.rejectReg(dstNo, Messages.PTR_BITWISE, dstNo, ALU_NAMES[op >> 4]);
            default -> throw env.rejectReg(dstNo, Messages.PTR_ARITH_OPERATOR, dstNo, ALU_NAMES[op >> 4]);
        }
        checkSaneOffset(dstNo, res, ptr);
        res.boundsSync();
        dst.copyFrom(res);
    }

    private static void copyPtrPart(RegState res, RegState ptr) {
        res.smin = ptr.smin;
        res.smax = ptr.smax;
        res.umin = ptr.umin;
        res.umax = ptr.umax;
        res.varOff = ptr.varOff;
        copyPointee(res, ptr);
    }

    /** The kernel's reg->raw union: map, range, memory size, frame. */
    private static void copyPointee(RegState res, RegState ptr) {
        res.map = ptr.map;
        res.mapIndex = ptr.mapIndex;
        res.range = ptr.range;
        res.memSize = ptr.memSize;
        res.frameno = ptr.frameno;
        res.refObjId = ptr.refObjId;
        res.btfName = ptr.btfName;
    }

    /** check_reg_sane_offset(); {@code regno} is the checked register (-1 for an immediate). */
    private void checkSaneOffset(int regno, RegState reg, RegState ptr) {
        String type = RegFormat.typeName(ptr);
        boolean known = reg.varOff.isConst();
        long val = reg.varOff.value();
        if (known && (val >= MemAccess.MAX_VAR_OFF || val <= -MemAccess.MAX_VAR_OFF)) {
            throw insane(regno, Messages.MATH_PTR_CONST, type, val);
        }
        if (reg.off >= MemAccess.MAX_VAR_OFF || reg.off <= -MemAccess.MAX_VAR_OFF) {
            throw insane(regno, Messages.PTR_OFFSET_NOT_ALLOWED, type, reg.off);
        }
        if (reg.smin == Long.MIN_VALUE) throw insane(regno, Messages.MATH_PTR_UNBOUNDED, type);
        if (reg.smin >= MemAccess.MAX_VAR_OFF || reg.smin <= -MemAccess.MAX_VAR_OFF) {
            throw insane(regno, Messages.VALUE_OUT_OF_BOUNDS, reg.smin, type);
        }
    }

    private Env.Reject insane(int regno, String fmt, Object... args) {
        return regno >= 0 ? env.rejectReg(regno, fmt, args) : env.reject(fmt, args);
    }

    // ------------------------------------------------------------------ loads of 64-bit immediates, legacy packet access

    private void ldImm(Insn in) {
        int code = in.opcode();
        if ((code & 0x18) != BPF_DW) throw env.reject("invalid BPF_LD_IMM insn");
        if (in.off() != 0) throw env.reject(Messages.LD_IMM64_RESERVED);
        RegState d = dst(in.dst());
        Insn next = env.prog.insn(env.insnIdx + 1);
        int src = in.src();
        if (src == 0) {
            d.markKnown(((long) next.imm() << 32) | (in.imm() & 0xffffffffL));
            return;
        }
        d.markKnownZeroPointer(RegType.SCALAR_VALUE);
        if (src == BPF_PSEUDO_BTF_ID) throw env.reject(Messages.KFUNC_UNSUPPORTED);
        if (src == BPF_PSEUDO_FUNC) {
            int target = env.insnIdx + in.imm() + 1;
            if (env.opts.subprogs().isEmpty()) throw env.reject(Messages.MISSING_FUNC_INFO);
            for (SubprogProto proto : env.opts.subprogs()) {
                if (proto.start() == target && proto.global()) throw env.reject(Messages.CALLBACK_NOT_STATIC);
            }
            d.type = RegType.PTR_TO_FUNC;
            d.subprogno = cfg.subprogs.indexOf(target);
            return;
        }
        MapSpec map = env.opts.maps().get(in.imm());
        d.map = map;
        d.mapIndex = in.imm();
        if (src == BPF_PSEUDO_MAP_VALUE || src == BPF_PSEUDO_MAP_IDX_VALUE) {
            d.type = RegType.PTR_TO_MAP_VALUE;
            d.off = next.imm();
        } else {
            d.type = RegType.CONST_PTR_TO_MAP;
        }
    }

    private void ldAbs(Insn in) {
        ProgramType t = env.opts.type();
        if (t != ProgramType.SOCKET_FILTER && t != ProgramType.SCHED_CLS && t != ProgramType.SCHED_ACT) {
            throw env.reject(Messages.LD_ABS_NOT_ALLOWED);
        }
        int mode = in.opcode() & 0xe0;
        if (in.dst() != 0 || in.off() != 0 || (in.opcode() & 0x18) == BPF_DW
                || (mode == BPF_ABS && in.src() != 0)) {
            throw env.reject(Messages.LD_ABS_RESERVED);
        }
        RegState r6 = src(6);
        if (mode == BPF_IND) src(in.src());
        if (r6.type != RegType.PTR_TO_CTX || r6.off != 0) throw env.rejectReg(6, Messages.LD_ABS_R6);
        RegState[] regs = env.regs();
        for (int i = 0; i < CALLER_SAVED; i++) {
            regs[i].markNotInit();
            env.scratchReg(i);
        }
        regs[0].markUnknown();
    }

    // ------------------------------------------------------------------ atomics

    private void atomic(Insn in) {
        int imm = in.imm();
        boolean known = switch (imm) {
            case BPF_ADD, BPF_ADD | BPF_FETCH, BPF_AND, BPF_AND | BPF_FETCH, BPF_OR, BPF_OR | BPF_FETCH, BPF_XOR,
                 BPF_XOR | BPF_FETCH, BPF_XCHG, BPF_CMPXCHG -> true;
            default -> false;
        };
        if (!known) throw env.reject(Messages.INVALID_ATOMIC_OPCODE, imm);
        int size = in.opcode() & 0x18;
        if (size != BPF_W && size != BPF_DW) throw env.reject(Messages.INVALID_ATOMIC_SIZE);
        src(in.src());
        src(in.dst());
        if (imm == BPF_CMPXCHG) src(0);
        RegState d = env.regs()[in.dst()];
        if (d.type == RegType.PTR_TO_CTX || d.type.isPktPointer() || d.type == RegType.PTR_TO_FLOW_KEYS
                || d.type == RegType.PTR_TO_SOCKET || d.type == RegType.PTR_TO_SOCK_COMMON
                || d.type == RegType.PTR_TO_TCP_SOCK) {
            throw env.rejectReg(in.dst(), Messages.ATOMIC_STORE_TYPE, in.dst(), RegFormat.typeName(d));
        }
        int loadReg = -1;
        if ((imm & BPF_FETCH) != 0) {
            loadReg = imm == BPF_CMPXCHG ? 0 : in.src();
            dst(loadReg);
        }
        int bytes = Size.ofCode(in.opcode()).bytes();
        mem.access(in.dst(), in.off(), bytes, false, -1, true, false);
        if (loadReg >= 0) mem.access(in.dst(), in.off(), bytes, false, loadReg, true, false);
        mem.access(in.dst(), in.off(), bytes, true, -1, true, false);
    }

    // ------------------------------------------------------------------ jumps

    /** @return true for an exit */
    private boolean jmp(Insn in, int cls) {
        int code = in.opcode();
        int op = code & 0xf0;
        boolean x = (code & BPF_X) != 0;
        if (op == BPF_CALL) {
            if (x || (in.src() != BPF_PSEUDO_KFUNC_CALL && in.off() != 0)
                    || (in.src() != 0 && in.src() != BPF_PSEUDO_CALL && in.src() != BPF_PSEUDO_KFUNC_CALL)
                    || in.dst() != 0 || cls == BPF_JMP32) {
                throw env.reject(Messages.CALL_RESERVED);
            }
            if (in.src() == BPF_PSEUDO_CALL) {
                funcCall(in);
                return false;
            }
            if (in.src() == BPF_PSEUDO_KFUNC_CALL) throw env.reject(Messages.KFUNC_UNSUPPORTED);
            helperCall(in);
            env.scratchReg(0);
            if (env.cur.curframe > 0 && TailCalls.isTailCall(in)) {
                tailCallExit();
                return false;
            }
            env.insnIdx++;
            return false;
        }
        if (op == BPF_JA) {
            if (x || in.src() != 0 || in.dst() != 0 || (cls == BPF_JMP && in.imm() != 0)
                    || (cls == BPF_JMP32 && in.off() != 0)) {
                throw env.reject(Messages.JA_RESERVED);
            }
            env.insnIdx += (cls == BPF_JMP ? in.off() : in.imm()) + 1;
            return false;
        }
        if (op == BPF_EXIT) {
            if (x || in.imm() != 0 || in.src() != 0 || in.dst() != 0 || cls == BPF_JMP32) {
                throw env.reject(Messages.EXIT_RESERVED);
            }
            if (env.cur.curframe > 0) {
                funcExit();
                return false;
            }
            return true;
        }
        condJmp(in, cls == BPF_JMP32);
        return false;
    }

    private void condJmp(Insn in, boolean is32) {
        int op = in.opcode() & 0xf0;
        boolean x = (in.opcode() & BPF_X) != 0;
        if (op > BPF_JSLE) throw env.reject(Messages.INVALID_JMP_OPCODE, op);
        RegState dReg = src(in.dst());
        RegState sReg;
        if (x) {
            if (in.imm() != 0) throw env.reject(Messages.JMP_RESERVED);
            sReg = src(in.src());
        } else {
            if (in.src() != 0) throw env.reject(Messages.JMP_RESERVED);
            sReg = new RegState();
            sReg.markKnown(in.imm());
        }
        int target = env.insnIdx + in.off() + 1;
        curLinked = linkedRegs(x ? sReg : null, dReg);
        int pred = Branches.isBranchTaken(dReg, sReg, op, is32);
        if (pred >= 0) {
            if (!dReg.isPointer()) precision.markReg(in.dst());
            if (x && !sReg.isPointer()) precision.markReg(in.src());
        }
        if (pred == 1) {
            printBranchState();
            env.insnIdx = target;
            return;
        } else if (pred == 0) {
            printBranchState();
            env.insnIdx++;
            return;
        }
        pushState(target);
        VerifierState other = stack.peek();
        RegState[] oregs = other.regs();
        RegState[] regs = env.regs();
        if (x) {
            Branches.setMinMax(oregs[in.dst()], oregs[in.src()], dReg, sReg, op, is32);
        } else {
            RegState t2 = sReg.copy();
            Branches.setMinMax(oregs[in.dst()], t2, dReg, sReg, op, is32);
        }
        if (x && sReg.type == RegType.SCALAR_VALUE && sReg.id != 0) {
            syncLinked(env.cur, sReg);
            syncLinked(other, oregs[in.src()]);
        }
        if (dReg.type == RegType.SCALAR_VALUE && dReg.id != 0) {
            syncLinked(env.cur, dReg);
            syncLinked(other, oregs[in.dst()]);
        }
        if (!is32 && !x && in.imm() == 0 && (op == BPF_JEQ || op == BPF_JNE) && dReg.maybeNull) {
            int id = dReg.id;
            int ref = dReg.refObjId;
            markPtrOrNull(env.cur, id, ref, op == BPF_JNE);
            markPtrOrNull(other, id, ref, op == BPF_JEQ);
        } else {
            matchPktPointers(in, op, is32, x, regs[in.dst()], x ? regs[in.src()] : null, env.cur, other);
        }
        printBranchState();
        env.insnIdx++;
    }

    /** collect_linked_regs(): scalars of every frame sharing an id with the jump's operands. */
    private int[] linkedRegs(RegState src, RegState dst) {
        int id1 = src != null && src.type == RegType.SCALAR_VALUE ? src.id : 0;
        int id2 = dst.type == RegType.SCALAR_VALUE ? dst.id : 0;
        if (id1 == 0 && id2 == 0) return null;
        int[] out = new int[16];
        int n = 0;
        VerifierState st = env.cur;
        for (int f = 0; f <= st.curframe; f++) {
            FuncState fs = st.frames[f];
            for (int i = 0; i < fs.regs.length && n < out.length; i++) {
                if (linked(fs.regs[i], id1, id2)) out[n++] = f << 16 | i;
            }
            for (int spi = 0; spi < fs.allocatedStack / 8 && n < out.length; spi++) {
                if (fs.isSpilled(spi) && linked(fs.spill(spi), id1, id2)) out[n++] = f << 16 | 1 << 8 | spi;
            }
        }
        return n > 1 ? java.util.Arrays.copyOf(out, n) : null;
    }

    private static boolean linked(RegState r, int id1, int id2) {
        return r.type == RegType.SCALAR_VALUE && r.id != 0 && (r.id == id1 || r.id == id2);
    }

    private void printBranchState() {
        if (env.opts.logLevel() >= 1) printInsnState();
    }

    /** sync_linked_regs(): copies refined bounds to every scalar with the same id. */
    private static void syncLinked(VerifierState st, RegState known) {
        for (int f = 0; f <= st.curframe; f++) {
            FuncState fs = st.frames[f];
            for (RegState r : fs.regs) sync(r, known);
            for (int i = 0; i < FuncState.SLOTS; i++) {
                if (fs.isSpilled(i)) sync(fs.spill(i), known);
            }
        }
    }

    /** One register of sync_linked_regs(): same base id, shifted by the BPF_ADD_CONST offsets. */
    private static void sync(RegState r, RegState known) {
        if (r == known || r.type != RegType.SCALAR_VALUE || r.id != known.id) return;
        if ((!r.addConst && !known.addConst) || r.off == known.off) {
            r.copyFrom(known);
            return;
        }
        int savedOff = r.off;
        boolean savedFlag = r.addConst;
        RegState delta = new RegState();
        delta.markKnown((long) savedOff - (long) known.off);
        r.copyFrom(known);
        r.off = savedOff;
        r.addConst = savedFlag;
        ScalarAlu.addConst(r, delta);
    }

    /** mark_ptr_or_null_regs(): a null check decides every copy of the pointer. */
    private static void markPtrOrNull(VerifierState st, int id, int refObjId, boolean isNull) {
        if (refObjId != 0 && refObjId == id && isNull) st.release(id);
        for (int f = 0; f <= st.curframe; f++) {
            FuncState fs = st.frames[f];
            for (RegState r : fs.regs) markOne(r, id, isNull);
            for (int i = 0; i < FuncState.SLOTS; i++) {
                if (fs.isSpilled(i)) markOne(fs.spill(i), id, isNull);
            }
        }
    }

    private static void markOne(RegState r, int id, boolean isNull) {
        if (!r.maybeNull || r.id != id) return;
        if (r.smin != 0 || r.smax != 0 || !r.varOff.equalsConst(0)) return;
        if (isNull) {
            r.type = RegType.SCALAR_VALUE;
            r.maybeNull = false;
            r.id = 0;
            r.refObjId = 0;
            r.map = null;
            r.ringbuf = false;
            r.rdonly = false;
            r.off = 0;
            return;
        }
        r.maybeNull = false;
        r.id = 0;
        if (r.type == RegType.PTR_TO_MAP_VALUE && r.map != null && r.map.innerMap() != null
                && (r.map.type() == MapType.ARRAY_OF_MAPS || r.map.type() == MapType.HASH_OF_MAPS)) {
            // map-in-map: a non-NULL lookup result is the inner map (mark_ptr_or_null_reg())
            r.type = RegType.CONST_PTR_TO_MAP;
            r.map = r.map.innerMap();
        }
    }

    /** try_match_pkt_pointers(): comparisons with data_end give packet pointers a range. */
    private void matchPktPointers(Insn in, int op, boolean is32, boolean x, RegState dReg, RegState sReg,
            VerifierState thisBranch, VerifierState otherBranch) {
        if (!x || is32) return;
        int dstNo = in.dst();
        if (dReg.type == RegType.PTR_TO_PACKET_END || sReg.type == RegType.PTR_TO_PACKET_META) {
            RegState t = dReg;
            dReg = sReg;
            sReg = t;
            dstNo = in.src();
            op = Branches.flip(op);
        }
        boolean dataVsEnd = dReg.type == RegType.PTR_TO_PACKET && sReg.type == RegType.PTR_TO_PACKET_END;
        boolean metaVsData = dReg.type == RegType.PTR_TO_PACKET_META && sReg.type == RegType.PTR_TO_PACKET
                && sReg.off == 0 && sReg.varOff.equalsConst(0) && sReg.range == 0 && sReg.id == 0;
        if (!dataVsEnd && !metaVsData) return;
        switch (op) {
            case BPF_JGT -> {
                findGoodPkt(thisBranch, dReg, false);
                markPktEnd(otherBranch, dstNo, true);
            }
            case BPF_JLT -> {
                findGoodPkt(otherBranch, dReg, true);
                markPktEnd(thisBranch, dstNo, false);
            }
            case BPF_JGE -> {
                findGoodPkt(thisBranch, dReg, true);
                markPktEnd(otherBranch, dstNo, false);
            }
            case BPF_JLE -> {
                findGoodPkt(otherBranch, dReg, false);
                markPktEnd(thisBranch, dstNo, true);
            }
            default -> { }
        }
    }

    private static void markPktEnd(VerifierState st, int regno, boolean rangeOpen) {
        RegState r = st.regs()[regno];
        if (r.type != RegType.PTR_TO_PACKET) return;
        r.range = rangeOpen ? RegState.BEYOND_PKT_END : RegState.AT_PKT_END;
    }

    /** find_good_pkt_pointers(). */
    private static void findGoodPkt(VerifierState st, RegState dReg, boolean rangeRightOpen) {
        if (dReg.off < 0 || (dReg.off == 0 && rangeRightOpen)) return;
        if (Long.compareUnsigned(dReg.umax, MemAccess.MAX_PACKET_OFF) > 0
                || dReg.umax + dReg.off > MemAccess.MAX_PACKET_OFF) {
            return;
        }
        int newRange = dReg.off + (rangeRightOpen ? 1 : 0);
        RegType type = dReg.type;
        int id = dReg.id;
        for (int f = 0; f <= st.curframe; f++) {
            FuncState fs = st.frames[f];
            for (RegState r : fs.regs) {
                if (r.type == type && r.id == id) r.range = Math.max(r.range, newRange);
            }
            for (int i = 0; i < fs.allocatedStack / 8; i++) {
                if (!fs.isSpilled(i)) continue;
                RegState r = fs.spill(i);
                if (r.type == type && r.id == id) r.range = Math.max(r.range, newRange);
            }
        }
    }

    // ------------------------------------------------------------------ helper calls

    private void helperCall(Insn in) {
        int funcId = in.imm();
        HelperId h = HelperId.of(funcId);
        if (h == null || funcId < 0) throw env.reject(Messages.INVALID_FUNC, "unknown", funcId);
        String name = funcId == 0 ? "bpf_unspec" : h.cName();
        if (funcId == 0 || !HelperAvailability.allowed(env.opts.type(), h)) {
            throw env.reject(Messages.HELPER_NOT_ALLOWED, name, funcId);
        }
        if ((Callbacks.callsSync(funcId) || Callbacks.callsAsync(funcId)) && !Callbacks.modelled(h)) {
            throw env.reject(Messages.PSEUDO_CALL_UNSUPPORTED);
        }
        HelperProto fn = HelperProto.of(h);
        if (fn == null) {
            throw env.reject("helper " + h.cName() + "#" + funcId + " is not modelled by ebpf4j's verifier yet");
        }
        if (fn.gplOnly() && !env.opts.gplCompatible()) throw env.reject(Messages.GPL_ONLY);
        HelperArgs.Meta meta = new HelperArgs(env, mem).check(fn);
        RegState[] regs = env.regs();
        if (meta.rawRegno >= 0) {
            for (int i = 0; i < meta.rawSize; i++) mem.access(meta.rawRegno, i, 1, true, -1, false, false);
        }
        if (h == HelperId.TAIL_CALL && meta.map != null && meta.map.type() != MapType.PROG_ARRAY) {
            // record_func_map(): the kernel's message has no newline
            env.errorLines.add(Messages.TAIL_CALL_MAP);
            env.verbose(Messages.TAIL_CALL_MAP);
            env.failedReg = 2; // bpf_tail_call(ctx, map, index): the map argument
            throw new Env.Reject();
        }
        if (h == HelperId.TAIL_CALL && meta.map != null) {
            // record_func_key(): a constant in-range index is precise
            RegState r3 = env.regs()[3];
            if (r3.isConst(false) && Long.compareUnsigned(r3.constValue(false),
                    Integer.toUnsignedLong(meta.map.maxEntries())) < 0) {
                precision.markReg(3);
            }
        }
        if (meta.releaseRefId != 0) {
            VerifierState st = env.cur;
            if (!st.release(meta.releaseRefId)) {
                throw env.reject(Messages.REF_NOT_ACQUIRED, h.cName(), funcId);
            }
            invalidateRef(st, meta.releaseRefId);
        }
        // check_reference_leak() at a tail call: references may stay held only below the main frame
        if (h == HelperId.TAIL_CALL && env.cur.refs.length > 0 && env.cur.curframe == 0) {
            for (int id : env.cur.refs) env.errorLine(String.format(Messages.UNRELEASED_REF, id, refInsn[id & 63]));
            throw env.reject(Messages.REF_LEAK, "tail_call");
        }
        if (h == HelperId.FOR_EACH_MAP_ELEM) pushCallback(h, meta);
        if (h == HelperId.LOOP) {
            // the iteration count decides when the walk stops unrolling: its value matters
            precision.markReg(1);
            FuncState f = env.cur.cur();
            if (Long.compareUnsigned(f.callbackDepth, regs[1].umax) < 0) {
                pushCallback(h, meta);
            } else {
                f.callbackDepth = 0;
                if (env.opts.logLevel() >= 2) env.verbose("frame" + env.cur.curframe + " bpf_loop iteration limit reached\n");
            }
        }
        for (int i = 0; i < CALLER_SAVED; i++) {
            regs[i].markNotInit();
            env.scratchReg(i);
        }
        RegState r0 = regs[0];
        switch (fn.ret()) {
            case INTEGER -> r0.markUnknown();
            case VOID -> r0.markNotInit();
            case PTR_TO_MAP_VALUE_OR_NULL -> {
                r0.markKnownZeroPointer(RegType.PTR_TO_MAP_VALUE);
                r0.map = meta.map;
                r0.mapIndex = meta.mapIndex;
                boolean elide = h == HelperId.MAP_LOOKUP_ELEM && MemAccess.isArrayMap(meta.map.type())
                        && meta.constMapKey >= 0 && meta.constMapKey < Integer.toUnsignedLong(meta.map.maxEntries());
                r0.maybeNull = !elide;
            }
            case PTR_TO_RINGBUF_MEM_OR_NULL -> {
                r0.markKnownZeroPointer(RegType.PTR_TO_MEM);
                r0.ringbuf = true;
                r0.maybeNull = true;
                r0.memSize = (int) meta.memSize;
            }
        }
        if (r0.maybeNull) r0.id = ++env.idGen;
        if (h == HelperId.RINGBUF_RESERVE) {
            int id = ++env.idGen;
            r0.id = id;
            r0.refObjId = id;
            env.cur.acquire(id);
            refInsn[id & 63] = env.insnIdx;
        }
        mapFuncCompatible(meta.map, h);
        if (fn.changesPktData()) clearPktPointers(env.cur);
    }

    private static void invalidateRef(VerifierState st, int refId) {
        for (int f = 0; f <= st.curframe; f++) {
            FuncState fs = st.frames[f];
            for (RegState r : fs.regs) if (r.refObjId == refId) r.markUnknown();
            for (int i = 0; i < FuncState.SLOTS; i++) {
                if (fs.isSpilled(i) && fs.spill(i).refObjId == refId) fs.spill(i).markUnknown();
            }
        }
    }

    static void clearPktPointers(VerifierState st) {
        for (int f = 0; f <= st.curframe; f++) {
            FuncState fs = st.frames[f];
            for (RegState r : fs.regs) {
                if (r.type.isPktPointer() || r.type == RegType.PTR_TO_PACKET_END) r.markUnknown();
            }
            for (int i = 0; i < fs.allocatedStack / 8; i++) {
                if (!fs.isSpilled(i)) continue;
                RegState r = fs.spill(i);
                if (r.type.isPktPointer() || r.type == RegType.PTR_TO_PACKET_END) r.markUnknown();
            }
        }
    }

    /** check_map_func_compatibility(). */
    private void mapFuncCompatible(MapSpec map, HelperId h) {
        if (map == null) return;
        MapType t = map.type();
        boolean ok = switch (t) {
            case PROG_ARRAY -> h == HelperId.TAIL_CALL;
            case PERF_EVENT_ARRAY -> h == HelperId.PERF_EVENT_READ || h == HelperId.PERF_EVENT_OUTPUT
                    || h == HelperId.SKB_OUTPUT || h == HelperId.PERF_EVENT_READ_VALUE || h == HelperId.XDP_OUTPUT;
            case RINGBUF -> h == HelperId.RINGBUF_OUTPUT || h == HelperId.RINGBUF_RESERVE
                    || h == HelperId.RINGBUF_QUERY || h == HelperId.RINGBUF_RESERVE_DYNPTR;
            case QUEUE, STACK -> h == HelperId.MAP_PEEK_ELEM || h == HelperId.MAP_POP_ELEM
                    || h == HelperId.MAP_PUSH_ELEM;
            case BLOOM_FILTER -> h == HelperId.MAP_PEEK_ELEM || h == HelperId.MAP_PUSH_ELEM;
            case DEVMAP, DEVMAP_HASH -> h == HelperId.REDIRECT_MAP || h == HelperId.MAP_LOOKUP_ELEM;
            case CPUMAP -> h == HelperId.REDIRECT_MAP;
            case XSKMAP -> h == HelperId.REDIRECT_MAP || h == HelperId.MAP_LOOKUP_ELEM;
            default -> true;
        };
        if (ok) {
            ok = switch (h) {
                case TAIL_CALL -> t == MapType.PROG_ARRAY;
                case PERF_EVENT_OUTPUT, PERF_EVENT_READ -> t == MapType.PERF_EVENT_ARRAY;
                case RINGBUF_OUTPUT, RINGBUF_RESERVE, RINGBUF_QUERY -> t == MapType.RINGBUF;
                case REDIRECT_MAP -> t == MapType.DEVMAP || t == MapType.DEVMAP_HASH || t == MapType.CPUMAP
                        || t == MapType.XSKMAP;
                case MAP_POP_ELEM -> t == MapType.QUEUE || t == MapType.STACK;
                case MAP_PEEK_ELEM, MAP_PUSH_ELEM -> t == MapType.QUEUE || t == MapType.STACK
                        || t == MapType.BLOOM_FILTER;
                default -> true;
            };
        }
        if (!ok) throw env.reject(Messages.MAP_FUNC_INCOMPATIBLE, t.id(), h.cName(), h.id());
    }

    // ------------------------------------------------------------------ callbacks

    /**
     * push_callback_call(): the callback's entry becomes a path of its own (walked later, from
     * the state before the helper's effects, with a new frame set up as the helper calls the
     * callback); the current path goes on after the helper.
     */
    private void pushCallback(HelperId h, HelperArgs.Meta meta) {
        VerifierState st = env.cur;
        int subprog = st.cur().regs[2].subprogno;
        pushState(cfg.subprogs.get(subprog));
        VerifierState cb = stack.peek();
        // setup_func_entry()
        if (cb.curframe + 1 >= MAX_CALL_FRAMES) throw env.reject(Messages.CALL_STACK_TOO_DEEP, cb.curframe + 2);
        FuncState callee = FuncState.entry(cb.curframe + 1, subprog, env.insnIdx);
        env.markAllScratched(); // init_func_state()
        String err = Callbacks.enter(h, cb.cur(), callee, meta.map, meta.mapIndex);
        if (err != null) throw env.reject(err);
        cb.curframe++;
        cb.frames[cb.curframe] = callee;
        cb.callbackUnrollDepth++;
        cb.frames[cb.curframe - 1].callbackDepth++;
        st.cur().callbackDepth = 0;
    }

    /** find_prev_entry(): the checkpoint of an earlier visit of {@code insn} still being explored on this path. */
    private VerifierState findPrevEntry(VerifierState cur, int insn) {
        StateList bucket = explored.get((long) cur.cur().callsite << 32 | (insn & 0xffffffffL));
        if (bucket == null) return null;
        List<VerifierState> list = bucket.states;
        for (int k = list.size() - 1; k >= 0; k--) {
            VerifierState s = list.get(k);
            if (s.branches > 0 && s.insnIdx == insn && sameCallsites(s, cur) && s.dfsDepth < cur.dfsDepth) return s;
        }
        return null;
    }

    private static boolean sameCallsites(VerifierState a, VerifierState b) {
        if (a.curframe != b.curframe) return false;
        for (int f = a.curframe; f >= 0; f--) {
            if (a.frames[f].callsite != b.frames[f].callsite) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ bpf-to-bpf calls

    /**
     * check_func_call() for a static subprogram: a new frame whose r1-r5 are the caller's, r10 its
     * own stack, every other register unreadable; the caller's r0-r5 are clobbered.
     */
    private void funcCall(Insn in) {
        VerifierState st = env.cur;
        int target = env.insnIdx + in.imm() + 1;
        int subprog = cfg.subprogs.indexOf(target);
        if (subprog < 0) throw env.reject("verifier bug. No program starts at insn %d", target);
        if (env.globals != null && env.globals.isGlobal(subprog)) {
            env.globals.call(subprog, mem);
            env.insnIdx++;
            return;
        }
        if (st.curframe + 1 >= MAX_CALL_FRAMES) throw env.reject(Messages.CALL_STACK_TOO_DEEP, st.curframe + 2);
        FuncState caller = st.cur();
        FuncState callee = FuncState.entry(st.curframe + 1, subprog, env.insnIdx);
        for (int i = 1; i < CALLER_SAVED; i++) callee.regs[i].copyFrom(caller.regs[i]);
        for (int i = 0; i < CALLER_SAVED; i++) {
            caller.regs[i].markNotInit();
            env.scratchReg(i);
        }
        st.curframe++;
        st.frames[st.curframe] = callee;
        env.insnIdx = target;
        if (env.opts.logLevel() >= 1) {
            env.verbose("caller:\n" + StateFormat.state(env, caller, true) + "\ncallee:\n"
                    + StateFormat.state(env, callee, true) + "\n");
        }
        env.markAllScratched();
    }

    /**
     * A tail call in a subprogram may end it (do_check(), BPF_EXIT_TAIL_CALL): the fall-through,
     * with r0 unset, waits on the stack while the caller continues now with an unknown r0. In the
     * main program the early end needs no check beyond the reference leak in helperCall (the
     * return value is not checked), so only the fall-through is followed there, which gives the
     * kernel's processed count and level-1 log.
     */
    private void tailCallExit() {
        pushState(env.insnIdx + 1);
        env.regs()[0].markUnknown();
        funcExit();
    }

    /**
     * LD_ABS/LD_IND may end the function too, when the load is out of the packet
     * (BPF_EXIT_LD_ABS): in the main program a reference still held leaks; in a subprogram the
     * fall-through waits on the stack while the caller continues now, with r0 unknown as the load
     * left it.
     *
     * @return true when the walk went on in the caller
     */
    private boolean ldAbsExit() {
        VerifierState st = env.cur;
        if (st.curframe == 0) {
            if (st.refs.length > 0) {
                for (int id : st.refs) env.errorLine(String.format(Messages.UNRELEASED_REF, id, refInsn[id & 63]));
                throw env.reject(Messages.REF_LEAK, "BPF_LD_[ABS|IND]");
            }
            return false;
        }
        pushState(env.insnIdx + 1);
        funcExit();
        return true;
    }

    /** prepare_func_exit(): back to the caller with the callee's r0 (which may be unreadable). */
    private void funcExit() {
        VerifierState st = env.cur;
        FuncState callee = st.cur();
        RegState r0 = callee.regs[0];
        if (r0.type == RegType.PTR_TO_STACK) throw env.rejectReg(0, Messages.RETURN_STACK_PTR);
        FuncState caller = st.frames[st.curframe - 1];
        boolean inCallback = callee.inCallbackFn;
        if (inCallback) {
            if (r0.type != RegType.SCALAR_VALUE) throw env.rejectReg(0, Messages.R0_NOT_SCALAR);
            precision.markReg(0);
            if (r0.smin < callee.callbackRetMin || r0.smax > callee.callbackRetMax) {
                throw env.rejectReg(0, "%s", rangeMessage(Messages.CALLBACK_RET_PREFIX, r0, callee.callbackRetMin,
                        callee.callbackRetMax));
            }
            // back to the call: the helper may call the callback again (the walk converges by pruning there)
            env.insnIdx = callee.callsite;
        } else {
            caller.regs[0].copyFrom(r0);
            env.insnIdx = callee.callsite + 1;
        }
        if (env.opts.logLevel() >= 1) {
            env.verbose("returning from callee:\n" + StateFormat.state(env, callee, true) + "\nto caller at "
                    + env.insnIdx + ":\n" + StateFormat.state(env, caller, true) + "\n");
        }
        st.frames[st.curframe] = null;
        st.curframe--;
        env.markClean();
        if (inCallback) {
            VerifierState prev = findPrevEntry(st, env.insnIdx);
            if (prev != null) Callbacks.widen(prev, st);
        }
    }

    /**
     * check_max_stack_depth(), after the walk: the stack of every call chain from the main program
     * (each frame's depth rounded up to 16 bytes, as with the JIT) must fit in 512 bytes, and a
     * subprogram that tail calls must be entered with less than 256 bytes below it.
     */
    void checkMaxStackDepth() {
        chainDepth(0, 0, 0);
    }

    private void chainDepth(int subprog, int frame, int depth) {
        int start = cfg.subprogs.get(subprog);
        int end = subprog + 1 < cfg.subprogs.size() ? cfg.subprogs.get(subprog + 1) : env.prog.size();
        if (subprog != 0 && depth >= TailCalls.MAX_CALLER_STACK && TailCalls.hasTailCall(env.prog, start, end)) {
            env.insnIdx = -1;
            throw env.reject(Messages.TAIL_CALL_CALLER_STACK, depth);
        }
        int total = depth + (env.stackDepth[subprog] + 15) / 16 * 16;
        if (total > STACK_SIZE) {
            env.insnIdx = -1;
            throw env.reject(Messages.COMBINED_STACK_TOO_LARGE, frame + 1, total);
        }
        for (int i = start; i < end; i++) {
            Insn in = env.prog.insn(i);
            boolean call = in.opcode() == CALL && in.src() == BPF_PSEUDO_CALL;
            boolean callback = in.opcode() == LD_IMM64 && in.src() == BPF_PSEUDO_FUNC;
            if (!call && !callback) continue;
            if (frame + 1 >= MAX_CALL_FRAMES) {
                env.insnIdx = -1;
                throw env.reject(Messages.CALL_CHAIN_TOO_DEEP, frame + 1);
            }
            chainDepth(cfg.subprogs.indexOf(i + in.imm() + 1), frame + 1, total);
        }
    }

    // ------------------------------------------------------------------ exit

    private void checkExit() {
        VerifierState st = env.cur;
        if (st.refs.length > 0) {
            for (int id : st.refs) env.errorLine(String.format(Messages.UNRELEASED_REF, id, refInsn[id & 63]));
            throw env.reject(Messages.REF_LEAK, Messages.EXIT_MAIN);
        }
        RegState r0 = src(0);
        if (st.frames[0].subprog != 0) {
            // a global function's own walk: any scalar may be returned (check_return_code())
            if (r0.type != RegType.SCALAR_VALUE) {
                throw env.reject(Messages.SUBPROG_EXIT_NOT_SCALAR, 0, RegFormat.typeName(r0));
            }
            return;
        }
        long lo;
        long hi;
        switch (env.opts.type()) {
            case CGROUP_SKB, CGROUP_SOCK, SOCK_OPS, CGROUP_DEVICE, CGROUP_SYSCTL, CGROUP_SOCKOPT -> {
                lo = 0;
                hi = 1;
            }
            case SK_LOOKUP -> {
                lo = 0;
                hi = 1;
            }
            case NETFILTER -> {
                lo = 0;
                hi = 1;
            }
            default -> {
                return;
            }
        }
        if (r0.type != RegType.SCALAR_VALUE) {
            throw env.rejectReg(0, Messages.EXIT_NOT_KNOWN, Messages.EXIT_PREFIX, 0, RegFormat.typeName(r0));
        }
        precision.markReg(0);
        if (r0.smin < lo || r0.smax > hi) throw env.rejectReg(0, "%s", rangeMessage(Messages.EXIT_RANGE_PREFIX, r0, lo, hi));
    }

    /** verbose_invalid_scalar(). */
    private static String rangeMessage(String prefix, RegState r0, long lo, long hi) {
        StringBuilder b = new StringBuilder(prefix);
        boolean unknown = true;
        if (r0.smin > Long.MIN_VALUE) {
            b.append(" smin=").append(r0.smin);
            unknown = false;
        }
        if (r0.smax < Long.MAX_VALUE) {
            b.append(" smax=").append(r0.smax);
            unknown = false;
        }
        if (unknown) b.append(" unknown scalar value");
        return b.append(" should have been in [").append(lo).append(", ").append(hi).append(']').toString();
    }
}
