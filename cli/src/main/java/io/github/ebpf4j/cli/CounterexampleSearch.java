package io.github.ebpf4j.cli;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.interp.ExecutionListener;
import io.github.ebpf4j.vm.interp.Memory;
import io.github.ebpf4j.vm.interp.Region;
import io.github.ebpf4j.vm.interp.RegionKind;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.prog.PtRegs;
import io.github.ebpf4j.vm.run.BpfRuntime;
import io.github.ebpf4j.vm.run.ProgramHandle;
import io.github.ebpf4j.vm.run.TestRunException;
import io.github.ebpf4j.vm.run.TestRunInput;
import java.util.function.Function;

/**
 * Looks for a concrete input with which ebpf4j's interpreter really performs the access the
 * verifier refused: runs the program on {@link InputCandidates} (a bounded number of runs,
 * reproducible) and keeps the first input that makes the interpreter fault on a memory access
 * at the failing instruction. A find is replayed on a fresh runtime (new, empty maps) before it is
 * reported, so that {@code ebpf4j run --data-hex} (or {@code --ctx-hex}) shows the same fault; no
 * find means "none in this many runs", never "safe".
 *
 * <p>Packet programs (XDP, TC, socket filters, cgroup_skb, LWT) get packets
 * ({@link PacketCandidates}); programs whose context is plain memory (kprobe and perf_event
 * pt_regs, tracepoint records, raw tracepoint and tracing arguments, syscall programs) get context
 * bytes ({@link ContextCandidates}); other types are not searched. Maps start empty, as
 * {@code ebpf4j run} creates them, so hash lookups return NULL.
 */
final class CounterexampleSearch {
    /** Runs tried when the command line does not say. */
    static final int DEFAULT_RUNS = 4096;
    /** Instructions one run may execute before it is abandoned. */
    static final long RUN_BUDGET = 200_000;
    /** Instructions a whole search may execute (so that a slow program ends the search early). */
    static final long SEARCH_BUDGET = 50_000_000;
    /** Seed of the random phase: a fixed one, so that a search gives the same answer each time. */
    static final long SEED = 0x5eb1ad0bL;
    /** The shortest packet BPF_PROG_TEST_RUN takes for these program types (an Ethernet header). */
    static final int MIN_PACKET = 14;

    /**
     * The memory access at the failing instruction, as the interpreter was about to make it.
     *
     * @param kind "read", "write", "atomic", "call" (a helper call) or "none"
     * @param size bytes accessed
     * @param region name of the region the address points into ("pkt", "ctx", ...), or null
     * @param offset offset from the region's start (or the packet's first byte)
     * @param regionLength the region's length
     * @param packet the region is the packet
     * @param address the address, when it points into no region (0 for NULL)
     */
    record Access(String kind, int size, String region, long offset, int regionLength, boolean packet,
            long address) {
        /** @return e.g. "the 4-byte read at offset 34" */
        String what() {
            String op = kind.equals("call") ? "helper call" : size + "-byte " + kind;
            if (region == null) {
                return "the " + op + (address == 0 ? " through a NULL pointer"
                        : " at 0x" + Long.toHexString(address) + ", where there is no memory");
            }
            return "the " + op + " at " + (packet ? "offset " + offset : region + "+" + offset);
        }

        /** @return the access goes through a NULL pointer */
        boolean nullPointer() {
            return region == null && address == 0;
        }
    }

    /**
     * A packet with which the interpreter faults at the failing instruction.
     *
     * @param packet the input: the packet, or the context bytes when {@code context}
     * @param context the input is the program's context, not a packet
     * @param insn the failing instruction
     * @param access what it was about to access, or null for an instruction that is no load or store
     * @param fault the interpreter's fault message
     */
    record Counterexample(byte[] packet, boolean context, int insn, Access access, String fault) {
        /** @return "this 20-byte packet reaches the 4-byte read at offset 34 (insn 12, packet ends at 20)" */
        String sentence() {
            String head = "this " + packet.length + "-byte " + (context ? "context " : "packet ");
            if (access == null || access.kind().equals("call")) return head + "makes insn " + insn + " fault: " + fault;
            String tail = access.region() == null ? ""
                    : ", " + (access.packet() ? "packet" : access.region()) + " ends at " + access.regionLength();
            return head + "reaches " + access.what() + " (insn " + insn + tail + ")";
        }
    }

