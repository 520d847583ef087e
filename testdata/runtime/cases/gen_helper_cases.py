#!/usr/bin/env python3
"""Writes the helper programs (*.s) and case lists (*.cases) of the differential corpus; run
../gen_cases.py afterwards to record the kernel's results. Each program reads its parameters from
map0 (an array of u64 set per case with --set), so one program covers many inputs."""
import struct

def u64(v): return struct.pack('<q', v).hex()
def u32(v): return struct.pack('<I', v).hex()
def key(i): return u32(i)
def setp(i, v): return f"set 0:{key(i)}:{u64(v)}"

PARAMS = ["\t# r6 = ctx; r7 = param0, r8 = param1, r9 = param2 (from map0[0..2])",
          "\tr6 = r1"]
for i, reg in enumerate(("r7", "r8", "r9")):
    PARAMS += [f"\tr1 = {i}", "\t*(u32 *)(r10 - 4) = r1", "\tr1 = map0 ll", "\tr2 = r10", "\tr2 += -4", "\tcall 1",
               f"\tif r0 == 0 goto fail{i}", f"\t{reg} = *(u64 *)(r0 + 0)", f"\tgoto ok{i}", f"fail{i}:", "\tr0 = 99", "\texit", f"ok{i}:"]
PARAMS = "\n".join(PARAMS)
PARAM_MAP = "map array:4:8:3"

ETH_IP_UDP = ("000000000002" "000000000001" "0800"
              "450000240001000040117ce2c0a80001c0a80002"  # IPv4, checksum 7ce2
              "003500350010" "0000" "68656c6c6f21")        # UDP 53->53, csum 0, "hello!"
files = {}

def prog(name, body, comment):
    files[name + ".s"] = f"\t# {comment}\n" + PARAMS + "\n" + body.strip("\n") + "\n"

def cases(name, header, items):
    lines = header[:]
    for cname, sets, extra in items:
        lines.append(f"case {cname}")
        lines += sets
        lines += extra
    files[name + ".cases"] = "\n".join(lines) + "\n"

# ---- XDP adjust helpers: offset in param0; returns the helper's r0; data_out shows the buffer
for helper, hid in (("head", 44), ("tail", 65), ("meta", 54)):
    prog(f"xdp_adjust_{helper}", f"\tr1 = r6\n\tr2 = r7\n\tcall {hid}\n\texit", f"bpf_xdp_adjust_{helper}(ctx, param0)")
    offs = {"head": [-216, -217, -14, -1, 0, 1, 2, 46, 47, 100, -300],
            "tail": [-47, -46, -10, -1, 0, 1, 64, 3460, 3461, -100000],
            "meta": [-4, -8, -3, -32, -36, -212, -216, -217, -220, 4, 0, -2]}[helper]
    items = [(f"off_{o}".replace("-", "m"), [setp(0, o)], [f"data-hex {''.join('%02x' % (i + 1) for i in range(60))}"]) for o in offs]
    items.append(("meta_ctx_then", [setp(0, -4)], [f"data-hex {'ee' * 60}", "ctx-hex " + struct.pack('<6I', 8, 60, 0, 0, 0, 0).hex()]))
    cases(f"xdp_adjust_{helper}", [f"# bpf_xdp_adjust_{helper}: limits of the 4096-byte test-run frame", f"prog xdp_adjust_{helper}.s", "type xdp", PARAM_MAP], items)

# ---- XDP load/store bytes: load 4 bytes at param0, store them at param1; retval = load | store << 8 | len << 16
prog("xdp_bytes", """
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = r6
	r2 = r7
	r3 = r10
	r3 += -16
	r4 = 4
	call 189
	r0 &= 0xff
	*(u64 *)(r10 - 24) = r0
	r1 = r6
	r2 = r8
	r3 = r10
	r3 += -16
	r4 = 4
	call 190
	r0 &= 0xff
	r0 <<= 8
	r1 = *(u64 *)(r10 - 24)
	r0 |= r1
	*(u64 *)(r10 - 24) = r0
	r1 = r6
	call 188
	r0 <<= 16
	r1 = *(u64 *)(r10 - 24)
	r0 |= r1
	exit""", "bpf_xdp_load_bytes(ctx, param0, buf, 4), bpf_xdp_store_bytes(ctx, param1, buf, 4), bpf_xdp_get_buff_len")
