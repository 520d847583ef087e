package io.github.ebpf4j.verifier;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks the kernel makes on the program's shape before following any path, in the kernel's
 * order: {@code add_subprog_and_kfunc()} (call targets), {@code check_subprogs()} (jumps stay in
 * their function, each function ends in exit or jump), {@code check_abnormal_return()} (see
 * {@link TailCalls}), {@code resolve_pseudo_ldimm64()} (LD_IMM64
 * form, map references, known opcodes) and {@code check_cfg()} (depth-first walk: back-edges,
 * unreachable instructions, jumps into the second slot of LD_IMM64). Also records prune points.
 */
final class Cfg {
    /** A structural rejection: message and the instruction it names (or -1). */
    record Error(String message, int insn) {}

    private static final boolean[] OPCODES = new boolean[256];

    static {
        int[] aluOps = {BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV, BPF_OR, BPF_AND, BPF_LSH, BPF_RSH, BPF_MOD, BPF_XOR,
            BPF_MOV, BPF_ARSH};
        for (int cls : new int[] {BPF_ALU, BPF_ALU64}) {
            for (int op : aluOps) {
                OPCODES[cls | op | BPF_K] = true;
                OPCODES[cls | op | BPF_X] = true;
            }
            OPCODES[cls | BPF_NEG] = true;
        }
        OPCODES[BPF_ALU | BPF_END | BPF_TO_LE] = true;
        OPCODES[BPF_ALU | BPF_END | BPF_TO_BE] = true;
        OPCODES[BPF_ALU64 | BPF_END | BPF_TO_LE] = true;
        int[] jmpOps = {BPF_JEQ, BPF_JGT, BPF_JGE, BPF_JSET, BPF_JNE, BPF_JSGT, BPF_JSGE, BPF_JLT, BPF_JLE, BPF_JSLT,
            BPF_JSLE};
        for (int cls : new int[] {BPF_JMP, BPF_JMP32}) {
            for (int op : jmpOps) {
                OPCODES[cls | op | BPF_K] = true;
                OPCODES[cls | op | BPF_X] = true;
            }
            OPCODES[cls | BPF_JA] = true;
        }
        OPCODES[CALL] = true;
        OPCODES[EXIT] = true;
        OPCODES[BPF_JMP | 0xe0] = true; // BPF_JCOND (may_goto)
        for (int sz : new int[] {BPF_B, BPF_H, BPF_W, BPF_DW}) {
            OPCODES[BPF_STX | BPF_MEM | sz] = true;
            OPCODES[BPF_ST | BPF_MEM | sz] = true;
            OPCODES[BPF_LDX | BPF_MEM | sz] = true;
            OPCODES[BPF_STX | BPF_ATOMIC | sz] = true;
            if (sz != BPF_DW) {
                OPCODES[BPF_LDX | BPF_MEMSX | sz] = true;
                OPCODES[BPF_LD | BPF_ABS | sz] = true;
                OPCODES[BPF_LD | BPF_IND | sz] = true;
            }
        }
        OPCODES[LD_IMM64] = true;
    }

    final int len;
    /** Instructions where the kernel considers pruning (jump targets, after calls). */
    final boolean[] prunePoint;
    /** Instructions that are the target of a back edge (loop heads). */
    final boolean[] loopHead;
    /** Instructions reached non-linearly: jump targets and returns from calls (kernel: jmp_point). */
    final boolean[] jmpPoint;
    /** Calls of helpers that call a callback synchronously (kernel: calls_callback). */
    final boolean[] callsCallback;
    /** Instructions where a checkpoint is always taken (kernel: force_checkpoint). */
    final boolean[] forceCheckpoint;
    /** Subprogram start indices, first is 0. */
    final List<Integer> subprogs = new ArrayList<>();

    private Cfg(int len) {
        this.len = len;
        this.prunePoint = new boolean[len];
        this.loopHead = new boolean[len];
        this.jmpPoint = new boolean[len];
        this.callsCallback = new boolean[len];
        this.forceCheckpoint = new boolean[len];
    }