    /**
     * What a search found.
     *
     * @param found the counterexample, or null
     * @param runs how many runs were made
     * @param notSearched why no search was made, or null
     * @param budgetSpent the search stopped because its instruction budget was used up
     */
    record Outcome(Counterexample found, int runs, String notSearched, boolean budgetSpent) {
        /** @param why the reason @return an outcome without a search */
        static Outcome skipped(String why) {
            return new Outcome(null, 0, why, false);
        }

        /** @return the sentence for the text output */
        String sentence() {
            if (notSearched != null) return "no counterexample search: " + notSearched;
            if (found == null) {
                return "no counterexample found in " + runs + " runs"
                        + (budgetSpent ? " (its instruction budget is used up)" : "");
            }
            return "counterexample: " + found.sentence();
        }
    }

    private final ProgramType type;
    private final Function<BpfRuntime, ProgramHandle> loader;
    private final int insn;
    private final int maxRuns;
    private final long searchBudget;

    /**
     * @param type the program type it runs as
     * @param loader loads the program (and its maps) into a runtime
     * @param insn the instruction the verifier rejected
     * @param maxRuns the budget of runs
     */
    CounterexampleSearch(ProgramType type, Function<BpfRuntime, ProgramHandle> loader, int insn, int maxRuns) {
        this(type, loader, insn, maxRuns, SEARCH_BUDGET);
    }

    /**
     * @param type the program type it runs as
     * @param loader loads the program (and its maps) into a runtime
     * @param insn the instruction the verifier rejected
     * @param maxRuns the budget of runs
     * @param searchBudget the budget of executed instructions over all runs
     */
    CounterexampleSearch(ProgramType type, Function<BpfRuntime, ProgramHandle> loader, int insn, int maxRuns,
            long searchBudget) {
        this.type = type;
        this.loader = loader;
        this.insn = insn;
        this.maxRuns = maxRuns;
        this.searchBudget = searchBudget;
    }

    static boolean packetProgram(ProgramType t) {
        return switch (t) {
            case XDP, SCHED_CLS, SCHED_ACT, SOCKET_FILTER, CGROUP_SKB, LWT_IN, LWT_OUT, LWT_XMIT -> true;
            default -> false;
        };
    }

    /**
     * @param t a program type
     * @return the size of its context when that context is plain memory the search may fill, else 0:
     *     struct pt_regs (x86-64) for kprobes, struct bpf_perf_event_data (pt_regs, sample_period,
     *     addr) for perf events, 12 u64 arguments (MAX_BPF_FUNC_ARGS) for raw tracepoints and
     *     tracing, and a 256-byte prefix of a tracepoint record or a syscall program's argument block
     */
    static int contextSize(ProgramType t) {
        return switch (t) {
            case KPROBE -> PtRegs.SIZE;
            case PERF_EVENT -> PtRegs.SIZE + 16;
            case RAW_TRACEPOINT, RAW_TRACEPOINT_WRITABLE, TRACING -> 12 * 8;
            case TRACEPOINT, SYSCALL -> 256;
            default -> 0;
        };
    }