d = ''.join('%02x' % (i & 0xff) for i in range(100))
cases("xdp_bytes", ["# bpf_xdp_load_bytes / store_bytes / get_buff_len, linear and fragmented packets", "prog xdp_bytes.s", "type xdp", PARAM_MAP],
      [(f"ld{a}_st{b}_{n}", [setp(0, a), setp(1, b)], [f"data-hex {d if n == 'lin' else ('5a' * 3600)}"])
       for a, b, n in ((0, 10, "lin"), (96, 0, "lin"), (97, 0, "lin"), (0, 97, "lin"), (70000, 0, "lin"),
                       (3518, 3590, "frag"), (3596, 0, "frag"), (3597, 0, "frag"), (0, 3596, "frag"))])

# ---- skb load/store bytes (TC): load 4 at param0 into stack, store at param1 with flags param2
prog("skb_bytes", """
	r1 = r6
	r2 = r7
	r3 = r10
	r3 += -16
	r4 = 4
	call 26
	r0 &= 0xff
	*(u64 *)(r10 - 24) = r0
	r1 = r6
	r2 = r8
	r3 = r10
	r3 += -16
	r4 = 4
	r5 = r9
	call 9
	r0 &= 0xff
	r0 <<= 8
	r1 = *(u64 *)(r10 - 24)
	r0 |= r1
	exit""", "bpf_skb_load_bytes(skb, param0, buf, 4) then bpf_skb_store_bytes(skb, param1, buf, 4, param2)")
cases("skb_bytes", ["# bpf_skb_load_bytes / bpf_skb_store_bytes return codes and effect", "prog skb_bytes.s", "type sched_cls", PARAM_MAP],
      [(f"ld{a}_st{b}_f{f}", [setp(0, a), setp(1, b), setp(2, f)], [f"data-hex {ETH_IP_UDP}"])
       for a, b, f in ((26, 0, 0), (0, 26, 0), (44, 0, 0), (45, 0, 0), (0, 44, 0), (0, 45, 0), (0, 0, 1), (0, 0, 2), (0, 0, 3), (0, 0, 4), (-1, 0, 0), (0, 70000, 0))])

# ---- checksum replace: new source address param0 (as loaded u32), l3 flags param1, l4 flags param2
prog("csum_replace", """
	r1 = r6
	r2 = 26
	r3 = r10
	r3 += -16
	r4 = 4
	call 26
	r1 = r6
	r2 = 24
	r3 = *(u32 *)(r10 - 16)
	r4 = r7
	r5 = r8
	call 10
	r0 &= 0xff
	*(u64 *)(r10 - 32) = r0
	r1 = r6
	r2 = 40
	r3 = *(u32 *)(r10 - 16)
	r4 = r7
	r5 = r9
	call 11
	r0 &= 0xff
	r0 <<= 8
	r1 = *(u64 *)(r10 - 32)
	r0 |= r1
	*(u64 *)(r10 - 32) = r0
	*(u32 *)(r10 - 8) = r7
	r1 = r6
	r2 = 26
	r3 = r10
	r3 += -8
	r4 = 4
	r5 = 0
	call 9
	r0 = *(u64 *)(r10 - 32)
	exit""", "rewrite the IPv4 source address to param0 fixing the IP (l3_csum_replace flags param1) and UDP (l4_csum_replace flags param2) checksums")
udp_csum = ETH_IP_UDP[:80] + "1f2b" + ETH_IP_UDP[84:]
cases("csum_replace", ["# bpf_l3_csum_replace / bpf_l4_csum_replace on an IPv4/UDP packet", "prog csum_replace.s", "type sched_cls", PARAM_MAP],
      [(f"addr{a:x}_l3f{f3}_l4f{f4}_{p}", [setp(0, a), setp(1, f3), setp(2, f4)], [f"data-hex {ETH_IP_UDP if p == 'udp0' else udp_csum}"])
       for a, f3, f4, p in ((0x0a0b0c0d, 4, 4, "udp0"), (0x0a0b0c0d, 4, 0x14, "udpcs"), (0x0a0b0c0d, 4, 0x34, "udp0"),
                            (0x0a0b0c0d, 4, 0x74, "udp0"), (0x01000000, 4, 0x34, "udpcs"), (0x0a0b0c0d, 2, 2, "udpcs"),
                            (0x0a0b0c0d, 3, 3, "udpcs"), (0x0a0b0c0d, 0x14, 0x1000, "udpcs"), (0x0a0b0c0d, 0, 0, "udpcs"),
                            (0xffffffff, 4, 0x14, "udpcs"))])

