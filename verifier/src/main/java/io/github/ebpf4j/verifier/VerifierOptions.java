package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.prog.SubprogProto;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.List;
import java.util.Objects;

/**
 * How to verify a program: as which program type, against which maps, and how strictly.
 *
 * @param type program type (decides the context layout, helpers and return values)
 * @param maps maps that LD_IMM64 map references name, by index (the imm of
 *     {@code BPF_PSEUDO_MAP_FD}/{@code _IDX} LD_IMM64 instructions)
 * @param strictLoops reject every back-edge, as kernels before 5.3 and unprivileged loads do
 * @param logLevel 0 no log, 1 the failing path with changed registers, 2 every path
 * @param insnLimit processed-instruction limit (the kernel's BPF_COMPLEXITY_LIMIT_INSNS)
 * @param gplCompatible the program's license allows GPL-only helpers
 * @param subprogs the BTF prototypes of the program's functions, by start instruction (from an
 *     object's func_info and BTF); empty for raw programs, whose subprograms are then all walked
 *     at each call as static ones
 * @param timeLimitMillis wall-clock budget in milliseconds, 0 for none (ebpf4j's own limit: a
 *     verification that exceeds it ends with {@link Messages#TIME_LIMIT}, not a kernel verdict)
 */
public record VerifierOptions(ProgramType type, List<MapSpec> maps, boolean strictLoops, int logLevel,
        int insnLimit, boolean gplCompatible, List<SubprogProto> subprogs, long timeLimitMillis) {

    /** The kernel's limit on processed instructions, BPF_COMPLEXITY_LIMIT_INSNS. */
    public static final int COMPLEXITY_LIMIT_INSNS = 1_000_000;

    /** Checks arguments and copies the map list. */
    public VerifierOptions {
        Objects.requireNonNull(type, "type");
        maps = List.copyOf(maps);
        subprogs = List.copyOf(subprogs);
        if (logLevel < 0 || logLevel > 2) throw new IllegalArgumentException("log level must be 0, 1 or 2");
        if (insnLimit <= 0) throw new IllegalArgumentException("insnLimit must be positive");
        if (timeLimitMillis < 0) throw new IllegalArgumentException("timeLimitMillis must not be negative");
    }

    /**
     * Options without a wall-clock budget.
     *
     * @param type program type
     * @param maps maps by index
     * @param strictLoops reject every back-edge
     * @param logLevel 0, 1 or 2
     * @param insnLimit processed-instruction limit
     * @param gplCompatible the license allows GPL-only helpers
     * @param subprogs BTF prototypes of the subprograms (empty: none known)
     */
    public VerifierOptions(ProgramType type, List<MapSpec> maps, boolean strictLoops, int logLevel, int insnLimit,
            boolean gplCompatible, List<SubprogProto> subprogs) {
        this(type, maps, strictLoops, logLevel, insnLimit, gplCompatible, subprogs, 0);
    }

    /**
     * Options without function prototypes (every subprogram is walked as a static one).
     *
     * @param type program type @param maps maps by index @param strictLoops reject back-edges
     * @param logLevel 0, 1 or 2 @param insnLimit processed-instruction limit
     * @param gplCompatible the license allows GPL-only helpers
     */
    public VerifierOptions(ProgramType type, List<MapSpec> maps, boolean strictLoops, int logLevel, int insnLimit,
            boolean gplCompatible) {
        this(type, maps, strictLoops, logLevel, insnLimit, gplCompatible, List.of());
    }

    /**
     * @param type program type
     * @return options with no maps, kernel loop rules, log level 1, the kernel's insn limit, GPL
     */
    public static VerifierOptions of(ProgramType type) {
        return new VerifierOptions(type, List.of(), false, 1, COMPLEXITY_LIMIT_INSNS, true);
    }

    /** @param m maps by index @return a copy with these maps */
    public VerifierOptions withMaps(List<MapSpec> m) {
        return new VerifierOptions(type, m, strictLoops, logLevel, insnLimit, gplCompatible, subprogs, timeLimitMillis);
    }

    /** @param strict reject back-edges @return a copy */
    public VerifierOptions withStrictLoops(boolean strict) {
        return new VerifierOptions(type, maps, strict, logLevel, insnLimit, gplCompatible, subprogs, timeLimitMillis);
    }

    /** @param level 0, 1 or 2 @return a copy */
    public VerifierOptions withLogLevel(int level) {
        return new VerifierOptions(type, maps, strictLoops, level, insnLimit, gplCompatible, subprogs, timeLimitMillis);
    }

    /** @param limit processed-instruction limit @return a copy */
    public VerifierOptions withInsnLimit(int limit) {
        return new VerifierOptions(type, maps, strictLoops, logLevel, limit, gplCompatible, subprogs, timeLimitMillis);
    }

    /** @param protos BTF prototypes of the program's functions @return a copy with these prototypes */
    public VerifierOptions withSubprogs(List<SubprogProto> protos) {
        return new VerifierOptions(type, maps, strictLoops, logLevel, insnLimit, gplCompatible, protos, timeLimitMillis);
    }

    /**
     * A wall-clock budget: verification that takes longer stops with {@link Messages#TIME_LIMIT}
     * (ebpf4j's own limit, not a kernel verdict). The kernel has no such limit; it bounds work by
     * processed instructions only.
     *
     * @param limit the budget; zero for none
     * @return a copy
     */
    public VerifierOptions withTimeLimit(java.time.Duration limit) {
        return new VerifierOptions(type, maps, strictLoops, logLevel, insnLimit, gplCompatible, subprogs,
                limit.toMillis());
    }
}