    /**
     * @param p program
     * @param mapCount number of maps LD_IMM64 may refer to
     * @param strictLoops reject back-edges as unprivileged (pre-5.3) kernels do
     * @param funcInfo the load carries BTF func_info (else {@link TailCalls#abnormalReturn})
     * @param out receives the analysis when the checks pass
     * @return the first error, or null
     */
    static Error check(Program p, int mapCount, boolean strictLoops, boolean funcInfo, Cfg[] out) {
        int n = p.size();
        Cfg cfg = new Cfg(n);
        out[0] = cfg;
        Error e = cfg.addSubprogs(p);
        if (e == null) e = cfg.checkSubprogs(p);
        if (e == null && !funcInfo) e = TailCalls.abnormalReturn(p, cfg.subprogs);
        if (e == null) e = resolveLdImm64(p, mapCount);
        if (e == null) e = cfg.dfs(p, strictLoops);
        return e;
    }

    private Error addSubprogs(Program p) {
        subprogs.add(0);
        for (int i = 0; i < len; i++) {
            Insn in = p.insn(i);
            boolean pseudoCall = in.opcode() == CALL && in.src() == BPF_PSEUDO_CALL;
            boolean pseudoFunc = in.opcode() == LD_IMM64 && in.src() == BPF_PSEUDO_FUNC;
            if (pseudoCall || pseudoFunc) {
                int target = i + in.imm() + 1;
                if (target < 0 || target >= len) return new Error(Messages.CALL_INVALID_DEST, i);
                if (!subprogs.contains(target)) subprogs.add(target);
            }
        }
        subprogs.sort(null);
        return null;
    }

    private Error checkSubprogs(Program p) {
        int cur = 0;
        int start = subprogs.get(0);
        int end = subprogs.size() > 1 ? subprogs.get(1) : len;
        for (int i = 0; i < len; i++) {
            Insn in = p.insn(i);
            int code = in.opcode();
            int cls = code & 7;
            if ((cls == BPF_JMP || cls == BPF_JMP32) && (code & 0xf0) != BPF_EXIT && (code & 0xf0) != BPF_CALL) {
                int target = code == (BPF_JMP32 | BPF_JA) ? i + in.imm() + 1 : i + in.off() + 1;
                if (target < start || target >= end) {
                    return new Error(String.format(Messages.JUMP_OUT_OF_RANGE, i, target), i);
                }
            }
            if (i == end - 1) {
                if (code != EXIT && code != (BPF_JMP32 | BPF_JA) && code != (BPF_JMP | BPF_JA)) {
                    return new Error(Messages.LAST_INSN_NOT_EXIT, i);
                }
                start = end;
                cur++;
                end = cur + 1 < subprogs.size() ? subprogs.get(cur + 1) : len;
            }
        }
        return null;
    }

    private static Error resolveLdImm64(Program p, int mapCount) {
        int n = p.size();
        for (int i = 0; i < n; i++) {
            Insn in = p.insn(i);
            int code = in.opcode();
            if ((code & 7) == BPF_LDX && (((code & 0xe0) != BPF_MEM && (code & 0xe0) != BPF_MEMSX) || in.imm() != 0)) {
                return new Error(Messages.LDX_RESERVED, i);
            }
            if (code == LD_IMM64) {
                if (i == n - 1) return new Error(Messages.INVALID_LD_IMM64, i);
                Insn next = p.insn(i + 1);
                if (next.opcode() != 0 || next.dst() != 0 || next.src() != 0 || next.off() != 0) {
                    return new Error(Messages.INVALID_LD_IMM64, i);
                }
                int src = in.src();
                if (src != 0 && src != BPF_PSEUDO_BTF_ID && src != BPF_PSEUDO_FUNC) {
                    boolean ok = switch (src) {
                        case BPF_PSEUDO_MAP_VALUE, BPF_PSEUDO_MAP_IDX_VALUE -> true;
                        case BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX -> next.imm() == 0;
                        default -> false;
                    };
                    if (!ok) return new Error(Messages.UNRECOGNIZED_LD_IMM64, i);
                    if (in.imm() < 0 || in.imm() >= mapCount) {
                        return new Error(String.format(Messages.FD_NOT_MAP, in.imm()), i);
                    }
                }
                i++;
                continue;
            }
            if (!OPCODES[code]) return new Error(String.format(Messages.UNKNOWN_OPCODE, code), i);
        }
        return null;
    }

    private static final int DISCOVERED = 0x10, EXPLORED = 0x20, FALLTHROUGH = 1, BRANCH = 2;
    private static final int DONE = 0, KEEP = 1;

    private Error error;

