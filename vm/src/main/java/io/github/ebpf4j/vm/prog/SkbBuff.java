package io.github.ebpf4j.vm.prog;

import io.github.ebpf4j.vm.interp.AccessHook;
import io.github.ebpf4j.vm.interp.Memory;
import io.github.ebpf4j.vm.interp.Region;
import io.github.ebpf4j.vm.interp.RegionKind;
import io.github.ebpf4j.vm.interp.VmFault;
import java.util.Arrays;

/**
 * A socket buffer as {@code BPF_PROG_TEST_RUN} builds it for skb programs
 * ({@code bpf_prog_test_run_skb()} in net/bpf/test_run.c): linear data in a buffer with headroom,
 * {@code eth_type_trans()} on the loopback device (protocol, pkt_type), data starting at the MAC
 * header for TC programs and at the network header for socket filters and cgroup_skb (the kernel
 * pulls the Ethernet header for them, and zeroes it in the output), and the {@code __sk_buff}
 * fields a test may set ({@code convert___skb_to_skb()}).
 *
 * <p>The program's context is a {@code struct __sk_buff} region whose loads and stores go
 * through {@link SkBuff#canRead}/{@link SkBuff#canWrite} and this model, the way
 * {@code bpf_convert_ctx_access()} rewrites them to the kernel's {@code struct sk_buff}.
 */
public final class SkbBuff {
    /** {@code ETH_HLEN}. */
    public static final int ETH_HLEN = 14;
    /** Largest test input: a page less {@code NET_SKB_PAD} (64) and the shared info (320): 3712. */
    public static final int MAX_DATA = 4096 - 64 - XdpMd.SHARED_INFO_SIZE;
    /** Headroom of the buffer: {@code NET_SKB_PAD}. */
    private static final int HEADROOM = 64;
    /** Largest packet {@code skb_change_tail/head} may make: loopback MTU 65536 + Ethernet header. */
    public static final int MAX_LEN = 65536 + ETH_HLEN;

    private final ProgramType type;
    private final boolean l2;
    private byte[] buf;
    private int data;
    private int tail;
    private int mac;
    private int network;
    private Memory memory;
    private Region packet;
    private Region ctxRegion;

    /** Fields of {@code struct sk_buff} and its control blocks that programs see. */
    private int mark;
    private int priority;
    private int protocol;
    private int pktType;
    private int queueMapping;
    private int vlanPresent;
    private int vlanTci;
    private int vlanProto;
    private int ingressIfindex;
    private int ifindex = 1;
    private int tcIndex;
    private final byte[] cb = new byte[20];
    private int hash;
    private int tcClassid;
    private long tstamp;
    private int wireLen;
    private int gsoSegs;
    private int gsoSize;
    private long hwtstamp;

    /**
     * @param type program type (decides where data starts and what the context allows)
     * @param frame the frame, starting with the Ethernet header
     */
    public SkbBuff(ProgramType type, byte[] frame) {
        this.type = type;
        this.l2 = type == ProgramType.SCHED_CLS || type == ProgramType.SCHED_ACT
                || type == ProgramType.LWT_XMIT;
        this.buf = new byte[HEADROOM + frame.length + 64];
        this.mac = HEADROOM;
        System.arraycopy(frame, 0, buf, mac, frame.length);
        this.network = mac + ETH_HLEN;
        this.data = l2 ? mac : network;
        this.tail = mac + frame.length;
        ethTypeTrans();
    }