# ---- csum_diff(from = param0 (8 bytes), 8, to = param1 (8 bytes), 8, seed = param2)
prog("csum_diff", """
	*(u64 *)(r10 - 16) = r7
	*(u64 *)(r10 - 24) = r8
	r1 = r10
	r1 += -16
	r2 = 8
	r3 = r10
	r3 += -24
	r4 = 8
	r5 = r9
	call 28
	exit""", "bpf_csum_diff(&param0, 8, &param1, 8, param2)")
cases("csum_diff", ["# bpf_csum_diff values (x86-64 csum_partial)", "prog csum_diff.s", "type sched_cls", PARAM_MAP],
      [(f"c{i}", [setp(0, a), setp(1, b), setp(2, s)], [f"data-hex {ETH_IP_UDP}"])
       for i, (a, b, s) in enumerate(((0, 0, 0), (0, 0x0102030405060708, 0), (0x0102030405060708, 0, 0),
                                      (-1, -1, 0), (0x1111, 0x2222, 0xffff), (-1, 0, -1), (0x7fffffff, 0x7fffffff, 0x7fffffff),
                                      (0x123456789abcdef0, 0x0fedcba987654321, 0x55aa)))])

# ---- change tail / head (TC): param0 new length / head room, param1 flags
prog("skb_change_tail", "\tr1 = r6\n\tr2 = r7\n\tr3 = r8\n\tcall 38\n\texit", "bpf_skb_change_tail(skb, param0, param1)")
cases("skb_change_tail", ["# bpf_skb_change_tail", "prog skb_change_tail.s", "type sched_cls", PARAM_MAP],
      [(f"len{n}_f{f}", [setp(0, n), setp(1, f)], [f"data-hex {ETH_IP_UDP}"]) for n, f in ((48, 0), (20, 0), (14, 0), (13, 0), (100, 0), (48, 1), (70000, 0), (0, 0))])
prog("skb_change_head", "\tr1 = r6\n\tr2 = r7\n\tr3 = r8\n\tcall 43\n\texit", "bpf_skb_change_head(skb, param0, param1)")
cases("skb_change_head", ["# bpf_skb_change_head", "prog skb_change_head.s", "type sched_cls", PARAM_MAP],
      [(f"room{n}_f{f}", [setp(0, n), setp(1, f)], [f"data-hex {ETH_IP_UDP}"]) for n, f in ((0, 0), (4, 0), (14, 0), (4, 1), (100, 0), (70000, 0))])

# ---- skb_adjust_room(skb, param0, param1 mode, param2 flags)
prog("skb_adjust_room", "\tr1 = r6\n\tr2 = r7\n\tr3 = r8\n\tr4 = r9\n\tcall 50\n\texit", "bpf_skb_adjust_room(skb, param0, param1, param2)")
cases("skb_adjust_room", ["# bpf_skb_adjust_room without encapsulation: NET and MAC modes, limits", "prog skb_adjust_room.s", "type sched_cls", PARAM_MAP],
      [(f"d{d}_m{m}_f{f}{'_arp' if '0806' in pk else ''}".replace("-", "m"), [setp(0, d), setp(1, m), setp(2, f)], [f"data-hex {pk}"]) for d, m, f, pk in (
          (8, 0, 0, ETH_IP_UDP), (8, 1, 0, ETH_IP_UDP), (-4, 0, 0, ETH_IP_UDP), (-4, 1, 0, ETH_IP_UDP), (-16, 0, 0, ETH_IP_UDP),
          (-17, 0, 0, ETH_IP_UDP), (0, 0, 0, ETH_IP_UDP), (8, 2, 0, ETH_IP_UDP), (4096, 0, 0, ETH_IP_UDP), (4095, 1, 0, ETH_IP_UDP),
          (8, 0, 32, ETH_IP_UDP), (8, 0, 1 << 12, ETH_IP_UDP), (8, 0, 0, "000000000002000000000001" + "0806" + "00" * 28),
          (-20, 1, 0, ETH_IP_UDP))])

