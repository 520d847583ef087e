package io.github.ebpf4j.vm.isa;

/**
 * The instruction set's field values under the Linux kernel's names (include/uapi/linux/bpf.h,
 * bpf_common.h). Sections refer to RFC 9669.
 */
public final class Bpf {
    private Bpf() {}

    // ---- instruction classes (RFC 9669 3.1) ----
    /** Non-standard load operations (LD IMM64, legacy ABS/IND). RFC 9669 3.1. */
    public static final int BPF_LD = 0x00;
    /** Load into register. RFC 9669 3.1. */
    public static final int BPF_LDX = 0x01;
    /** Store from immediate. RFC 9669 3.1. */
    public static final int BPF_ST = 0x02;
    /** Store from register. RFC 9669 3.1. */
    public static final int BPF_STX = 0x03;
    /** 32-bit arithmetic. RFC 9669 3.1. */
    public static final int BPF_ALU = 0x04;
    /** 64-bit jumps. RFC 9669 3.1. */
    public static final int BPF_JMP = 0x05;
    /** 32-bit jumps. RFC 9669 3.1. */
    public static final int BPF_JMP32 = 0x06;
    /** 64-bit arithmetic. RFC 9669 3.1. */
    public static final int BPF_ALU64 = 0x07;

    // ---- source (RFC 9669 4) ----
    /** Use the 32-bit immediate as source operand. RFC 9669 4. */
    public static final int BPF_K = 0x00;
    /** Use the src register as source operand. RFC 9669 4. */
    public static final int BPF_X = 0x08;

    // ---- ALU operations (RFC 9669 4.1) ----
    /** dst += src. */ public static final int BPF_ADD = 0x00;
    /** dst -= src. */ public static final int BPF_SUB = 0x10;
    /** dst *= src. */ public static final int BPF_MUL = 0x20;
    /** dst /= src (off=1: signed). */ public static final int BPF_DIV = 0x30;
    /** dst |= src. */ public static final int BPF_OR = 0x40;
    /** dst &amp;= src. */ public static final int BPF_AND = 0x50;
    /** dst &lt;&lt;= src. */ public static final int BPF_LSH = 0x60;
    /** dst &gt;&gt;= src (logical). */ public static final int BPF_RSH = 0x70;
    /** dst = -dst. */ public static final int BPF_NEG = 0x80;
    /** dst %= src (off=1: signed). */ public static final int BPF_MOD = 0x90;
    /** dst ^= src. */ public static final int BPF_XOR = 0xa0;
    /** dst = src (off=8/16/32: sign extending). */ public static final int BPF_MOV = 0xb0;
    /** dst &gt;&gt;= src (arithmetic). */ public static final int BPF_ARSH = 0xc0;
    /** Byte swap / endianness conversion. RFC 9669 4.2. */ public static final int BPF_END = 0xd0;

    /** BPF_END in class ALU: convert to little endian. RFC 9669 4.2. */
    public static final int BPF_TO_LE = 0x00;
    /** BPF_END in class ALU: convert to big endian. RFC 9669 4.2. */
    public static final int BPF_TO_BE = 0x08;

    // ---- jump operations (RFC 9669 4.3) ----
    /** PC += offset. */ public static final int BPF_JA = 0x00;
    /** PC += offset if dst == src. */ public static final int BPF_JEQ = 0x10;
    /** PC += offset if dst &gt; src (unsigned). */ public static final int BPF_JGT = 0x20;
    /** PC += offset if dst &gt;= src (unsigned). */ public static final int BPF_JGE = 0x30;
    /** PC += offset if dst &amp; src. */ public static final int BPF_JSET = 0x40;
    /** PC += offset if dst != src. */ public static final int BPF_JNE = 0x50;
    /** PC += offset if dst &gt; src (signed). */ public static final int BPF_JSGT = 0x60;
    /** PC += offset if dst &gt;= src (signed). */ public static final int BPF_JSGE = 0x70;
    /** Function call. */ public static final int BPF_CALL = 0x80;
    /** Function return. */ public static final int BPF_EXIT = 0x90;
    /** PC += offset if dst &lt; src (unsigned). */ public static final int BPF_JLT = 0xa0;
    /** PC += offset if dst &lt;= src (unsigned). */ public static final int BPF_JLE = 0xb0;
    /** PC += offset if dst &lt; src (signed). */ public static final int BPF_JSLT = 0xc0;
    /** PC += offset if dst &lt;= src (signed). */ public static final int BPF_JSLE = 0xd0;

