package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.prog.AttachType;
import io.github.ebpf4j.vm.prog.ProgramType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * libbpf's section-name conventions. Expected rows are facts from {@code section_defs[]} in
 * libbpf's src/libbpf.c at libbpf/libbpf commit f7081a6b (July 2026), matched with its
 * {@code sec_def_matches()} rules (exact, "type+" and "type/").
 */
class SectionDefTest {

    @Test
    void tableHasLibbpfsRowCount() {
        assertEquals(116, SectionDef.table().size()); // SEC_DEF( entries in section_defs[] at f7081a6b
    }

    @ParameterizedTest
    @CsvSource({
        "xdp, XDP, XDP",
        "xdp.frags, XDP, XDP",
        "xdp/devmap, XDP, XDP_DEVMAP",
        "xdp.frags/cpumap, XDP, XDP_CPUMAP",
        "tc, SCHED_CLS, ",
        "classifier, SCHED_CLS, ",
        "tc/ingress, SCHED_CLS, TCX_INGRESS",
        "tcx/egress, SCHED_CLS, TCX_EGRESS",
        "socket, SOCKET_FILTER, ",
        "kprobe/do_nanosleep, KPROBE, ",
        "kretprobe/do_nanosleep, KPROBE, ",
        "kprobe, KPROBE, ",
        "kprobe.multi/foo*, KPROBE, TRACE_KPROBE_MULTI",
        "uprobe/bin:func, KPROBE, ",
        "tracepoint/syscalls/sys_enter_openat, TRACEPOINT, ",
        "tp/sched/sched_switch, TRACEPOINT, ",
        "raw_tp/sys_enter, RAW_TRACEPOINT, ",
        "raw_tp.w/sys_enter, RAW_TRACEPOINT_WRITABLE, ",
        "tp_btf/sched_switch, TRACING, TRACE_RAW_TP",
        "fentry/do_unlinkat, TRACING, TRACE_FENTRY",
        "fexit/do_unlinkat, TRACING, TRACE_FEXIT",
        "fmod_ret/x, TRACING, MODIFY_RETURN",
        "freplace/x, EXT, ",
        "lsm/file_open, LSM, LSM_MAC",
        "lsm.s/file_open, LSM, LSM_MAC",
        "iter/task, TRACING, TRACE_ITER",
        "cgroup_skb/ingress, CGROUP_SKB, CGROUP_INET_INGRESS",
        "cgroup_skb/egress, CGROUP_SKB, CGROUP_INET_EGRESS",
        "cgroup/skb, CGROUP_SKB, ",
        "cgroup/sock, CGROUP_SOCK, CGROUP_INET_SOCK_CREATE",
        "cgroup/connect4, CGROUP_SOCK_ADDR, CGROUP_INET4_CONNECT",
        "cgroup/getsockopt, CGROUP_SOCKOPT, CGROUP_GETSOCKOPT",
        "cgroup/dev, CGROUP_DEVICE, CGROUP_DEVICE",
        "sk_skb/stream_parser, SK_SKB, SK_SKB_STREAM_PARSER",
        "sk_skb, SK_SKB, ",
        "sk_msg, SK_MSG, SK_MSG_VERDICT",
        "sockops, SOCK_OPS, CGROUP_SOCK_OPS",
        "struct_ops/dctcp_init, STRUCT_OPS, ",
        "syscall, SYSCALL, ",
        "sk_lookup, SK_LOOKUP, SK_LOOKUP",
        "netfilter, NETFILTER, NETFILTER",
        "perf_event, PERF_EVENT, ",
        "flow_dissector, FLOW_DISSECTOR, FLOW_DISSECTOR",
        "lwt_xmit, LWT_XMIT, ",
        "sk_reuseport/migrate, SK_REUSEPORT, SK_REUSEPORT_SELECT_OR_MIGRATE",
        "netkit/peer, SCHED_CLS, NETKIT_PEER",
    })
    void sectionNamesMapAsInLibbpf(String section, ProgramType type, AttachType attach) {
        SectionDef d = SectionDef.find(section).orElseThrow();
        assertEquals(type, d.programType(), section);
        assertEquals(attach, d.attachType(), section);
    }

    @ParameterizedTest
    @CsvSource({"kprobex", "xdp/foo", "tcx", "classifier/egress", "socketfilter", "cgroup_skb", "lsm.x/y", "maps", ".text"})
    void unknownSectionNamesMatchNothing(String section) {
        assertTrue(SectionDef.find(section).isEmpty(), section);
    }

    @Test
    void questionMarkSectionsAreProgramsWithAutoloadOff() throws Exception {
        // tc_globals.o: rename section 'tcx/egress' to '?tc/egress' (libbpf's alias, same length) wherever
        // the name is stored: ELF section names and the .BTF strings that .BTF.ext refers to
        byte[] b = java.nio.file.Files.readAllBytes(ToolFacts.objDir().resolve("tc_globals.o"));
        byte[] from = "tcx/egress\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] to = "?tc/egress\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + from.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, b, i, to.length);
                replaced++;
            }
        }
        assertTrue(replaced >= 2, "found in .strtab and .BTF");
        BpfProgram p = BpfObject.load(b, "tc_globals.o").program("tc_egress").orElseThrow();
        assertFalse(p.autoload());
        assertEquals("tc/egress", p.section());
        assertEquals(AttachType.TCX_EGRESS, p.attachType());
        assertTrue(BpfObject.load(ToolFacts.objDir().resolve("tc_globals.o")).program("tc_egress").orElseThrow().autoload());
    }

    @Test
    void flags() {
        assertTrue(SectionDef.find("lsm.s/file_open").orElseThrow().sleepable());
        assertTrue(SectionDef.find("xdp.frags").orElseThrow().xdpFrags());
        assertFalse(SectionDef.find("xdp").orElseThrow().xdpFrags());
        assertTrue(SectionDef.find("syscall").orElseThrow().sleepable());
        assertNull(SectionDef.find("kprobe/x").orElseThrow().attachType());
    }
}