# ---- skb_change_proto(skb, param0 (__be16), param1)
prog("skb_change_proto", "\tr1 = r6\n\tr2 = r7\n\tr3 = r8\n\tcall 31\n\texit", "bpf_skb_change_proto(skb, param0, param1)")
IP6_PKT = "000000000002000000000001" + "86dd" + "6000000000083aff" + "00" * 32 + "8000000000000000"
cases("skb_change_proto", ["# bpf_skb_change_proto: IPv4 <-> IPv6 header room", "prog skb_change_proto.s", "type sched_cls", PARAM_MAP],
      [(n, [setp(0, p), setp(1, f)], [f"data-hex {pk}"]) for n, p, f, pk in (
          ("v4_to_v6", 0xdd86, 0, ETH_IP_UDP), ("v6_to_v4", 0x0008, 0, IP6_PKT), ("v4_to_v4", 0x0008, 0, ETH_IP_UDP),
          ("v4_flags", 0xdd86, 1, ETH_IP_UDP), ("v4_to_arp", 0x0608, 0, ETH_IP_UDP))])

# ---- bpf_check_mtu(ctx, param0 ifindex, &mtu (param1 in), param2 len_diff, 0): retval | mtu << 8
for t in ("xdp", "sched_cls"):
    prog(f"check_mtu_{t}", """
	*(u32 *)(r10 - 4) = r8
	r1 = r6
	r2 = r7
	r3 = r10
	r3 += -4
	r4 = r9
	r5 = 0
	call 163
	r0 &= 0xff
	r1 = *(u32 *)(r10 - 4)
	r1 <<= 8
	r0 |= r1
	exit""", "bpf_check_mtu(ctx, param0, &mtu_len = param1, param2, 0)")
    cases(f"check_mtu_{t}", [f"# bpf_check_mtu on lo for {t}", f"prog check_mtu_{t}.s", f"type {t}", PARAM_MAP],
          [(f"if{i}_mtu{m}_d{d}", [setp(0, i), setp(1, m), setp(2, d)], [f"data-hex {ETH_IP_UDP}"]) for i, m, d in (
              (0, 0, 0), (1, 0, 0), (5, 0, 0), (0, 1500, 0), (0, 65536, 0), (0, 65537, 0), (0, 0, 65522), (0, 0, 65600))])

# ---- vlan push/pop: push (proto param0 as __be16, tci param1) when param2 bit0, pop when bit1
prog("skb_vlan", """
	r0 = 0
	r1 = r9
	r1 &= 1
	if r1 == 0 goto nopush
	r1 = r6
	r2 = r7
	r3 = r8
	call 18
	r0 &= 0xff
nopush:
	*(u64 *)(r10 - 16) = r0
	r1 = r9
	r1 &= 2
	r0 = 0
	if r1 == 0 goto nopop
	r1 = r6
	call 19
	r0 &= 0xff
nopop:
	r0 <<= 8
	r1 = *(u64 *)(r10 - 16)
	r0 |= r1
	r1 = *(u32 *)(r6 + 20)
	r1 <<= 16
	r0 |= r1
	r1 = *(u32 *)(r6 + 24)
	r1 <<= 24
	r0 |= r1
	exit""", "bpf_skb_vlan_push/pop, then vlan_present and vlan_tci")
vlan_pkt = "000000000002" "000000000001" "8100" "0064" "0800" + ETH_IP_UDP[28:]
cases("skb_vlan", ["# bpf_skb_vlan_push / bpf_skb_vlan_pop: tag in skb metadata or in the packet", "prog skb_vlan.s", "type sched_cls", PARAM_MAP],
      [(n, [setp(0, p), setp(1, t), setp(2, m)], [f"data-hex {d}"]) for n, p, t, m, d in (
          ("push8021q", 0x0081, 5, 1, ETH_IP_UDP), ("push88a8", 0xa888, 6, 1, ETH_IP_UDP), ("push_bad_proto", 0x1234, 7, 1, ETH_IP_UDP),
          ("push_pop", 0x0081, 5, 3, ETH_IP_UDP), ("pop_untagged", 0, 0, 2, ETH_IP_UDP), ("pop_tagged", 0, 0, 2, vlan_pkt))])

