package io.github.ebpf4j.elf.btf;

import java.util.List;

/**
 * One BTF type. Records per kind; type references are type ids into the same {@link Btf}
 * (0 is void). Names are "" for anonymous types.
 */
public sealed interface BtfType {
    /** @return type id */
    int id();

    /** @return name ("" if anonymous) */
    String name();

    /** @return kind */
    BtfKind kind();

    /** Type id 0: void. */
    record Void() implements BtfType {
        @Override public int id() { return 0; }
        @Override public String name() { return "void"; }
        @Override public BtfKind kind() { return BtfKind.UNKN; }
    }

    /**
     * INT.
     * @param id id @param name name @param size size in bytes
     * @param encoding BTF_INT_SIGNED (1), BTF_INT_CHAR (2), BTF_INT_BOOL (4)
     * @param bitOffset offset of the value's bits @param bits number of bits
     */
    record Int(int id, String name, int size, int encoding, int bitOffset, int bits) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.INT; }
        /** @return whether BTF_INT_SIGNED is set */
        public boolean signed() { return (encoding & 1) != 0; }
    }

    /**
     * PTR, TYPEDEF, VOLATILE, CONST, RESTRICT or TYPE_TAG: a named or unnamed reference to another type.
     * @param id id @param kind one of those kinds @param name name @param type referenced type id
     */
    record Ref(int id, BtfKind kind, String name, int type) implements BtfType {}

    /**
     * ARRAY.
     * @param id id @param name always "" @param type element type @param indexType index type
     * @param elements number of elements
     */
    record Array(int id, String name, int type, int indexType, long elements) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.ARRAY; }
    }

    /**
     * A member of a struct or union.
     * @param name member name @param type member type
     * @param bitOffset offset in bits from the start of the struct
     * @param bitfieldSize bitfield width in bits, 0 if not a bitfield
     */
    record Member(String name, int type, long bitOffset, int bitfieldSize) {}

    /**
     * STRUCT or UNION.
     * @param id id @param kind STRUCT or UNION @param name name @param size size in bytes
     * @param members members in declaration order
     */
    record Composite(int id, BtfKind kind, String name, long size, List<Member> members) implements BtfType {}

    /**
     * An enumerator.
     * @param name name @param value value (sign-extended for signed enums)
     */
    record Enumerator(String name, long value) {}

    /**
     * ENUM or ENUM64.
     * @param id id @param kind ENUM or ENUM64 @param name name @param size size in bytes
     * @param signed the kind_flag: values are signed @param values enumerators
     */
    record Enum(int id, BtfKind kind, String name, int size, boolean signed, List<Enumerator> values)
            implements BtfType {}

    /**
     * FWD.
     * @param id id @param name name @param union whether it declares a union (kind_flag)
     */
    record Fwd(int id, String name, boolean union) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.FWD; }
    }

    /**
     * FUNC.
     * @param id id @param name name @param type its FUNC_PROTO
     * @param linkage 0 static, 1 global, 2 extern
     */
    record Func(int id, String name, int type, int linkage) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.FUNC; }
    }

    /**
     * A FUNC_PROTO parameter.
     * @param name name ("" if unnamed) @param type type (0 with an empty name: variadic "...")
     */
    record Param(String name, int type) {}

    /**
     * FUNC_PROTO.
     * @param id id @param name always "" @param returnType return type @param params parameters
     */
    record FuncProto(int id, String name, int returnType, List<Param> params) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.FUNC_PROTO; }
    }

    /**
     * VAR.
     * @param id id @param name name @param type type
     * @param linkage 0 static, 1 global allocated, 2 global extern
     */
    record Var(int id, String name, int type, int linkage) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.VAR; }
    }

    /**
     * A DATASEC entry.
     * @param type the VAR or FUNC @param offset offset in the section @param size size in bytes
     */
    record VarSecinfo(int type, long offset, long size) {}

    /**
     * DATASEC.
     * @param id id @param name section name @param size section size @param vars its variables
     */
    record Datasec(int id, String name, long size, List<VarSecinfo> vars) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.DATASEC; }
    }

    /**
     * FLOAT.
     * @param id id @param name name @param size size in bytes
     */
    record Float(int id, String name, int size) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.FLOAT; }
    }

    /**
     * DECL_TAG.
     * @param id id @param name the tag text @param type tagged type
     * @param componentIndex member or parameter index, -1 for the type itself
     */
    record DeclTag(int id, String name, int type, int componentIndex) implements BtfType {
        @Override public BtfKind kind() { return BtfKind.DECL_TAG; }
    }
}
