package io.github.ebpf4j.vm.prog;

/**
 * {@code struct xdp_md}, the context of XDP programs (include/uapi/linux/bpf.h). Offsets checked
 * against the BTF of Linux 6.18 ({@code bpftool btf dump file /sys/kernel/btf/vmlinux}: size 24).
 *
 * <p>Access rules ({@code xdp_is_valid_access()} in net/core/filter.c): reads only, each exactly
 * 4 bytes at a field's offset; {@code egress_ifindex} only for programs attached to a devmap
 * ({@code BPF_XDP_DEVMAP}); {@code data}, {@code data_meta} and {@code data_end} read as packet
 * pointers.
 */
public final class XdpMd {
    /** {@code __u32 data}: start of packet data. */ public static final int DATA = 0;
    /** {@code __u32 data_end}: end of packet data. */ public static final int DATA_END = 4;
    /** {@code __u32 data_meta}: start of metadata, before data. */ public static final int DATA_META = 8;
    /** {@code __u32 ingress_ifindex}. */ public static final int INGRESS_IFINDEX = 12;
    /** {@code __u32 rx_queue_index}. */ public static final int RX_QUEUE_INDEX = 16;
    /** {@code __u32 egress_ifindex} (devmap programs only). */ public static final int EGRESS_IFINDEX = 20;
    /** {@code sizeof(struct xdp_md)}. */ public static final int SIZE = 24;

    /** The layout as data. */
    public static final CtxLayout LAYOUT = CtxLayout.of("struct xdp_md", SIZE,
            "data", DATA, 4, "data_end", DATA_END, 4, "data_meta", DATA_META, 4,
            "ingress_ifindex", INGRESS_IFINDEX, 4, "rx_queue_index", RX_QUEUE_INDEX, 4,
            "egress_ifindex", EGRESS_IFINDEX, 4);

    /** {@code XDP_PACKET_HEADROOM}: bytes before the packet in an XDP buffer. */
    public static final int XDP_PACKET_HEADROOM = 256;
    /**
     * {@code sizeof(struct xdp_frame)} on x86-64: {@code bpf_xdp_adjust_head/meta} keep this much
     * of the headroom for the frame header.
     */
    public static final int XDP_FRAME_SIZE = 40;
    /**
     * {@code SKB_DATA_ALIGN(sizeof(struct skb_shared_info))} on x86-64: tailroom reserved at the
     * end of an XDP frame.
     */
    public static final int SHARED_INFO_SIZE = 320;
    /** Frame size of a BPF_PROG_TEST_RUN XDP buffer: one page. */
    public static final int FRAME_SIZE = 4096;
    /** Largest metadata: {@code xdp_metalen_invalid()} refuses more than 32 bytes or a non-multiple of 4. */
    public static final int MAX_META_LEN = 32;

    private XdpMd() {
    }

    /**
     * @param offset byte offset of a read
     * @param size read size
     * @param devmapProgram whether the program is attached to a devmap entry
     * @return whether {@code xdp_is_valid_access()} allows the read
     */
    public static boolean canRead(int offset, int size, boolean devmapProgram) {
        if (offset < 0 || offset >= SIZE || size != 4 || offset % 4 != 0) return false;
        return offset != EGRESS_IFINDEX || devmapProgram;
    }
}
