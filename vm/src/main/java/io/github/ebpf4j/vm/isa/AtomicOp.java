package io.github.ebpf4j.vm.isa;

/** Atomic read-modify-write operations (RFC 9669 5.3); {@code imm} without the FETCH bit. */
public enum AtomicOp {
    /** *addr += src. */ ADD(Bpf.BPF_ADD),
    /** *addr |= src. */ OR(Bpf.BPF_OR),
    /** *addr &amp;= src. */ AND(Bpf.BPF_AND),
    /** *addr ^= src. */ XOR(Bpf.BPF_XOR),
    /** Exchange (always fetches). */ XCHG(0xe0),
    /** Compare with r0 and exchange (always fetches). */ CMPXCHG(0xf0);

    private final int code;

    AtomicOp(int code) { this.code = code; }

    /** @return the operation bits in imm, without BPF_FETCH */
    public int code() { return code; }
}