    /** {@code eth_type_trans()} on the loopback device (address and broadcast 00:00:00:00:00:00). */
    private void ethTypeTrans() {
        boolean zeroDst = true;
        for (int i = 0; i < 6; i++) zeroDst &= buf[mac + i] == 0;
        if (zeroDst) pktType = 0; // PACKET_HOST
        else if ((buf[mac] & 1) != 0) pktType = 2; // multicast bit; lo's broadcast address is all zero
        else pktType = 3; // PACKET_OTHERHOST
        int proto = (buf[mac + 12] & 0xff) << 8 | (buf[mac + 13] & 0xff);
        if (proto >= 0x600) {
            protocol = proto;
        } else if ((buf[mac + 14] & 0xff) == 0xff && (buf[mac + 15] & 0xff) == 0xff) {
            protocol = 0x0001; // ETH_P_802_3: raw IPX
        } else {
            protocol = 0x0004; // ETH_P_802_2
        }
    }

    /**
     * Applies a user-supplied {@code struct __sk_buff} ({@code convert___skb_to_skb()}): only
     * mark, priority, ingress_ifindex, ifindex (1, loopback), cb, tstamp, wire_len, gso_segs,
     * gso_size and hwtstamp may be non-zero.
     *
     * @param ctx the bytes (at most 192; missing bytes count as zero)
     * @return 0, -EINVAL, or -ENODEV for an interface that does not exist
     */
    public int applyCtx(byte[] ctx) {
        byte[] c = Arrays.copyOf(ctx, SkBuff.SIZE);
        for (int i = ctx.length; i < SkBuff.SIZE; i++) c[i] = 0;
        for (int i = 0; i < SkBuff.SIZE; i++) {
            if (c[i] != 0 && !settable(i)) return -22;
        }
        int wl = u32(c, SkBuff.WIRE_LEN);
        int segs = u32(c, SkBuff.GSO_SEGS);
        int ifx = u32(c, SkBuff.IFINDEX);
        if (ifx != 0 && ifx != 1) return -19;
        int len = tail - data;
        if (wl != 0 && (Integer.compareUnsigned(wl, len) < 0 || Integer.compareUnsigned(wl, 65536) > 0)) return -22;
        if (Integer.compareUnsigned(segs, 65535) > 0) return -22;
        mark = u32(c, SkBuff.MARK);
        priority = u32(c, SkBuff.PRIORITY);
        ingressIfindex = u32(c, SkBuff.INGRESS_IFINDEX);
        if (ifx != 0) ifindex = ifx;
        System.arraycopy(c, SkBuff.CB, cb, 0, 20);
        tstamp = u64(c, SkBuff.TSTAMP);
        wireLen = wl == 0 ? len : wl;
        gsoSegs = segs;
        gsoSize = u32(c, SkBuff.GSO_SIZE);
        hwtstamp = u64(c, SkBuff.HWTSTAMP);
        return 0;
    }

    private static boolean settable(int i) {
        return (i >= SkBuff.MARK && i < SkBuff.MARK + 4) || (i >= SkBuff.PRIORITY && i < SkBuff.TC_INDEX)
                || (i >= SkBuff.CB && i < SkBuff.CB + 20) || (i >= SkBuff.TSTAMP && i < SkBuff.SK)
                || (i >= SkBuff.GSO_SIZE && i < SkBuff.GSO_SIZE + 4) || i >= SkBuff.HWTSTAMP;
    }

    /** @return the {@code __sk_buff} BPF_PROG_TEST_RUN copies out ({@code convert_skb_to___skb()}) */
    public byte[] ctxOut() {
        byte[] c = new byte[SkBuff.SIZE];
        put32(c, SkBuff.MARK, mark);
        put32(c, SkBuff.PRIORITY, priority);
        put32(c, SkBuff.INGRESS_IFINDEX, ingressIfindex);
        put32(c, SkBuff.IFINDEX, ifindex);
        System.arraycopy(cb, 0, c, SkBuff.CB, 20);
        put64(c, SkBuff.TSTAMP, tstamp);
        put32(c, SkBuff.WIRE_LEN, wireLen);
        put32(c, SkBuff.GSO_SEGS, gsoSegs);
        put32(c, SkBuff.GSO_SIZE, gsoSize);
        put64(c, SkBuff.HWTSTAMP, hwtstamp);
        return c;
    }

