package io.github.ebpf4j.verifier;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Size;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a register's value at an instruction came from: a static reaching-definitions analysis
 * over the program's control-flow graph, asked backwards on demand. A question "which
 * definitions of this location reach instruction N" walks predecessors from N until every path
 * meets a definition, so each question costs at most one pass over the program and nothing is
 * stored per instruction.
 *
 * <p>From the failing register the analysis follows the value further, question by question:
 * through register moves and the operands of ALU instructions, through stack spills and fills at
 * constant offsets from R10 (directly, or through a register set to R10 plus a constant earlier in
 * the same basic block, as compilers do for buffers), from a subprogram's argument registers R1-R5
 * into its callers, and from R0 after a bpf-to-bpf call into the callee's exits. A helper that
 * fills a stack buffer (an argument of type ARG_PTR_TO_UNINIT_MEM or a map value it writes) counts
 * as a partial write of the frame from that buffer up. A chain ends at a constant, a load
 * from memory other than the R10 stack (a packet pointer read from the context, a map value), a
 * helper call (R0, and R1-R5 it clobbers) or an input of the program (R1 at entry, R10). The
 * producers are the instructions met on the way, nearest first, at most {@link #MAX_PRODUCERS}
 * after at most {@link #MAX_QUESTIONS} questions: bounded and deterministic.
 *
 * <p>Limits, on purpose: stack bytes written through a pointer whose frame offset is not known
 * within its basic block are not seen (such a fill ends at the writes that are seen, or at none);
 * the analysis is
 * path-insensitive, so it may list a definition that reaches the instruction only on a path the
 * verifier proved impossible.
 */
final class Provenance {
    /** At most this many producing instructions are reported. */
    static final int MAX_PRODUCERS = 16;
    /** At most this many reaching-definition questions are asked per register. */
    static final int MAX_QUESTIONS = 64;

    /** A storage location: a register, or bytes {@code [off, off + size)} of R10's frame. */
    record Loc(int reg, int off, int size) {
        static Loc reg(int r) {
            return new Loc(r, 0, 0);
        }

        static Loc stack(int off, int size) {
            return new Loc(-1, off, size);
        }

        boolean isStack() {
            return reg < 0;
        }
    }

    /** "Which definitions of {@code loc} reach the start of instruction {@code insn}?" */
    private record Question(int insn, Loc loc) {}

    /** How an instruction writes a location. */
    private enum Write { NONE, PARTIAL, FULL }

    /** No known frame offset. */
    private static final int NONE = Integer.MIN_VALUE;

    private final Insn[] insns;
    private final int n;
    /** For loads and stores: the accessed frame offset when the base is R10 plus a known constant, else NONE. */
    private final int[] frameOff;
    /** For helper calls: frame offsets of the stack buffers the helper writes. */
    private final Map<Integer, int[]> helperWrites = new HashMap<>();
    /** Predecessors in compressed rows: those of i are preds[predStart[i] .. predStart[i + 1]). */
    private final int[] predStart;
    private final int[] preds;
    /** Subprogram start indices, ascending (0 first). */
    private final int[] starts;
    /** Pseudo-call instructions by the subprogram start they call. */
    private final Map<Integer, List<Integer>> callSites = new HashMap<>();

    private Provenance(Program p) {
        n = p.size();
        insns = new Insn[n];
        for (int i = 0; i < n; i++) insns[i] = p.insn(i);
        Set<Integer> s = new HashSet<>();
        s.add(0);
        for (int i = 0; i < n; i++) {
            Insn in = insns[i];
            boolean call = in.opcode() == CALL && in.src() == BPF_PSEUDO_CALL;
            boolean func = in.opcode() == LD_IMM64 && in.src() == BPF_PSEUDO_FUNC;
            int target = i + in.imm() + 1;
            if ((call || func) && target >= 0 && target < n) {
                s.add(target);
                if (call) callSites.computeIfAbsent(target, k -> new ArrayList<>()).add(i);
            }
            if (in.opcode() == LD_IMM64) i++;
        }
        starts = s.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] count = new int[n + 1];
        forEachEdge((from, to) -> count[to + 1]++);
        for (int i = 0; i < n; i++) count[i + 1] += count[i];
        predStart = count.clone();
        preds = new int[count[n]];
        int[] fill = count.clone();
        forEachEdge((from, to) -> preds[fill[to]++] = from);
        frameOff = new int[n];
        trackFramePointers();
    }

    /**
     * One forward pass: within each basic block, which registers hold R10 plus a known constant,
     * so that {@code r2 = r10; r2 += -16; *(u32 *)(r2 + 4) = r1} is seen as a store to fp-12.
     */
    private void trackFramePointers() {
        java.util.Arrays.fill(frameOff, NONE);
        long[] off = new long[FP + 1];
        boolean[] known = new boolean[FP + 1];
        int prev = -1;
        for (int i = 0; i < n; i++) {
            Insn in = insns[i];
            int code = in.opcode();
            int cls = code & 7;
            boolean linear = predStart[i + 1] - predStart[i] == 1 && preds[predStart[i]] == prev;
            if (!linear) java.util.Arrays.fill(known, false);
            known[FP] = true;
            off[FP] = 0;
            int base = cls == BPF_LDX ? in.src() : cls == BPF_ST || cls == BPF_STX ? in.dst() : -1;
            if (base >= 0 && known[base]) frameOff[i] = (int) (off[base] + in.off());
            if (code == CALL && in.src() == 0) recordHelperWrites(i, in.imm(), off, known);
            int dst = in.dst();
            switch (cls) {
                case BPF_ALU64 -> {
                    int op = code & 0xf0;
                    boolean x = (code & BPF_X) != 0;
                    if (op == BPF_MOV && x && in.off() == 0) {
                        known[dst] = known[in.src()];
                        off[dst] = off[in.src()];
                    } else if ((op == BPF_ADD || op == BPF_SUB) && !x && known[dst]) {
                        off[dst] += op == BPF_ADD ? in.imm() : -(long) in.imm();
                    } else {
                        known[dst] = false;
                    }
                }
                case BPF_ALU, BPF_LDX -> known[dst] = false;
                case BPF_LD -> {
                    if (code == LD_IMM64) known[dst] = false;
                    else java.util.Arrays.fill(known, 0, 6, false);
                }
                case BPF_STX -> {
                    if ((code & 0xe0) == BPF_ATOMIC && (in.imm() & BPF_FETCH) != 0) {
                        known[in.imm() == BPF_CMPXCHG ? 0 : in.src()] = false;
                    }
                }
                case BPF_JMP, BPF_JMP32 -> {
                    if ((code & 0xf0) == BPF_CALL) java.util.Arrays.fill(known, 0, 6, false);
                }
                default -> { }
            }
            prev = i;
            if (code == LD_IMM64) i++;
        }
    }

    /** Notes the stack buffers a helper call at {@code i} fills, from its prototype. */
    private void recordHelperWrites(int i, int helper, long[] off, boolean[] known) {
        io.github.ebpf4j.vm.helpers.HelperId id = io.github.ebpf4j.vm.helpers.HelperId.of(helper);
        HelperProto proto = id == null ? null : HelperProto.of(id);
        if (proto == null) return;
        List<Integer> written = new ArrayList<>();
        for (int a = 0; a < proto.args().size() && a < 5; a++) {
            HelperProto.Arg t = proto.args().get(a);
            boolean fills = t == HelperProto.Arg.PTR_TO_UNINIT_MEM || t == HelperProto.Arg.PTR_TO_UNINIT_MAP_VALUE
                    || t == HelperProto.Arg.PTR_TO_MEM_OR_NULL;
            if (fills && known[a + 1]) written.add((int) off[a + 1]);
        }
        if (!written.isEmpty()) helperWrites.put(i, written.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * @param p the program (any program: edges leaving it are ignored)
     * @return the analysis, ready for questions
     */
    static Provenance of(Program p) {
        return new Provenance(p);
    }

    private interface Edge {
        void accept(int from, int to);
    }

    /** Control-flow edges within each function; a call continues at the next instruction. */
    private void forEachEdge(Edge e) {
        for (int i = 0; i < n; i++) {
            Insn in = insns[i];
            int code = in.opcode();
            int cls = code & 7;
            if (code == LD_IMM64) {
                edge(e, i, i + 2);
                i++;
                continue;
            }
            if (cls != BPF_JMP && cls != BPF_JMP32) {
                edge(e, i, i + 1);
                continue;
            }
            int op = code & 0xf0;
            if (op == BPF_EXIT) continue;
            if (op == BPF_CALL) {
                edge(e, i, i + 1);
            } else if (op == BPF_JA) {
                edge(e, i, i + (cls == BPF_JMP ? in.off() : in.imm()) + 1);
            } else {
                edge(e, i, i + 1);
                edge(e, i, i + in.off() + 1);
            }
        }
    }

    private void edge(Edge e, int from, int to) {
        if (to >= 0 && to < n) e.accept(from, to);
    }

    /**
     * @param insn the instruction that uses the register
     * @param reg the register, R0 to R10
     * @return the instructions that produced the register's value there, in program order
     */
    List<Integer> producers(int insn, int reg) {
        if (insn < 0 || insn >= n || reg < 0 || reg >= FP) return List.of();
        Set<Integer> found = new LinkedHashSet<>();
        Set<Question> asked = new HashSet<>();
        ArrayDeque<Question> todo = new ArrayDeque<>();
        todo.add(new Question(insn, Loc.reg(reg)));
        while (!todo.isEmpty() && asked.size() < MAX_QUESTIONS && found.size() < MAX_PRODUCERS) {
            Question q = todo.poll();
            if (!asked.add(q)) continue;
            for (int d : reachingDefs(q.insn(), q.loc())) {
                if (found.size() < MAX_PRODUCERS) found.add(d);
                todo.addAll(inputs(d, q.loc()));
            }
        }
        return found.stream().sorted().toList();
    }

    /**
     * @param at an instruction
     * @param loc a location
     * @return the instructions whose write of {@code loc} reaches the start of {@code at}, in the
     *     order the backward walk meets them
     */
    List<Integer> reachingDefs(int at, Loc loc) {
        List<Integer> defs = new ArrayList<>();
        BitSet seen = new BitSet(n);
        BitSet expanded = new BitSet(n);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        expandBefore(at, loc, seen, expanded, work);
        while (!work.isEmpty()) {
            int p = work.poll();
            Write w = writes(p, loc);
            if (w != Write.NONE) defs.add(p);
            if (w != Write.FULL) expandBefore(p, loc, seen, expanded, work);
        }
        return defs;
    }

    /** Queues the instructions that may run just before {@code x} (callers' too, for arguments). */
    private void expandBefore(int x, Loc loc, BitSet seen, BitSet expanded, ArrayDeque<Integer> work) {
        if (expanded.get(x)) return;
        expanded.set(x);
        for (int k = predStart[x]; k < predStart[x + 1]; k++) {
            int p = preds[k];
            if (!seen.get(p)) {
                seen.set(p);
                work.add(p);
            }
        }
        // a subprogram receives R1-R5 from the call instruction (the call itself writes them only after)
        if (loc.reg() >= 1 && loc.reg() <= 5) {
            for (int c : callSites.getOrDefault(x, List.of())) expandBefore(c, loc, seen, expanded, work);
        }
    }

    /** How instruction {@code p} writes {@code loc}. */
    private Write writes(int p, Loc loc) {
        Insn in = insns[p];
        int code = in.opcode();
        int cls = code & 7;
        if (loc.isStack()) {
            if (code == CALL) {
                for (int o : helperWrites.getOrDefault(p, new int[0])) {
                    if (o < loc.off() + loc.size() && o < 0) return Write.PARTIAL; // fills [o, o + size) within [o, 0)
                }
                return Write.NONE;
            }
            boolean store = cls == BPF_ST || cls == BPF_STX;
            if (!store || frameOff[p] == NONE) return Write.NONE;
            int size = Size.ofCode(code).bytes();
            int lo = frameOff[p];
            int hi = lo + size;
            if (hi <= loc.off() || lo >= loc.off() + loc.size()) return Write.NONE;
            boolean covers = lo <= loc.off() && hi >= loc.off() + loc.size();
            return covers && (code & 0xe0) == BPF_MEM ? Write.FULL : Write.PARTIAL;
        }
        int r = loc.reg();
        boolean w = switch (cls) {
            case BPF_ALU, BPF_ALU64, BPF_LDX -> in.dst() == r;
            case BPF_LD -> code == LD_IMM64 ? in.dst() == r : r <= 5; // LD_ABS/IND: R0, clobbers R1-R5
            case BPF_STX -> (code & 0xe0) == BPF_ATOMIC && (in.imm() & BPF_FETCH) != 0
                    && (in.imm() == BPF_CMPXCHG ? r == 0 : in.src() == r);
            case BPF_JMP, BPF_JMP32 -> (code & 0xf0) == BPF_CALL && r <= 5; // R0 result, R1-R5 clobbered
            default -> false;
        };
        return w ? Write.FULL : Write.NONE;
    }

    /** The questions whose answers flowed into what instruction {@code d} wrote to {@code loc}. */
    private List<Question> inputs(int d, Loc loc) {
        Insn in = insns[d];
        int code = in.opcode();
        int cls = code & 7;
        boolean x = (code & BPF_X) != 0;
        if (loc.isStack()) {
            // a spill carries its source register; ST stores a constant; an atomic mixes in its operand
            return cls == BPF_STX ? List.of(new Question(d, Loc.reg(in.src()))) : List.of();
        }
        switch (cls) {
            case BPF_ALU, BPF_ALU64 -> {
                int op = code & 0xf0;
                if (op == BPF_MOV) return x ? List.of(new Question(d, Loc.reg(in.src()))) : List.of();
                if (op == BPF_NEG || op == BPF_END || !x) return List.of(new Question(d, Loc.reg(in.dst())));
                return List.of(new Question(d, Loc.reg(in.dst())), new Question(d, Loc.reg(in.src())));
            }
            case BPF_LDX -> {
                if (frameOff[d] == NONE) return List.of(); // a load from memory starts the chain
                return List.of(new Question(d, Loc.stack(frameOff[d], Size.ofCode(code).bytes())));
            }
            case BPF_JMP, BPF_JMP32 -> {
                if (loc.reg() != 0 || code != CALL || in.src() != BPF_PSEUDO_CALL) return List.of();
                List<Question> q = new ArrayList<>();
                for (int e : exitsOf(d + in.imm() + 1)) q.add(new Question(e, Loc.reg(0)));
                return q;
            }
            default -> {
                return List.of();
            }
        }
    }

    /** The exit instructions of the subprogram starting at {@code start}. */
    private List<Integer> exitsOf(int start) {
        List<Integer> exits = new ArrayList<>();
        if (start < 0 || start >= n) return exits;
        int end = n;
        for (int s : starts) {
            if (s > start) {
                end = s;
                break;
            }
        }
        for (int i = start; i < end; i++) {
            if (insns[i].opcode() == EXIT) exits.add(i);
            if (insns[i].opcode() == LD_IMM64) i++;
        }
        return exits;
    }
}
