package io.github.ebpf4j.verifier;

/**
 * What a register (or spilled stack slot) holds, as the kernel's {@code enum bpf_reg_type}
 * (base types only; the {@code PTR_MAYBE_NULL}, {@code MEM_RDONLY} and {@code MEM_RINGBUF} flags
 * live in {@link RegState}). Names are the ones the kernel's log prints ({@code reg_type_str}).
 */
public enum RegType {
    /** Never written on this path. */ NOT_INIT("?"),
    /** A number. */ SCALAR_VALUE("scalar"),
    /** The program's context argument. */ PTR_TO_CTX("ctx"),
    /** A map, as loaded by LD_IMM64. */ CONST_PTR_TO_MAP("map_ptr"),
    /** Into a map value. */ PTR_TO_MAP_VALUE("map_value"),
    /** Into a map key (callbacks). */ PTR_TO_MAP_KEY("map_key"),
    /** Into the stack frame. */ PTR_TO_STACK("fp"),
    /** Packet metadata start. */ PTR_TO_PACKET_META("pkt_meta"),
    /** Into packet data. */ PTR_TO_PACKET("pkt"),
    /** One past the packet's last byte. */ PTR_TO_PACKET_END("pkt_end"),
    /** Flow dissector keys. */ PTR_TO_FLOW_KEYS("flow_keys"),
    /** A full socket. */ PTR_TO_SOCKET("sock"),
    /** A socket's common part. */ PTR_TO_SOCK_COMMON("sock_common"),
    /** A TCP socket. */ PTR_TO_TCP_SOCK("tcp_sock"),
    /** Helper-returned memory of known size (e.g. ring buffer records). */ PTR_TO_MEM("mem"),
    /** A subprogram (callbacks). */ PTR_TO_FUNC("func"),
    /** A kernel object by BTF id. */ PTR_TO_BTF_ID("ptr_");

    private final String logName;

    RegType(String logName) {
        this.logName = logName;
    }

    /** @return the name the kernel's log uses */
    public String logName() {
        return logName;
    }

    /** @return whether this is a pointer type (not scalar, not uninitialised) */
    public boolean isPointer() {
        return this != NOT_INIT && this != SCALAR_VALUE;
    }

    /** @return whether the type is PTR_TO_PACKET or PTR_TO_PACKET_META */
    public boolean isPktPointer() {
        return this == PTR_TO_PACKET || this == PTR_TO_PACKET_META;
    }
}