    /**
     * @return the output packet: from the MAC header; for socket filters and cgroup_skb the
     *     kernel pushes the Ethernet header back zeroed
     */
    public byte[] dataOut() {
        if (l2) return Arrays.copyOfRange(buf, data, tail);
        byte[] out = new byte[ETH_HLEN + tail - data];
        System.arraycopy(buf, data, out, ETH_HLEN, tail - data);
        return out;
    }

    // ------------------------------------------------------------------ mapping into memory

    /**
     * Maps the packet and the context into a program's memory.
     *
     * @param mem the interpreter's memory
     * @return the context's address, for r1
     */
    public long map(Memory mem) {
        this.memory = mem;
        mapPacket();
        ctxRegion = mem.map(RegionKind.CONTEXT, "ctx", new byte[SkBuff.SIZE], 0, SkBuff.SIZE, true, new CtxHook());
        return ctxRegion.address();
    }

    private void mapPacket() {
        if (packet != null) memory.unmap(packet);
        packet = memory.map(RegionKind.PACKET, "pkt", buf, data, tail, true, null);
        memory.setLegacyPacket(packet, mac, network);
    }

    /** @param mem the memory {@link #map} used */
    public void unmap(Memory mem) {
        if (packet != null) mem.unmap(packet);
        if (ctxRegion != null) mem.unmap(ctxRegion);
        mem.setLegacyPacket(null, 0, 0);
    }

    private void window() {
        if (packet != null) packet.window(data, tail);
    }

    /** Makes room: a new, larger buffer (packet pointers the program holds become invalid). */
    private void grow(int head, int tailRoom) {
        int needHead = Math.max(0, head - data);
        int needTail = Math.max(0, tailRoom - (buf.length - tail));
        if (needHead == 0 && needTail == 0) return;
        int shift = needHead + 32;
        byte[] nb = new byte[buf.length + shift + needTail + 32];
        System.arraycopy(buf, 0, nb, shift, buf.length);
        buf = nb;
        data += shift;
        tail += shift;
        mac += shift;
        network += shift;
        if (memory != null) mapPacket();
    }

    // ------------------------------------------------------------------ the context

