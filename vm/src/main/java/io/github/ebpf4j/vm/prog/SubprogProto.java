package io.github.ebpf4j.vm.prog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the BTF of an object says about one of a program's functions: the facts the kernel reads
 * from {@code func_info} and the function's {@code FUNC}/{@code FUNC_PROTO} types
 * ({@code btf_prepare_func_args()} in kernel/bpf/btf.c). With these the verifier treats a global
 * function as the kernel does: verified once on its own, from its prototype, while each call
 * only checks the arguments against the prototype (the ELF reader builds them: {@code
 * BpfObject.prototypes}). Without them (raw programs) every
 * subprogram is walked at each call, as a static one.
 *
 * <p>Kinds are the kernel's BTF kind names ({@code btf_type_str()}): {@code "INT"},
 * {@code "ENUM"}, {@code "ENUM64"}, {@code "PTR"}, {@code "STRUCT"}, {@code "UNION"},
 * {@code "ARRAY"}, {@code "FLOAT"}, {@code "FWD"}, {@code "UNKNOWN"} for void, ... always after
 * skipping typedefs and modifiers (const, volatile, restrict, type tags).
 *
 * @param start index of the function's first instruction in the linked program
 * @param name the function's name (BTF FUNC name)
 * @param global BTF_FUNC_GLOBAL linkage (a non-static C function); static ones are walked at each
 *     call whatever their prototype says
 * @param args the parameters, in order
 * @param returnKind kind of the return type ({@code "UNKNOWN"} for void)
 */
public record SubprogProto(int start, String name, boolean global, List<Arg> args, String returnKind) {

    /**
     * One parameter.
     *
     * @param kind kind of the parameter's type
     * @param pointeeKind for a pointer: kind of the type pointed to ({@code "UNKNOWN"} for void);
     *     "" otherwise
     * @param pointeeName for a pointer: name of the type pointed to ("" if anonymous or void)
     * @param pointeeSize for a pointer: size in bytes of the type pointed to as
     *     {@code btf_resolve_size()} computes it, -1 when it has none (void, forward
     *     declarations, functions)
     * @param tags the parameter's {@code arg:} declaration tags without the prefix
     *     ({@code "ctx"}, {@code "nonnull"}, {@code "nullable"}, {@code "trusted"}, ...)
     */
    public record Arg(String kind, String pointeeKind, String pointeeName, long pointeeSize, Set<String> tags) {
        /** Checks for nulls and copies the tags. */
        public Arg {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(pointeeKind, "pointeeKind");
            Objects.requireNonNull(pointeeName, "pointeeName");
            tags = Set.copyOf(tags);
        }

        /** @return whether the parameter is a pointer */
        public boolean pointer() {
            return kind.equals("PTR");
        }
    }

    /** Checks for nulls and copies the arguments. */
    public SubprogProto {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(returnKind, "returnKind");
        args = List.copyOf(args);
    }
}
