package io.github.ebpf4j.vm.prog;

import io.github.ebpf4j.vm.interp.AccessHook;
import io.github.ebpf4j.vm.interp.Memory;
import io.github.ebpf4j.vm.interp.Region;
import io.github.ebpf4j.vm.interp.RegionKind;
import io.github.ebpf4j.vm.interp.VmFault;
import java.util.Arrays;

/**
 * An XDP packet as the kernel's {@code struct xdp_buff} holds it in {@code BPF_PROG_TEST_RUN}
 * (net/bpf/test_run.c, {@code bpf_prog_test_run_xdp()}): one 4096-byte frame with
 * {@link XdpMd#XDP_PACKET_HEADROOM} bytes of headroom (less the metadata the test supplies), the
 * linear data, and {@link XdpMd#SHARED_INFO_SIZE} bytes of tailroom reserved at the end. Input
 * beyond the linear maximum (3520 bytes) becomes a fragment, as the kernel does for multi-buffer
 * packets; the program sees it only through helpers.
 *
 * <p>The program's context is a {@code struct xdp_md} region whose {@code data},
 * {@code data_end} and {@code data_meta} read as pointers into the packet region; the packet
 * region's window is {@code [data_meta, data_end)} and follows {@code bpf_xdp_adjust_head/tail/meta}.
 */
public final class XdpBuff {
    private final byte[] frame = new byte[XdpMd.FRAME_SIZE];
    private byte[] frags;
    private int meta;
    private int data;
    private int dataEnd;
    private int ingressIfindex;
    private int rxQueueIndex;
    private Region packet;
    private Region ctx;

    /**
     * @param input packet bytes (metadata first when {@code metaLen > 0})
     * @param metaLen bytes of metadata at the start of the input
     * @param linearLen bytes of packet data (after the metadata) in the linear part; the rest
     *     becomes a fragment
     * @param ingressIfindex ingress interface (1, loopback, by default)
     * @param rxQueueIndex receive queue
     */
    public XdpBuff(byte[] input, int metaLen, int linearLen, int ingressIfindex, int rxQueueIndex) {
        int headroom = XdpMd.XDP_PACKET_HEADROOM - metaLen;
        this.meta = headroom;
        this.data = headroom + metaLen;
        this.dataEnd = data + linearLen;
        System.arraycopy(input, 0, frame, meta, metaLen + linearLen);
        int rest = input.length - metaLen - linearLen;
        this.frags = Arrays.copyOfRange(input, metaLen + linearLen, metaLen + linearLen + rest);
        this.ingressIfindex = ingressIfindex;
        this.rxQueueIndex = rxQueueIndex;
    }

    /** Largest linear packet: the frame less headroom and tailroom (3520 bytes). */
    public static final int MAX_LINEAR = XdpMd.FRAME_SIZE - XdpMd.XDP_PACKET_HEADROOM - XdpMd.SHARED_INFO_SIZE;

    /**
     * Maps the packet and the context into a program's memory.
     *
     * @param memory the interpreter's memory
     * @return the context's address, for r1
     */
    public long map(Memory memory) {
        packet = memory.map(RegionKind.PACKET, "pkt", frame, meta, dataEnd, true, null);
        ctx = memory.map(RegionKind.CONTEXT, "ctx", new byte[XdpMd.SIZE], 0, XdpMd.SIZE, true, new CtxHook());
        return ctx.address();
    }

    /** @param memory the memory {@link #map} used */
    public void unmap(Memory memory) {
        if (packet != null) memory.unmap(packet);
        if (ctx != null) memory.unmap(ctx);
    }

    /** Reads of {@code struct xdp_md} as {@code xdp_convert_ctx_access()} rewrites them. */
    private final class CtxHook implements AccessHook {
        @Override
        public long load(Region region, int offset, int size) {
            if (!XdpMd.canRead(offset, size, false)) {
                throw new VmFault(VmFault.Kind.OUT_OF_BOUNDS, "invalid access to xdp_md at offset " + offset
                        + " size " + size + " (xdp_is_valid_access)");
            }
            switch (offset) {
                case XdpMd.DATA: return packet.base() + data;
                case XdpMd.DATA_END: return packet.base() + dataEnd;
                case XdpMd.DATA_META: return packet.base() + meta;
                case XdpMd.INGRESS_IFINDEX: return ingressIfindex & 0xffffffffL;
                default: return rxQueueIndex & 0xffffffffL;
            }
        }

        @Override
        public void store(Region region, int offset, int size, long value) {
            throw new VmFault(VmFault.Kind.READ_ONLY, "xdp_md is read-only (xdp_is_valid_access refuses writes)");
        }
    }

    private void window() {
        if (packet != null) packet.window(meta, dataEnd);
    }

    /** @return metadata length */
    public int metaLen() {
        return data - meta;
    }

    /** @return linear packet length ({@code data_end - data}) */
    public int linearLen() {
        return dataEnd - data;
    }

