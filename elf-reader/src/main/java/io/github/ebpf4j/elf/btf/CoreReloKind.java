package io.github.ebpf4j.elf.btf;

/** CO-RE relocation kinds, {@code enum bpf_core_relo_kind} in include/uapi/linux/bpf.h. */
public enum CoreReloKind {
    /** 0: field byte offset. */ FIELD_BYTE_OFFSET(0, "byte_off"),
    /** 1: field size in bytes. */ FIELD_BYTE_SIZE(1, "byte_sz"),
    /** 2: field existence in target kernel. */ FIELD_EXISTS(2, "field_exists"),
    /** 3: field signedness (0 unsigned, 1 signed). */ FIELD_SIGNED(3, "signed"),
    /** 4: bitfield-specific left bitshift. */ FIELD_LSHIFT_U64(4, "lshift_u64"),
    /** 5: bitfield-specific right bitshift. */ FIELD_RSHIFT_U64(5, "rshift_u64"),
    /** 6: type ID in local BPF object. */ TYPE_ID_LOCAL(6, "local_type_id"),
    /** 7: type ID in target kernel. */ TYPE_ID_TARGET(7, "target_type_id"),
    /** 8: type existence in target kernel. */ TYPE_EXISTS(8, "type_exists"),
    /** 9: type size in bytes. */ TYPE_SIZE(9, "type_size"),
    /** 10: enum value existence in target kernel. */ ENUMVAL_EXISTS(10, "enumval_exists"),
    /** 11: enum value integer value. */ ENUMVAL_VALUE(11, "enumval_value"),
    /** 12: type match in target kernel. */ TYPE_MATCHES(12, "type_matches");

    private static final CoreReloKind[] BY_ID = values();
    private final int id;
    private final String libbpfName;

    CoreReloKind(int id, String libbpfName) {
        this.id = id;
        this.libbpfName = libbpfName;
    }

    /** @return the kind number */
    public int id() { return id; }

    /** @return libbpf's name for it ({@code core_relo_kind_str()}) */
    public String libbpfName() { return libbpfName; }

    /** @param id number @return the kind, or null if unknown */
    public static CoreReloKind of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** @return whether it is about a field (access string walks members) */
    public boolean isField() { return id <= 5; }

    /** @return whether it is about an enumerator */
    public boolean isEnumValue() { return this == ENUMVAL_EXISTS || this == ENUMVAL_VALUE; }
}
