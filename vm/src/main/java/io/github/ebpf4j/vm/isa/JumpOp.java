package io.github.ebpf4j.vm.isa;

/** Jump conditions (RFC 9669 4.3). */
public enum JumpOp {
    /** Unconditional. */ JA(Bpf.BPF_JA, null),
    /** ==. */ JEQ(Bpf.BPF_JEQ, "=="),
    /** &gt; unsigned. */ JGT(Bpf.BPF_JGT, ">"),
    /** &gt;= unsigned. */ JGE(Bpf.BPF_JGE, ">="),
    /** dst &amp; src != 0. */ JSET(Bpf.BPF_JSET, "&"),
    /** !=. */ JNE(Bpf.BPF_JNE, "!="),
    /** &gt; signed. */ JSGT(Bpf.BPF_JSGT, "s>"),
    /** &gt;= signed. */ JSGE(Bpf.BPF_JSGE, "s>="),
    /** &lt; unsigned. */ JLT(Bpf.BPF_JLT, "<"),
    /** &lt;= unsigned. */ JLE(Bpf.BPF_JLE, "<="),
    /** &lt; signed. */ JSLT(Bpf.BPF_JSLT, "s<"),
    /** &lt;= signed. */ JSLE(Bpf.BPF_JSLE, "s<=");

    private final int code;
    private final String llvmOperator;

    JumpOp(int code, String llvmOperator) {
        this.code = code;
        this.llvmOperator = llvmOperator;
    }

    /** @return the operation bits (BPF_JEQ etc.) */
    public int code() { return code; }

    /** @return the comparison operator in LLVM's syntax ({@code s>=}), null for JA */
    public String llvmOperator() { return llvmOperator; }

    /** @param code operation bits @return the condition, or null if none */
    public static JumpOp ofCode(int code) {
        for (JumpOp j : values()) if (j.code == code) return j;
        return null;
    }
}
