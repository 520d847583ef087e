package io.github.ebpf4j.vm.isa;

/** Access size of a load, store or atomic (RFC 9669 5.1). */
public enum Size {
    /** 1 byte, BPF_B. */ B(Bpf.BPF_B, 1, "u8"),
    /** 2 bytes, BPF_H. */ H(Bpf.BPF_H, 2, "u16"),
    /** 4 bytes, BPF_W. */ W(Bpf.BPF_W, 4, "u32"),
    /** 8 bytes, BPF_DW. */ DW(Bpf.BPF_DW, 8, "u64");

    private final int code;
    private final int bytes;
    private final String cType;

    Size(int code, int bytes, String cType) {
        this.code = code;
        this.bytes = bytes;
        this.cType = cType;
    }

    /** @return the size field bits (BPF_W etc.) */
    public int code() { return code; }

    /** @return size in bytes */
    public int bytes() { return bytes; }

    /** @return the unsigned C type LLVM prints, e.g. {@code u32} */
    public String cType() { return cType; }

    /** @param code size field bits @return the size */
    public static Size ofCode(int code) {
        switch (code & 0x18) {
            case Bpf.BPF_B: return B;
            case Bpf.BPF_H: return H;
            case Bpf.BPF_W: return W;
            default: return DW;
        }
    }
}
