package io.github.ebpf4j.elf.btf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A function's prototype as the kernel's {@code btf_prepare_func_args()} reads it from BTF: the
 * FUNC's linkage and, for the return type and each parameter, the kind after typedefs and
 * modifiers; for pointer parameters also what they point to and its size; and the parameter's
 * {@code arg:} declaration tags ({@code __arg_ctx}, {@code __arg_nonnull}, ...). Kinds are
 * spelled as the kernel's {@code btf_type_str()} does ("UNKNOWN" for void).
 *
 * @param name the FUNC's name
 * @param global linkage BTF_FUNC_GLOBAL (1), as opposed to static (0) or extern (2)
 * @param params the parameters in order
 * @param returnKind kind of the return type
 */
public record FuncSignature(String name, boolean global, List<Param> params, String returnKind) {

    /**
     * One parameter.
     *
     * @param kind kind of its type
     * @param pointeeKind for a pointer: kind of the type pointed to, else ""
     * @param pointeeName for a pointer: name of the type pointed to, else ""
     * @param pointeeSize for a pointer: size of the type pointed to, -1 if it has none (void, FWD,
     *     FUNC) or not a pointer
     * @param tags its {@code arg:} declaration tags without the prefix
     */
    public record Param(String kind, String pointeeKind, String pointeeName, long pointeeSize, Set<String> tags) {
        /** Copies the tags. */
        public Param {
            tags = Set.copyOf(tags);
        }
    }

    /** BTF_FUNC_GLOBAL. */
    private static final int LINKAGE_GLOBAL = 1;

    /** Copies the parameters. */
    public FuncSignature {
        params = List.copyOf(params);
    }

    /**
     * @param btf the object's BTF
     * @param funcId id of a FUNC type (as func_info records name)
     * @return its signature
     * @throws IllegalArgumentException if the id is not a FUNC whose type is a FUNC_PROTO
     */
    public static FuncSignature of(Btf btf, int funcId) {
        if (!(btf.type(funcId) instanceof BtfType.Func f)) {
            throw new IllegalArgumentException("BTF type [" + funcId + "] is not a FUNC");
        }
        if (!(btf.type(f.type()) instanceof BtfType.FuncProto proto)) {
            throw new IllegalArgumentException("BTF FUNC [" + funcId + "] " + f.name() + " has no FUNC_PROTO");
        }
        List<Set<String>> tags = new ArrayList<>();
        for (int i = 0; i < proto.params().size(); i++) tags.add(new HashSet<>());
        for (BtfType t : btf.types()) {
            if (t instanceof BtfType.DeclTag d && d.type() == funcId && d.componentIndex() >= 0
                    && d.componentIndex() < tags.size() && d.name().startsWith("arg:")) {
                tags.get(d.componentIndex()).add(d.name().substring(4));
            }
        }
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < proto.params().size(); i++) {
            BtfType t = btf.type(btf.skipModsAndTypedefs(proto.params().get(i).type()));
            if (t instanceof BtfType.Ref r && r.kind() == BtfKind.PTR) {
                int pointee = btf.skipModsAndTypedefs(r.type());
                BtfType pt = btf.type(pointee);
                params.add(new Param(kindName(t), kindName(pt), pointee == 0 ? "" : pt.name(),
                        btf.resolveSize(pointee), tags.get(i)));
            } else {
                params.add(new Param(kindName(t), "", "", -1, tags.get(i)));
            }
        }
        String ret = kindName(btf.type(btf.skipModsAndTypedefs(proto.returnType())));
        return new FuncSignature(f.name(), f.linkage() == LINKAGE_GLOBAL, params, ret);
    }

    private static String kindName(BtfType t) {
        return t.kind() == BtfKind.UNKN ? "UNKNOWN" : t.kind().name();
    }
}
