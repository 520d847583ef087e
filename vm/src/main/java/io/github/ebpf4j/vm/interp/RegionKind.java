package io.github.ebpf4j.vm.interp;

/**
 * What a {@link Region} holds. The kind is only informative (messages, tracing, a runtime's own
 * bookkeeping); access rights come from {@link Region#writable()}.
 */
public enum RegionKind {
    /** A 512-byte stack frame of the interpreter. */ STACK("stack"),
    /** Memory the caller passes in r1 (the conformance suite's and uBPF's convention). */ CALLER("mem"),
    /** The program's context ({@code struct xdp_md}, {@code struct __sk_buff}, pt_regs ...). */ CONTEXT("ctx"),
    /** Packet bytes, with head- and tailroom outside the window. */ PACKET("pkt"),
    /** The value of a map entry. */ MAP_VALUE("map_value"),
    /** Read-only data ({@code .rodata}, frozen maps). */ READ_ONLY_DATA("rodata"),
    /** A buffer a helper hands to the program (ring-buffer record, dynptr data ...). */ HELPER_BUFFER("buf"),
    /** Anything else a runtime maps. */ OTHER("mem");

    private final String label;

    RegionKind(String label) {
        this.label = label;
    }

    /** @return short name used in fault messages when the region has no name of its own */
    public String label() { return label; }
}