    /** @return total length including fragments ({@code bpf_xdp_get_buff_len}) */
    public int totalLen() {
        return dataEnd - data + frags.length;
    }

    /**
     * {@code bpf_xdp_adjust_head(xdp, offset)}.
     *
     * @param offset bytes to add to data (negative grows the head)
     * @return 0 or -EINVAL
     */
    public int adjustHead(int offset) {
        int metalen = data - meta;
        long newData = (long) data + offset;
        if (newData < XdpMd.XDP_FRAME_SIZE + metalen || newData > dataEnd - 14) return -22;
        if (metalen > 0) System.arraycopy(frame, meta, frame, meta + offset, metalen);
        meta += offset;
        data = (int) newData;
        window();
        return 0;
    }

    /**
     * {@code bpf_xdp_adjust_tail(xdp, offset)} for a linear buffer: growth is zeroed.
     *
     * @param offset bytes to add to data_end
     * @return 0 or -EINVAL
     */
    public int adjustTail(int offset) {
        if (frags.length > 0) return adjustFragTail(offset);
        long newEnd = (long) dataEnd + offset;
        if (newEnd > XdpMd.FRAME_SIZE - XdpMd.SHARED_INFO_SIZE || newEnd < data + 14L) return -22;
        if (offset > 0) Arrays.fill(frame, dataEnd, (int) newEnd, (byte) 0);
        dataEnd = (int) newEnd;
        window();
        return 0;
    }

    private int adjustFragTail(int offset) {
        // bpf_xdp_frags_increase_tail/shrink_tail: growth within the last fragment's page,
        // shrinking removes fragment bytes first
        if (offset > 0) {
            long room = 4096L - frags.length;
            if (offset > room) return -22;
            frags = Arrays.copyOf(frags, frags.length + offset);
            return 0;
        }
        int shrink = -offset;
        if (shrink > frags.length + linearLen() - 14L) return -22;
        int fromFrags = Math.min(shrink, frags.length);
        frags = Arrays.copyOf(frags, frags.length - fromFrags);
        dataEnd -= shrink - fromFrags;
        window();
        return 0;
    }

    /**
     * {@code bpf_xdp_adjust_meta(xdp, offset)}.
     *
     * @param offset bytes to add to data_meta (negative grows the metadata)
     * @return 0, -EINVAL, or -EACCES for a metadata length that is not a multiple of 4 or too large
     */
    public int adjustMeta(int offset) {
        long newMeta = (long) meta + offset;
        if (newMeta < XdpMd.XDP_FRAME_SIZE || newMeta > data) return -22;
        long metalen = data - newMeta;
        if ((metalen & 3) != 0 || metalen > MAX_META) return -13;
        meta = (int) newMeta;
        window();
        return 0;
    }

    /** Largest metadata {@code bpf_xdp_adjust_meta} accepts (Linux 6.18: 252, a u8 multiple of 4). */
    static final int MAX_META = 252;

    /**
     * Copies bytes of the packet (linear part then fragments), as {@code bpf_xdp_load_bytes} sees it.
     *
     * @param offset offset from data
     * @param len length
     * @return the bytes, or null if the range is outside the packet
     */
    public byte[] load(long offset, long len) {
        if (offset < 0 || len < 0 || offset + len > totalLen()) return null;
        byte[] out = new byte[(int) len];
        for (int i = 0; i < len; i++) out[i] = byteAt((int) offset + i);
        return out;
    }

    /**
     * Writes bytes of the packet, as {@code bpf_xdp_store_bytes}.
     *
     * @param offset offset from data
     * @param bytes the bytes
     * @return false if the range is outside the packet
     */
    public boolean store(long offset, byte[] bytes) {
        if (offset < 0 || offset + bytes.length > totalLen()) return false;
        int lin = linearLen();
        for (int i = 0; i < bytes.length; i++) {
            int o = (int) offset + i;
            if (o < lin) frame[data + o] = bytes[i];
            else frags[o - lin] = bytes[i];
        }
        return true;
    }

    private byte byteAt(int o) {
        int lin = linearLen();
        return o < lin ? frame[data + o] : frags[o - lin];
    }

    /** @return what BPF_PROG_TEST_RUN copies out: metadata, data and fragments */
    public byte[] dataOut() {
        byte[] out = new byte[dataEnd - meta + frags.length];
        System.arraycopy(frame, meta, out, 0, dataEnd - meta);
        System.arraycopy(frags, 0, out, dataEnd - meta, frags.length);
        return out;
    }

    /** @return the packet data without metadata (linear part and fragments) */
    public byte[] packetBytes() {
        return load(0, totalLen());
    }

    /** @return ingress ifindex */
    public int ingressIfindex() {
        return ingressIfindex;
    }

    /** @return rx queue index */
    public int rxQueueIndex() {
        return rxQueueIndex;
    }
}
