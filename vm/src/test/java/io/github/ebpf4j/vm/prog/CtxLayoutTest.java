package io.github.ebpf4j.vm.prog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Context layouts against the kernel's BTF: expected offsets are the {@code bits_offset / 8} that
 * {@code bpftool btf dump file /sys/kernel/btf/vmlinux} printed on Linux 6.18 for
 * {@code STRUCT '__sk_buff' size=192}, {@code 'xdp_md' size=24} and {@code 'pt_regs' size=168}.
 */
class CtxLayoutTest {
    @Test
    void skBuffOffsetsMatchBtf() {
        // bpftool: 'tc_classid' bits_offset=576, 'data_meta' 1120, 'tstamp' 1216, 'gso_size' 1408,
        // 'tstamp_type' 1440, 'hwtstamp' 1472, 'cb' 384, 'local_port' 1088
        assertEquals(72, SkBuff.LAYOUT.field("tc_classid").offset());
        assertEquals(140, SkBuff.LAYOUT.field("data_meta").offset());
        assertEquals(152, SkBuff.LAYOUT.field("tstamp").offset());
        assertEquals(176, SkBuff.LAYOUT.field("gso_size").offset());
        assertEquals(180, SkBuff.LAYOUT.field("tstamp_type").offset());
        assertEquals(184, SkBuff.LAYOUT.field("hwtstamp").offset());
        assertEquals(48, SkBuff.LAYOUT.field("cb[0]").offset());
        assertEquals(136, SkBuff.LAYOUT.field("local_port").offset());
        assertEquals(192, SkBuff.SIZE);
        assertEquals("hash", SkBuff.LAYOUT.fieldAt(70).name());
        int prevEnd = 0;
        for (CtxField f : SkBuff.LAYOUT.fields()) {
            assertTrue(f.offset() >= prevEnd, f.name() + " overlaps");
            prevEnd = f.end();
        }
    }

    @Test
    void xdpMdAndPtRegsMatchBtf() {
        assertEquals(20, XdpMd.LAYOUT.field("egress_ifindex").offset()); // bits_offset=160
        assertEquals(24, XdpMd.SIZE);
        assertEquals(112, PtRegs.LAYOUT.field("di").offset()); // bits_offset=896
        assertEquals(80, PtRegs.LAYOUT.field("ax").offset()); // bits_offset=640
        assertEquals(168, PtRegs.SIZE);
    }

    @Test
    void accessRulesOfFilterC() {
        // sk_filter_is_valid_access: no direct packet access, writes only to cb[]
        assertFalse(SkBuff.canRead(ProgramType.SOCKET_FILTER, SkBuff.DATA, 4));
        assertTrue(SkBuff.canWrite(ProgramType.SOCKET_FILTER, SkBuff.CB + 4, 4));
        assertFalse(SkBuff.canWrite(ProgramType.SOCKET_FILTER, SkBuff.MARK, 4));
        // tc_cls_act_is_valid_access: mark, tc_classid writable; socket fields unreadable
        assertTrue(SkBuff.canWrite(ProgramType.SCHED_CLS, SkBuff.TC_CLASSID, 4));
        assertFalse(SkBuff.canRead(ProgramType.SCHED_CLS, SkBuff.FAMILY, 4));
        assertTrue(SkBuff.canRead(ProgramType.SCHED_CLS, SkBuff.DATA_META, 4));
        // bpf_skb_is_valid_access: narrow reads fine, data only as u32, tstamp only as u64
        assertTrue(SkBuff.canRead(ProgramType.SCHED_CLS, SkBuff.PROTOCOL, 2));
        assertFalse(SkBuff.canRead(ProgramType.SCHED_CLS, SkBuff.DATA, 2));
        assertFalse(SkBuff.canRead(ProgramType.SCHED_CLS, SkBuff.TSTAMP, 4));
        assertFalse(SkBuff.canWrite(ProgramType.SCHED_CLS, SkBuff.HWTSTAMP, 8));
        // cg_skb_is_valid_access: no data_meta, no tc_classid
        assertFalse(SkBuff.canRead(ProgramType.CGROUP_SKB, SkBuff.DATA_META, 4));
        assertTrue(SkBuff.canWrite(ProgramType.CGROUP_SKB, SkBuff.PRIORITY, 4));
        // xdp_is_valid_access: 4-byte reads only, egress_ifindex for devmap programs only
        assertTrue(XdpMd.canRead(XdpMd.DATA_END, 4, false));
        assertFalse(XdpMd.canRead(XdpMd.DATA_END, 2, false));
        assertFalse(XdpMd.canRead(XdpMd.EGRESS_IFINDEX, 4, false));
        assertEquals(XdpAction.XDP_TX, XdpAction.of(3));
        assertEquals(TcAction.TC_ACT_SHOT, TcAction.of(2));
        assertEquals(TcAction.TC_ACT_UNSPEC, TcAction.of(0xffffffffL));
    }
}