    /** @return the outcome; a search never throws for a faulting program */
    Outcome search() {
        boolean context = !packetProgram(type);
        if (context && contextSize(type) == 0) {
            return Outcome.skipped("the context of " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " programs is not plain memory; only packet programs and pt_regs/tracepoint/raw "
                    + "tracepoint/tracing/syscall contexts are run");
        }
        if (insn < 0) return Outcome.skipped("the rejection names no instruction");
        Session s = new Session(context);
        InputCandidates candidates = context ? new ContextCandidates(contextSize(type), SEED)
                : new PacketCandidates(MIN_PACKET, SEED);
        int sweep = candidates.sweepRuns();
        int runs = 0;
        while (runs < maxRuns) {
            if (s.probe.executed >= searchBudget) return new Outcome(null, runs, null, true);
            byte[] p = candidates.next();
            runs++;
            Counterexample c = s.run(p);
            if (c == null) continue;
            // a random find: the shortest prefix that still faults there
            int step = candidates.lengthStep();
            for (int len = candidates.minLength(); runs > sweep && len < p.length && runs < maxRuns; len += step) {
                runs++;
                Counterexample shorter = s.run(java.util.Arrays.copyOf(p, len));
                if (shorter != null) {
                    c = shorter;
                    break;
                }
            }
            Counterexample again = new Session(context).run(c.packet());
            if (again != null) return new Outcome(again, runs, null, false);
        }
        return new Outcome(null, runs, null, false);
    }

    /** One runtime with the program loaded, and the probe that watches the failing instruction. */
    private final class Session {
        private final Probe probe = new Probe();
        private final BpfRuntime rt;
        private final ProgramHandle handle;
        private final boolean context;

        Session(boolean context) {
            this.context = context;
            // the seed of bpf_get_prandom_u32 that `ebpf4j run` uses, so that the replay draws the same numbers
            rt = BpfRuntime.builder().seed(Long.parseLong(Run.DEFAULT_SEED)).instructionBudget(RUN_BUDGET)
                    .listener(probe).build();
            handle = loader.apply(rt);
            probe.memory = rt.memory();
            probe.target = handle.program();
        }

        Counterexample run(byte[] input) {
            probe.access = null;
            try {
                rt.testRun(handle, context ? TestRunInput.context(input) : TestRunInput.packet(input));
                return null;
            } catch (TestRunException e) {
                return null; // BPF_PROG_TEST_RUN refuses this packet: not an input the program can get
            } catch (VmFault f) {
                boolean memory = switch (f.kind()) {
                    case OUT_OF_BOUNDS, NULL_POINTER, WILD_POINTER, READ_ONLY, BAD_ATOMIC, HELPER_FAILED -> true;
                    default -> false;
                };
                Access a = probe.access;
                if (!memory || f.pc() != insn || a == null) return null;
                return new Counterexample(input.clone(), context, insn, a.kind().equals("none") ? null : a,
                        f.getMessage());
            }
        }
    }

    /** Records what the failing instruction of the searched program is about to access. */
    private final class Probe implements ExecutionListener {
        Memory memory;
        Program target;
        Program seen;
        Access access;
        long executed;

        @Override
        public void onInstruction(Program program, int pc, int depth, long[] regs) {
            executed++;
            if (pc != insn) return;
            if (program != seen) {
                if (!program.equals(target)) {
                    access = null;
                    return;
                }
                seen = program;
            }
            access = describe(program.insn(pc), regs, memory);
        }
    }

    /** What instruction {@code in} is about to access, given the registers before it runs. */
    static Access describe(Insn in, long[] regs, Memory mem) {
        int code = in.opcode();
        int cls = code & 7;
        String kind;
        int base;
        if (cls == BPF_LDX) {
            kind = "read";
            base = in.src();
        } else if ((cls == BPF_ST || cls == BPF_STX) && (code & 0xe0) == BPF_MEM) {
            kind = "write";
            base = in.dst();
        } else if (cls == BPF_STX && (code & 0xe0) == BPF_ATOMIC) {
            kind = "atomic";
            base = in.dst();
        } else if (code == CALL) {
            return new Access("call", 0, null, 0, 0, false, 0);
        } else {
            return new Access("none", 0, null, 0, 0, false, 0);
        }
        int size = switch (code & 0x18) {
            case BPF_B -> 1;
            case BPF_H -> 2;
            case BPF_W -> 4;
            default -> 8;
        };
        long address = regs[base] + in.off();
        Region r = mem.regionOf(address);
        if (r == null) return new Access(kind, size, null, 0, 0, false, address);
        long offset = (long) Memory.index(address) - r.start();
        return new Access(kind, size, r.name(), offset, r.length(), r.kind() == RegionKind.PACKET, address);
    }
}