# ---- redirect: bpf_redirect(param0, param1)
for t in ("xdp", "sched_cls"):
    prog(f"redirect_{t}", "\tr1 = r7\n\tr2 = r8\n\tcall 23\n\texit", "bpf_redirect(param0, param1)")
    cases(f"redirect_{t}", [f"# bpf_redirect return values for {t}", f"prog redirect_{t}.s", f"type {t}", PARAM_MAP],
          [(f"if{i}_f{f}", [setp(0, i), setp(1, f)], [f"data-hex {ETH_IP_UDP}"]) for i, f in ((1, 0), (7, 0), (1, 1), (1, 2), (1, 8))])
# ---- redirect_map on a devmap (map1): key param0, flags param1
prog("redirect_map", "\tr1 = map1 ll\n\tr2 = r7\n\tr3 = r8\n\tcall 51\n\texit", "bpf_redirect_map(devmap, param0, param1)")
cases("redirect_map", ["# bpf_redirect_map on a devmap: hit, miss with fallback actions, bad flags", "prog redirect_map.s", "type xdp", PARAM_MAP,
                       "map 14:4:4:4", f"set 1:{key(1)}:{u32(1)}"],
      [(f"k{k}_f{f}", [setp(0, k), setp(1, f)], [f"data-hex {ETH_IP_UDP}"]) for k, f in ((1, 0), (0, 0), (0, 1), (0, 2), (0, 3), (9, 2), (1, 4), (1, 32), (0, 8))])

# ---- repeat: counter in map1 and adjust_head(-2) each run
prog("repeat", """
	r1 = 0
	*(u32 *)(r10 - 32) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -32
	call 1
	if r0 == 0 goto out
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
	r1 = r6
	r2 = r7
	call 44
	r2 = *(u32 *)(r6 + 0)
	r3 = *(u32 *)(r6 + 4)
	r0 = r3
	r0 -= r2
out:
	exit""", "count runs in map1[0], bpf_xdp_adjust_head(param0) each run, return the length")
cases("repeat", ["# BPF_PROG_TEST_RUN repeat: maps keep state between repetitions; does the packet?", "prog repeat.s", "type xdp", PARAM_MAP, "map array:4:8:1", "dump"],
      [(f"r{r}_off{o}".replace("-", "m"), [setp(0, o)], [f"data-hex {'11' * 60}", f"repeat {r}"]) for r, o in ((1, -2), (3, -2), (5, 0), (4, 2))])

# ---- ringbuf output / reserve / query and perf event output without a reader
prog("ringbuf", """
	r1 = map1 ll
	r2 = r10
	r2 += -64
	r3 = r7
	r4 = r8
	*(u64 *)(r10 - 64) = r3
	call 130
	r0 &= 0xff
	*(u64 *)(r10 - 8) = r0
	r1 = map1 ll
	r2 = r9
	call 134
	r0 <<= 8
	r1 = *(u64 *)(r10 - 8)
	r0 |= r1
	exit""", "bpf_ringbuf_output(rb, stack, 8 bytes... param0 as size, flags param1) then bpf_ringbuf_query(rb, param2)")
files["ringbuf.s"] = files["ringbuf.s"].replace("\tr3 = r7\n\tr4 = r8\n\t*(u64 *)(r10 - 64) = r3", "\tr3 = r7\n\tr3 &= 63\n\tr4 = r8\n\t*(u64 *)(r10 - 64) = r3")
cases("ringbuf", ["# ring buffer output return codes and query values", "prog ringbuf.s", "type xdp", PARAM_MAP, "map ringbuf:0:0:4096"],
      [(f"size{s}_f{f}_q{q}", [setp(0, s), setp(1, f), setp(2, q)], [f"data-hex {ETH_IP_UDP}"]) for s, f, q in (
          (8, 0, 0), (8, 0, 1), (8, 0, 2), (8, 0, 3), (0, 0, 3), (13, 0, 3), (8, 1, 3), (8, 2, 3), (8, 4, 3), (8, 0, 9))])
prog("perf_output", "\tr1 = r6\n\tr2 = map1 ll\n\tr3 = r7\n\tr4 = r10\n\tr4 += -8\n\t*(u64 *)(r10 - 8) = r8\n\tr5 = 8\n\tcall 25\n\texit",
     "bpf_perf_event_output(ctx, perf map, param0 flags, &param1, 8) with no reader attached")
