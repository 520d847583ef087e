package io.github.ebpf4j.vm.isa;

/**
 * ALU operations (RFC 9669 4.1) with the signed and sign-extending variants that the encoding
 * distinguishes by {@code off} normalised into their own values.
 */
public enum AluOp {
    /** dst += src. */ ADD(Bpf.BPF_ADD, 0),
    /** dst -= src. */ SUB(Bpf.BPF_SUB, 0),
    /** dst *= src. */ MUL(Bpf.BPF_MUL, 0),
    /** Unsigned divide. */ DIV(Bpf.BPF_DIV, 0),
    /** Signed divide (off = 1, v4). */ SDIV(Bpf.BPF_DIV, 1),
    /** dst |= src. */ OR(Bpf.BPF_OR, 0),
    /** dst &amp;= src. */ AND(Bpf.BPF_AND, 0),
    /** Left shift. */ LSH(Bpf.BPF_LSH, 0),
    /** Logical right shift. */ RSH(Bpf.BPF_RSH, 0),
    /** dst = -dst. */ NEG(Bpf.BPF_NEG, 0),
    /** Unsigned modulo. */ MOD(Bpf.BPF_MOD, 0),
    /** Signed modulo (off = 1, v4). */ SMOD(Bpf.BPF_MOD, 1),
    /** dst ^= src. */ XOR(Bpf.BPF_XOR, 0),
    /** dst = src. */ MOV(Bpf.BPF_MOV, 0),
    /** dst = (s8) src (off = 8, v4). */ MOVSX8(Bpf.BPF_MOV, 8),
    /** dst = (s16) src (off = 16, v4). */ MOVSX16(Bpf.BPF_MOV, 16),
    /** dst = (s32) src (off = 32, ALU64 only, v4). */ MOVSX32(Bpf.BPF_MOV, 32),
    /** Arithmetic right shift. */ ARSH(Bpf.BPF_ARSH, 0);

    private final int code;
    private final int off;

    AluOp(int code, int off) {
        this.code = code;
        this.off = off;
    }

    /** @return the operation bits (BPF_ADD etc.) */
    public int code() { return code; }

    /** @return the value of {@code off} that selects this variant */
    public int off() { return off; }
}