    private Error dfs(Program p, boolean strictLoops) {
        int[] state = new int[len];
        int[] stack = new int[len + 1];
        int sp = 0;
        for (int start : subprogs) {
            if (state[start] != 0) continue;
            state[start] = DISCOVERED;
            stack[sp++] = start;
            while (sp > 0) {
                int t = stack[sp - 1];
                int ret = visit(p, t, state, stack, sp, strictLoops);
                if (ret < 0) return error;
                if (ret == KEEP) {
                    sp++;
                } else {
                    state[t] = EXPLORED;
                    sp--;
                }
            }
        }
        for (int i = 0; i < len; i++) {
            if (state[i] != EXPLORED) return new Error(String.format(Messages.UNREACHABLE_INSN, i), i);
            if (p.insn(i).opcode() == LD_IMM64) {
                if (i + 1 < len && state[i + 1] != 0) {
                    return new Error(String.format(Messages.JUMP_INTO_LDIMM64, i), i);
                }
                i++;
            }
        }
        return null;
    }

    /** Returns DONE, KEEP (pushed stack[sp]) or -1 with {@link #error} set. */
    private int visit(Program p, int t, int[] state, int[] stack, int sp, boolean strictLoops) {
        Insn in = p.insn(t);
        int code = in.opcode();
        int cls = code & 7;
        if (code == LD_IMM64 && in.src() == BPF_PSEUDO_FUNC) {
            // visit_func_call_insn(): a callback's address is a call that may happen later
            int r = push(t, t + 2, FALLTHROUGH, state, stack, sp, strictLoops);
            if (r != DONE) return r;
            if (t + 2 < len) {
                prunePoint[t + 2] = true;
                jmpPoint[t + 2] = true;
            }
            prunePoint[t] = true;
            return push(t, t + in.imm() + 1, BRANCH, state, stack, sp, strictLoops);
        }
        if (cls != BPF_JMP && cls != BPF_JMP32) {
            int size = code == LD_IMM64 ? 2 : 1;
            return push(t, t + size, FALLTHROUGH, state, stack, sp, strictLoops);
        }
        int op = code & 0xf0;
        if (op == BPF_EXIT) return DONE;
        if (op == BPF_CALL) {
            if (in.src() == 0 && Callbacks.callsAsync(in.imm())) prunePoint[t] = true;
            if (in.src() == 0 && Callbacks.callsSync(in.imm())) {
                // the callback may run any number of times: the call is a loop head
                callsCallback[t] = true;
                forceCheckpoint[t] = true;
                prunePoint[t] = true;
                jmpPoint[t] = true;
            }
            int r = push(t, t + 1, FALLTHROUGH, state, stack, sp, strictLoops);
            if (r != DONE) return r;
            if (t + 1 < len) prunePoint[t + 1] = true;
            if (in.src() == BPF_PSEUDO_CALL) {
                if (t + 1 < len) jmpPoint[t + 1] = true;
                prunePoint[t] = true;
                return push(t, t + in.imm() + 1, BRANCH, state, stack, sp, strictLoops);
            }
            return DONE;
        }
        if (op == BPF_JA) {
            int off = cls == BPF_JMP ? in.off() : in.imm();
            int r = push(t, t + off + 1, FALLTHROUGH, state, stack, sp, strictLoops);
            if (r != DONE) return r;
            if (t + off + 1 < len && t + off + 1 >= 0) {
                prunePoint[t + off + 1] = true;
                jmpPoint[t + off + 1] = true;
            }
            return r;
        }
        prunePoint[t] = true;
        int r = push(t, t + 1, FALLTHROUGH, state, stack, sp, strictLoops);
        if (r != DONE) return r;
        return push(t, t + in.off() + 1, BRANCH, state, stack, sp, strictLoops);
    }

    private int push(int t, int w, int e, int[] state, int[] stack, int sp, boolean strictLoops) {
        if (e == FALLTHROUGH && state[t] >= (DISCOVERED | FALLTHROUGH)) return DONE;
        if (e == BRANCH && state[t] >= (DISCOVERED | BRANCH)) return DONE;
        if (w < 0 || w >= len) {
            error = new Error(String.format(Messages.JUMP_OUT_OF_RANGE, t, w), t);
            return -1;
        }
        if (e == BRANCH) {
            prunePoint[w] = true;
            jmpPoint[w] = true;
        }
        if (state[w] == 0) {
            state[t] = DISCOVERED | e;
            state[w] = DISCOVERED;
            stack[sp] = w;
            return KEEP;
        } else if ((state[w] & 0xf0) == DISCOVERED) {
            loopHead[w] = true;
            if (!strictLoops) return DONE;
            error = new Error(String.format(Messages.BACK_EDGE, t, w), t);
            return -1;
        } else {
            state[t] = DISCOVERED | e;
        }
        return DONE;
    }
}