    // ---- load/store size (RFC 9669 5.1) ----
    /** Word, 4 bytes. */ public static final int BPF_W = 0x00;
    /** Half word, 2 bytes. */ public static final int BPF_H = 0x08;
    /** Byte. */ public static final int BPF_B = 0x10;
    /** Double word, 8 bytes. */ public static final int BPF_DW = 0x18;

    // ---- load/store mode (RFC 9669 5.1) ----
    /** 64-bit immediate (with BPF_LD, BPF_DW). */ public static final int BPF_IMM = 0x00;
    /** Legacy packet access, absolute offset. */ public static final int BPF_ABS = 0x20;
    /** Legacy packet access, indirect offset. */ public static final int BPF_IND = 0x40;
    /** Regular load and store. */ public static final int BPF_MEM = 0x60;
    /** Sign-extending load. */ public static final int BPF_MEMSX = 0x80;
    /** Atomic operation. */ public static final int BPF_ATOMIC = 0xc0;

    // ---- atomic operations (RFC 9669 5.3), in imm ----
    /** Modifier: return the old value. */ public static final int BPF_FETCH = 0x01;
    /** Atomic exchange (always with FETCH). */ public static final int BPF_XCHG = 0xe0 | BPF_FETCH;
    /** Atomic compare and exchange (always with FETCH). */ public static final int BPF_CMPXCHG = 0xf0 | BPF_FETCH;

    // ---- pseudo source registers (RFC 9669 5.4, 4.3.1) ----
    /** LD IMM64 src: imm is a map file descriptor. */ public static final int BPF_PSEUDO_MAP_FD = 1;
    /** LD IMM64 src: map fd + offset into its value. */ public static final int BPF_PSEUDO_MAP_VALUE = 2;
    /** LD IMM64 src: a kernel BTF type id (ksym). */ public static final int BPF_PSEUDO_BTF_ID = 3;
    /** LD IMM64 src: address of a subprogram (relative instruction offset). */ public static final int BPF_PSEUDO_FUNC = 4;
    /** LD IMM64 src: imm is an index into the program's map array. */ public static final int BPF_PSEUDO_MAP_IDX = 5;
    /** LD IMM64 src: map index + offset into its value. */ public static final int BPF_PSEUDO_MAP_IDX_VALUE = 6;
    /** CALL src: bpf-to-bpf call, imm is the relative offset. */ public static final int BPF_PSEUDO_CALL = 1;
    /** CALL src: kernel function call, imm is a BTF id. */ public static final int BPF_PSEUDO_KFUNC_CALL = 2;

    // ---- combined opcodes used for dispatch ----
    /** LD IMM64 first slot, 0x18. */ public static final int LD_IMM64 = BPF_LD | BPF_IMM | BPF_DW;
    /** Helper, local or kfunc call, 0x85. */ public static final int CALL = BPF_JMP | BPF_CALL | BPF_K;
    /** Call through a register (callx), 0x8d. */ public static final int CALLX = BPF_JMP | BPF_CALL | BPF_X;
    /** Exit, 0x95. */ public static final int EXIT = BPF_JMP | BPF_EXIT;

    // ---- registers ----
    /** Number of registers, r0 to r10. */ public static final int REG_COUNT = 11;
    /** Frame pointer, read-only. */ public static final int FP = 10;
    /** Bytes of stack per frame. */ public static final int STACK_SIZE = 512;
    /** Maximum nesting of bpf-to-bpf calls (MAX_CALL_FRAMES in the kernel). */ public static final int MAX_CALL_FRAMES = 8;

    /** @return the instruction class (low 3 bits) of an opcode */
    public static int cls(int opcode) {
        return opcode & 0x07;
    }

    /** @return the operation (high 4 bits) of an ALU or JMP opcode */
    public static int op(int opcode) {
        return opcode & 0xf0;
    }

    /** @return the source bit of an ALU or JMP opcode */
    public static int srcBit(int opcode) {
        return opcode & 0x08;
    }

    /** @return the size field of a load/store opcode */
    public static int size(int opcode) {
        return opcode & 0x18;
    }

    /** @return the mode field of a load/store opcode */
    public static int mode(int opcode) {
        return opcode & 0xe0;
    }

    /** @return the access size in bytes of a BPF_W/H/B/DW size field */
    public static int sizeBytes(int sizeField) {
        switch (sizeField) {
            case BPF_B: return 1;
            case BPF_H: return 2;
            case BPF_W: return 4;
            default: return 8;
        }
    }
}
