package io.github.ebpf4j.elf.btf;

/** BTF type kinds, numbered as {@code BTF_KIND_*} in include/uapi/linux/btf.h (kernel ABI). */
public enum BtfKind {
    /** 0: void (only as type id 0). */ UNKN(0),
    /** 1: integer. */ INT(1),
    /** 2: pointer. */ PTR(2),
    /** 3: array. */ ARRAY(3),
    /** 4: struct. */ STRUCT(4),
    /** 5: union. */ UNION(5),
    /** 6: enumeration up to 32-bit values. */ ENUM(6),
    /** 7: forward declaration. */ FWD(7),
    /** 8: typedef. */ TYPEDEF(8),
    /** 9: volatile. */ VOLATILE(9),
    /** 10: const. */ CONST(10),
    /** 11: restrict. */ RESTRICT(11),
    /** 12: function. */ FUNC(12),
    /** 13: function prototype. */ FUNC_PROTO(13),
    /** 14: variable. */ VAR(14),
    /** 15: section of variables. */ DATASEC(15),
    /** 16: floating point. */ FLOAT(16),
    /** 17: declaration tag. */ DECL_TAG(17),
    /** 18: type tag. */ TYPE_TAG(18),
    /** 19: enumeration with 64-bit values. */ ENUM64(19);

    private static final BtfKind[] BY_ID = values();
    private final int id;

    BtfKind(int id) {
        this.id = id;
    }

    /** @return the kind number */
    public int id() { return id; }

    /** @param id kind number @return the kind, or null if unknown */
    public static BtfKind of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