    private final class CtxHook implements AccessHook {
        @Override
        public long load(Region region, int off, int size) {
            if (!SkBuff.canRead(type, off, size)) {
                throw new VmFault(VmFault.Kind.OUT_OF_BOUNDS, "invalid bpf_context access off=" + off + " size=" + size
                        + " for " + type.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (off == SkBuff.DATA) return packet.base() + data;
            if (off == SkBuff.DATA_END) return packet.base() + tail;
            if (off == SkBuff.DATA_META) return packet.base() + data;
            if (off == SkBuff.TSTAMP) return tstamp;
            if (off == SkBuff.HWTSTAMP) return hwtstamp;
            if (off == SkBuff.SK) return 0;
            int base = off & ~3;
            long v = field(base) & 0xffffffffL;
            int shift = 8 * (off - base);
            long mask = size >= 4 ? 0xffffffffL : (1L << (8 * size)) - 1;
            return (v >>> shift) & mask;
        }

        @Override
        public void store(Region region, int off, int size, long value) {
            if (!SkBuff.canWrite(type, off, size)) {
                throw new VmFault(VmFault.Kind.READ_ONLY, "invalid bpf_context write off=" + off + " size=" + size
                        + " for " + type.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (off >= SkBuff.CB && off < SkBuff.CB + 20) {
                for (int i = 0; i < size; i++) cb[off - SkBuff.CB + i] = (byte) (value >>> (8 * i));
                return;
            }
            int v = (int) value;
            switch (off) {
                case SkBuff.MARK -> mark = v;
                case SkBuff.PRIORITY -> priority = v;
                case SkBuff.TC_INDEX -> tcIndex = v & 0xffff;
                case SkBuff.TC_CLASSID -> tcClassid = v;
                case SkBuff.QUEUE_MAPPING -> {
                    // tc_cls_act: a value of 0xffff or more is ignored (NO_QUEUE_MAPPING)
                    if ((v & 0xffffffffL) < 0xffff) queueMapping = v;
                }
                case SkBuff.TSTAMP -> tstamp = value;
                default -> throw new VmFault(VmFault.Kind.READ_ONLY, "write to __sk_buff offset " + off);
            }
        }
    }

    private int field(int off) {
        if (off >= SkBuff.CB && off < SkBuff.CB + 20) return u32(cb, off - SkBuff.CB);
        return switch (off) {
            case SkBuff.LEN -> tail - data;
            case SkBuff.PKT_TYPE -> pktType;
            case SkBuff.MARK -> mark;
            case SkBuff.QUEUE_MAPPING -> queueMapping;
            case SkBuff.PROTOCOL -> Short.reverseBytes((short) protocol) & 0xffff;
            case SkBuff.VLAN_PRESENT -> vlanPresent;
            case SkBuff.VLAN_TCI -> vlanTci;
            case SkBuff.VLAN_PROTO -> Short.reverseBytes((short) vlanProto) & 0xffff;
            case SkBuff.PRIORITY -> priority;
            case SkBuff.INGRESS_IFINDEX -> ingressIfindex;
            case SkBuff.IFINDEX -> ifindex;
            case SkBuff.TC_INDEX -> tcIndex;
            case SkBuff.HASH -> hash;
            case SkBuff.TC_CLASSID -> tcClassid;
            case SkBuff.WIRE_LEN -> wireLen;
            case SkBuff.GSO_SEGS -> gsoSegs;
            case SkBuff.GSO_SIZE -> gsoSize;
            default -> 0; // napi_id, socket fields of an skb without a socket
        };
    }

    // ------------------------------------------------------------------ helpers' view

    /** @return the program type */
    public ProgramType type() { return type; }

    /** @return {@code skb->len} */
    public int len() { return tail - data; }

    /** @return {@code skb->hash} (0 when not computed) */
    public int hash() { return hash; }

    /** @param h new hash ({@code bpf_set_hash}; 0 clears it) */
    public void setHash(int h) { hash = h; }

    /** @return {@code skb->mark} */
    public int mark() { return mark; }

    /** @return the bytes from the network header to the end, for flow hashing */
    public byte[] networkBytes() {
        return Arrays.copyOfRange(buf, Math.min(network, tail), tail);
    }

    /** @return the protocol from eth_type_trans (host order) */
    public int protocol() { return protocol; }

    /**
     * {@code bpf_skb_load_bytes}: copies from {@code skb->data + offset}.
     *
     * @param offset offset
     * @param len length
     * @return the bytes, or null if out of range
     */
    public byte[] load(long offset, long len) {
        if (offset < 0 || len < 0 || offset > Integer.MAX_VALUE || offset + len > tail - data) return null;
        return Arrays.copyOfRange(buf, data + (int) offset, data + (int) (offset + len));
    }

    /**
     * {@code bpf_skb_load_bytes_relative} with {@code BPF_HDR_START_MAC} (0) or
     * {@code BPF_HDR_START_NET} (1).
     *
     * @param offset offset from the header
     * @param len length
     * @param start 0 for the MAC header, 1 for the network header
     * @return the bytes, or null if out of range
     */
    public byte[] loadRelative(long offset, long len, int start) {
        int base = start == 0 ? mac : network;
        if (offset < 0 || len <= 0 || base + offset + len > tail || base < 0) return null;
        return Arrays.copyOfRange(buf, base + (int) offset, base + (int) (offset + len));
    }

    /**
     * {@code bpf_skb_store_bytes}: writes at {@code skb->data + offset}.
     *
     * @param offset offset
     * @param bytes bytes
     * @return false if out of range
     */
    public boolean store(long offset, byte[] bytes) {
        if (offset < 0 || offset > 0xffff || offset + bytes.length > tail - data) return false;
        System.arraycopy(bytes, 0, buf, data + (int) offset, bytes.length);
        return true;
    }

    /**
     * @param offset offset from data of a 16-bit field
     * @return its value as stored (little-endian load of the two bytes), or -1 if out of range
     */
    public int load16(long offset) {
        if (offset < 0 || offset + 2 > tail - data) return -1;
        int i = data + (int) offset;
        return (buf[i] & 0xff) | (buf[i + 1] & 0xff) << 8;
    }

    /**
     * @param offset offset from data of a 16-bit field (checked by {@link #load16})
     * @param v value to store little-endian
     */
    public void store16(long offset, int v) {
        int i = data + (int) offset;
        buf[i] = (byte) v;
        buf[i + 1] = (byte) (v >>> 8);
    }

    /**
     * {@code bpf_skb_change_tail(skb, len, 0)}: truncates or zero-extends.
     *
     * @param newLen new length
     * @return 0 or -EINVAL
     */
    public int changeTail(long newLen) {
        int minLen = network - data; // skb_network_offset()
        if (newLen > MAX_LEN || newLen < Math.max(minLen, 0)) return -22;
        int n = (int) newLen;
        int old = tail - data;
        if (n > old) {
            grow(0, n - old);
            Arrays.fill(buf, tail, data + n, (byte) 0);
        }
        tail = data + n;
        window();
        return 0;
    }

    /**
     * {@code bpf_skb_change_head(skb, head_room, 0)}: pushes zeroed bytes in front; the MAC
     * header is reset to the new start.
     *
     * @param room bytes to add
     * @return 0 or -EINVAL
     */
    public int changeHead(long room) {
        if (room < 0 || room + (tail - data) > MAX_LEN) return -22;
        int r = (int) room;
        grow(r, 0);
        data -= r;
        Arrays.fill(buf, data, data + r, (byte) 0);
        mac = data;
        if (memory != null) mapPacket(); else window();
        return 0;
    }

    /**
     * {@code bpf_skb_vlan_push(skb, proto, tci)}: the tag goes to the skb's metadata
     * (hardware-accelerated tag); an existing tag is first moved into the packet.
     *
     * @param proto VLAN protocol in host order (0x8100 or 0x88a8; others become 0x8100)
     * @param tci tag control information
     * @return 0
     */
    public int vlanPush(int proto, int tci) {
        if (proto != 0x8100 && proto != 0x88a8) proto = 0x8100;
        if (vlanPresent != 0) insertTag(vlanProto, vlanTci);
        vlanPresent = 1;
        vlanProto = proto;
        vlanTci = tci & 0xffff;
        return 0;
    }

    private void insertTag(int proto, int tci) {
        grow(4, 0);
        System.arraycopy(buf, mac, buf, mac - 4, 12);
        mac -= 4;
        if (l2) data -= 4;
        int t = mac + 12;
        buf[t] = (byte) (proto >>> 8);
        buf[t + 1] = (byte) proto;
        buf[t + 2] = (byte) (tci >>> 8);
        buf[t + 3] = (byte) tci;
        if (memory != null) mapPacket(); else window();
    }

    /**
     * {@code bpf_skb_vlan_pop(skb)}: clears the metadata tag, or removes a tag from the packet.
     *
     * @return 0
     */
    public int vlanPop() {
        if (vlanPresent != 0) {
            vlanPresent = 0;
            vlanTci = 0;
            vlanProto = 0;
            return 0;
        }
        int t = mac + 12;
        int proto = (buf[t] & 0xff) << 8 | (buf[t + 1] & 0xff);
        if ((proto == 0x8100 || proto == 0x88a8) && tail - mac >= 18) {
            System.arraycopy(buf, mac, buf, mac + 4, 12);
            mac += 4;
            if (l2) data += 4;
            window();
        }
        return 0;
    }

    /**
     * {@code bpf_skb_adjust_room(skb, len_diff, mode, flags)} without encapsulation flags: room is
     * added (zeroed) or removed after the MAC header ({@code BPF_ADJ_ROOM_MAC}) or after the
     * IPv4/IPv6 base header ({@code BPF_ADJ_ROOM_NET}).
     *
     * @param diff bytes to add (negative: remove)
     * @param mode 0 NET, 1 MAC
     * @param flags {@code BPF_F_ADJ_ROOM_*}
     * @return 0, -EINVAL, -EFAULT or -ENOTSUPP as the kernel returns them
     */
    public int adjustRoom(int diff, long mode, long flags) {
        // BPF_F_ADJ_ROOM_MASK | BPF_F_ADJ_ROOM_NO_CSUM_RESET
        if ((flags & ~(0xffL << 56 | 0x3ffL)) != 0) return -22;
        long abs = Math.abs((long) diff);
        if (abs > 0xfff) return -14;
        if (protocol != 0x0800 && protocol != 0x86dd) return -524;
        int base = protocol == 0x0800 ? 20 : 40;
        int off = network - mac;
        if (mode == 0) off += base;
        else if (mode != 1) return -524;
        if ((flags & 0x1ffL & ~0x21L) != 0) return -22; // encapsulation / decapsulation not simulated
        int lenCur = tail - network;
        if (diff < 0 && (abs >= lenCur || lenCur - abs < base)) return -524;
        moveRoom(off, diff);
        return 0;
    }

    /** Inserts (zeroed) or removes {@code |diff|} bytes {@code off} bytes after the MAC header. */
    private void moveRoom(int off, int diff) {
        long abs = Math.abs((long) diff);
        if (diff > 0) {
            grow((int) abs, 0);
            System.arraycopy(buf, mac, buf, mac - (int) abs, off);
            mac -= (int) abs;
            network -= (int) abs;
            data -= (int) abs;
            Arrays.fill(buf, mac + off, mac + off + (int) abs, (byte) 0);
        } else if (diff < 0) {
            System.arraycopy(buf, mac, buf, mac + (int) abs, off);
            mac += (int) abs;
            network += (int) abs;
            data += (int) abs;
        }
        if (memory != null) mapPacket();
    }

    /**
     * {@code bpf_skb_change_proto(skb, proto, 0)}: IPv4 to IPv6 adds 20 zeroed bytes after the
     * MAC header, IPv6 to IPv4 removes 20; the program writes the new header itself.
     *
     * @param proto the new protocol in host order (0x0800 or 0x86dd)
     * @param flags must be 0
     * @return 0, -EINVAL, or -ENOTSUPP for other protocol pairs (the same protocol included)
     */
    public int changeProto(int proto, long flags) {
        if (flags != 0) return -22;
        int diff;
        if (protocol == 0x0800 && proto == 0x86dd) diff = 20;
        else if (protocol == 0x86dd && proto == 0x0800) diff = -20;
        else return -524;
        moveRoom(network - mac, diff);
        protocol = proto;
        return 0;
    }

    /** @return the packet as the program currently sees it, from data */
    public byte[] packetBytes() {
        return Arrays.copyOfRange(buf, data, tail);
    }

    private static int u32(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }

    private static long u64(byte[] b, int o) {
        return (u32(b, o) & 0xffffffffL) | (long) u32(b, o + 4) << 32;
    }

    private static void put32(byte[] b, int o, int v) {
        b[o] = (byte) v;
        b[o + 1] = (byte) (v >>> 8);
        b[o + 2] = (byte) (v >>> 16);
        b[o + 3] = (byte) (v >>> 24);
    }

    private static void put64(byte[] b, int o, long v) {
        put32(b, o, (int) v);
        put32(b, o + 4, (int) (v >>> 32));
    }
}