cases("perf_output", ["# bpf_perf_event_output when nobody reads the perf event array", "prog perf_output.s", "type xdp", PARAM_MAP, "map perf_event_array:4:4:2"],
      [(f"flags{f:x}", [setp(0, f), setp(1, 7)], [f"data-hex {ETH_IP_UDP}"]) for f in (0xffffffff, 0, 1, 2, 5, 1 << 40, 1 << 60)])

# ---- socket filter legacy packet loads
files["ld_abs.s"] = """\t# LD_ABS/LD_IND in a socket filter: bytes of the packet from the network header
	r6 = r1
	r0 = *(u8 *)skb[0]
	r7 = r0
	r0 = *(u16 *)skb[2]
	r7 <<= 16
	r7 |= r0
	r0 = *(u32 *)skb[12]
	r0 += r7
	exit
"""
cases("ld_abs", ["# legacy LD_ABS loads in socket filters (offsets from the network header)", "prog ld_abs.s", "type socket_filter"],
      [("ipv4", [], [f"data-hex {ETH_IP_UDP}"]), ("short_ip_hdr", [], ["data-hex " + ETH_IP_UDP[:28] + "45" + "00" * 19])])
files["ld_abs_oob.s"] = "\t# LD_ABS past the end: the program returns 0\n\tr6 = r1\n\tr0 = *(u32 *)skb[40]\n\tr0 += 5\n\texit\n"
cases("ld_abs_oob", ["# LD_ABS beyond the packet ends the program with 0", "prog ld_abs_oob.s", "type socket_filter"],
      [("oob", [], [f"data-hex {ETH_IP_UDP}"]), ("inb", [], [f"data-hex {ETH_IP_UDP}{'00' * 20}"])])

# ---- time and trace_printk return values
files["ktime.s"] = "\t# the clock is not 0 and moves forward\n\tcall 5\n\tr6 = r0\n\tcall 5\n\tr0 -= r6\n\tr0 >>= 63\n\tif r6 == 0 goto z\n\tr0 += 10\nz:\n\texit\n"
cases("ktime", ["# bpf_ktime_get_ns: non-zero, monotonic", "prog ktime.s", "type xdp"], [("ktime", [], [f"data-hex {ETH_IP_UDP}"])])
def printk_prog(fmt, args):
    b = fmt.encode() + b"\0"
    b += b"\0" * (-len(b) % 8)
    body = []
    for i in range(0, len(b), 8):
        body += [f"\tr1 = {struct.unpack('<q', b[i:i+8])[0]} ll", f"\t*(u64 *)(r10 - {len(b) - i}) = r1"]
    body += ["\tr1 = r10", f"\tr1 += -{len(b)}", f"\tr2 = {len(fmt) + 1}"]
    for reg, a in zip(("r3", "r4", "r5"), args):
        body.append(f"\t{reg} = {a} ll")
    body += ["\tcall 6", "\texit"]
    return "\n".join(body) + "\n"
PRINTK = [("plain", "hello\\n", []), ("int", "x=%d\\n", [-5]), ("uint", "%u", [-1]), ("hex", "%x %X", [255, 255]),
          ("long", "%ld %lld", [-1, 1 << 40]), ("width", "[%5d][%-5d][%05d]", [42, 42, 42]), ("pct", "100%%", []),
          ("toomany", "%d %d %d %d", [1, 2, 3]), ("badconv", "%q", [1]), ("llx", "%llx", [0x123456789]), ("char", "%c", [65]),
          ("nonprint", "a\x01b", []), ("lu", "%lu", [-1])]
for n, fmt, args in PRINTK:
    real = fmt.replace("\\n", "\n")
    files[f"printk_{n}.s"] = f"\t# bpf_trace_printk(\"{fmt}\", ...) returns the formatted length\n" + printk_prog(real, args)
    cases(f"printk_{n}", [f"# bpf_trace_printk return value for \"{fmt}\"", f"prog printk_{n}.s", "type xdp"], [("printk", [], [f"data-hex {ETH_IP_UDP}"])])

for name, text in files.items():
    open(name, "w").write(text)
print(len(files), "files")
