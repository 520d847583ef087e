"""Verifier corpus cases: small programs, each probing one rule of the kernel's verifier.

Every case is a dict: name, type (kernel-oracle --type), maps (kernel-oracle --map specs) and asm
(LLVM BPF assembly lines; "label:" lines are labels). Families come in accepted and rejected
variants; the kernel decides which is which (gen_corpus.py records its answer).
"""

CASES = []


def case(name, ptype, asm, maps=()):
    CASES.append({"name": name, "type": ptype, "asm": list(asm), "maps": list(maps)})


RET0 = ["r0 = 0", "exit"]
XDP_PKT = ["r2 = *(u32 *)(r1 + 0)", "r3 = *(u32 *)(r1 + 4)"]


def regs():
    for r in range(2, 10):
        case("reg_uninit_r%d" % r, "xdp", ["r0 = r%d" % r, "exit"])
    case("reg_uninit_r0_exit", "xdp", ["exit"])
    case("reg_r1_ctx_ok", "xdp", ["r0 = r1", "r0 = 0", "exit"])
    case("reg_write_r10", "xdp", ["r10 = 0"] + RET0)
    case("reg_write_r10_ld", "xdp", ["r10 = *(u64 *)(r1 + 0)"] + RET0)
    for r in range(1, 6):
        case("reg_clobber_r%d" % r, "xdp", ["r%d = 1" % r, "call 7", "r0 = r%d" % r, "exit"])
    for r in range(6, 10):
        case("reg_callee_saved_r%d" % r, "xdp", ["r%d = 1" % r, "call 7", "r0 = r%d" % r, "r0 = 0", "exit"])
    case("reg_r0_after_call", "xdp", ["call 7", "exit"])


def alu():
    for op in ["/=", "%="]:
        for w in ["r", "w"]:
            n = "div" if op == "/=" else "mod"
            case("alu_%s_zero_%s" % (n, w), "xdp", ["%s0 = 1" % w, "%s0 %s 0" % (w, op), "exit"])
            case("alu_%s_reg_zero_%s" % (n, w), "xdp", ["%s0 = 1" % w, "%s1 = 0" % w, "%s0 %s %s1" % (w, op, w), "exit"])
    for sh in ["<<=", ">>=", "s>>="]:
        nm = {"<<=": "lsh", ">>=": "rsh", "s>>=": "arsh"}[sh]
        case("alu_%s_63" % nm, "xdp", ["r0 = 1", "r0 %s 63" % sh, "r0 = 0", "exit"])
        case("alu_%s_64" % nm, "xdp", ["r0 = 1", "r0 %s 64" % sh, "exit"])
        case("alu_%s_w31" % nm, "xdp", ["w0 = 1", "w0 %s 31" % sh, "w0 = 0", "exit"])
        case("alu_%s_w32" % nm, "xdp", ["w0 = 1", "w0 %s 32" % sh, "exit"])
    # pointer arithmetic by base type
    ptrs = {
        "ctx": [],
        "stack": ["r1 = r10"],
        "pkt": ["r1 = *(u32 *)(r1 + 0)"],
        "pkt_end": ["r1 = *(u32 *)(r1 + 4)"],
        "pkt_meta": ["r1 = *(u32 *)(r1 + 8)"],
    }
    ops = {"add": "r1 += 4", "sub": "r1 -= 4", "mul": "r1 *= 2", "div": "r1 /= 2", "or": "r1 |= 1",
           "and": "r1 &= 1", "xor": "r1 ^= 1", "lsh": "r1 <<= 1", "rsh": "r1 >>= 1", "arsh": "r1 s>>= 1",
           "neg": "r1 = -r1", "add32": "w1 += 4", "sub32": "w1 -= 4", "mov32": "w1 = w1", "mod": "r1 %= 3"}
    for pn, pre in ptrs.items():
        for on, op in ops.items():
            case("ptr_%s_%s" % (pn, on), "xdp", pre + [op] + RET0)
    case("ptr_ptr_add", "xdp", ["r2 = r10", "r2 += r1"] + RET0)
    case("ptr_ptr_sub", "xdp", ["r2 = r10", "r2 -= r1", "r0 = r2", "exit"])
    case("ptr_scalar_minus_ptr", "xdp", ["r2 = 5", "r2 -= r10"] + RET0)
    case("ptr_scalar_plus_ptr", "xdp", ["r2 = -8", "r2 += r10", "*(u64 *)(r2 + 0) = 1"] + RET0)
    case("ptr_add_unknown_scalar", "xdp", ["call 7", "r1 = r10", "r1 += r0"] + RET0)
    case("ptr_add_bounded_scalar", "xdp", ["call 7", "r0 &= 7", "r1 = r10", "r1 += -16", "r1 += r0",
                                           "*(u8 *)(r1 + 0) = 1"] + RET0)
    case("ptr_add_huge_const", "xdp", ["r1 = r10", "r1 += 536870912"] + RET0)
    case("ptr_stack_add_then_deref", "xdp", ["r1 = r10", "r1 += -8", "*(u64 *)(r1 + 0) = 1", "r0 = *(u64 *)(r1 + 0)", "exit"])
    # scalar tracking
    case("alu_const_fold_deref", "xdp", ["r0 = 3", "r0 *= 4", "r0 += -12", "r0 = *(u64 *)(r0 + 0)", "exit"])
    case("alu_and_bounds", "xdp", ["call 7", "r0 &= 0xff", "if r0 > 255 goto +1", "r0 = 0", "exit"])
    case("alu_mov32_const", "xdp", ["w0 = -1", "if r0 == 0xffffffff goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("alu_lddw_const", "xdp", ["r0 = 0x100000000 ll", "r0 >>= 32", "r0 += -1", "if r0 == 0 goto +1",
                                   "r0 = *(u64 *)(r0 + 0)", "exit"])
    case("alu_neg_const", "xdp", ["r0 = 5", "r0 = -r0", "if r0 s< 0 goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("alu_xor_self", "xdp", ["call 7", "r1 = r0", "r0 ^= r1", "r0 = 0", "exit"])
    case("alu_bswap_const", "xdp", ["r0 = 0x0100", "r0 = be16 r0", "if r0 == 1 goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("alu_end_ptr", "xdp", ["r1 = be16 r1"] + RET0)
    case("alu_movsx8", "xdp", ["r1 = 0xff", "r0 = (s8)r1", "if r0 == -1 goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])


def stack():
    for off in [8, 16, 256, 504, 512, 520]:
        case("stack_write_m%d" % off, "xdp", ["*(u64 *)(r10 - %d) = 1" % off] + RET0)
    case("stack_write_pos", "xdp", ["*(u64 *)(r10 + 0) = 1"] + RET0)
    case("stack_write_m1_u8", "xdp", ["*(u8 *)(r10 - 1) = 1"] + RET0)
    case("stack_write_m4_u64", "xdp", ["*(u64 *)(r10 - 4) = 1"] + RET0)
    for sz, off in [("u16", 3), ("u32", 6), ("u64", 12), ("u32", 4), ("u16", 2)]:
        case("stack_align_%s_m%d" % (sz, off), "xdp", ["*(%s *)(r10 - %d) = 1" % (sz, off)] + RET0)
    case("stack_read_uninit", "xdp", ["r0 = *(u64 *)(r10 - 8)", "r0 = 0", "exit"])
    case("stack_read_uninit_deref", "xdp", ["r0 = *(u64 *)(r10 - 8)", "r0 = *(u64 *)(r0 + 0)", "exit"])
    case("stack_spill_fill_ctx", "xdp", ["*(u64 *)(r10 - 8) = r1", "r2 = *(u64 *)(r10 - 8)",
                                         "r0 = *(u32 *)(r2 + 0)", "r0 = 0", "exit"])
    case("stack_spill_fill_ctx_u32", "xdp", ["*(u64 *)(r10 - 8) = r1", "r2 = *(u32 *)(r10 - 8)"] + RET0)
    case("stack_spill_ptr_u32", "xdp", ["*(u32 *)(r10 - 8) = r1"] + RET0)
    case("stack_spill_const_fill", "xdp", ["r1 = 42", "*(u64 *)(r10 - 8) = r1", "r0 = *(u64 *)(r10 - 8)",
                                           "if r0 == 42 goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("stack_overwrite_spill", "xdp", ["*(u64 *)(r10 - 8) = r1", "*(u8 *)(r10 - 8) = 0", "r2 = *(u64 *)(r10 - 8)",
                                          "r0 = *(u32 *)(r2 + 0)", "r0 = 0", "exit"])
    case("stack_st_zero_fill", "xdp", ["*(u64 *)(r10 - 8) = 0", "r0 = *(u64 *)(r10 - 8)", "if r0 == 0 goto +1",
                                       "r0 = *(u64 *)(r0 + 0)", "exit"])
    case("stack_var_off_write", "xdp", ["call 7", "r0 &= 8", "r1 = r10", "r1 += -16", "r1 += r0",
                                        "*(u64 *)(r1 + 0) = 0"] + RET0)
    case("stack_var_off_oob", "xdp", ["call 7", "r0 &= 16", "r1 = r10", "r1 += -16", "r1 += r0",
                                      "*(u64 *)(r1 + 0) = 0"] + RET0)
    case("stack_var_off_unbounded", "xdp", ["call 7", "r1 = r10", "r1 += r0", "*(u64 *)(r1 + 0) = 0"] + RET0)
    case("stack_fp_plus_read", "xdp", ["r0 = *(u64 *)(r10 + 8)", "exit"])
    case("stack_read_m520", "xdp", ["r0 = *(u64 *)(r10 - 520)", "exit"])


def ctx():
    for off in range(0, 28, 4):
        for sz in ["u8", "u16", "u32", "u64"]:
            case("ctx_xdp_r_%d_%s" % (off, sz), "xdp", ["r0 = *(%s *)(r1 + %d)" % (sz, off)] + RET0)
    for off in [0, 12, 16]:
        case("ctx_xdp_w_%d" % off, "xdp", ["*(u32 *)(r1 + %d) = 0" % off] + RET0)
    case("ctx_xdp_r_neg", "xdp", ["r0 = *(u32 *)(r1 - 4)"] + RET0)
    case("ctx_modified", "xdp", ["r1 += 4", "r0 = *(u32 *)(r1 + 0)"] + RET0)
    case("ctx_xdp_r_2_u16", "xdp", ["r0 = *(u16 *)(r1 + 2)"] + RET0)
    skb = [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 64, 68, 72, 76, 80, 84, 88, 92, 100, 132, 136, 140, 144,
           152, 160, 164, 168, 176, 180, 184, 192]
    for t in ["socket_filter", "sched_cls", "cgroup_skb"]:
        for off in skb:
            case("ctx_%s_r_%d_u32" % (t, off), t, ["r0 = *(u32 *)(r1 + %d)" % off] + ["r0 = 0" if t != "cgroup_skb" else "r0 = 1", "exit"])
        for off in [8, 32, 44, 48, 72, 0, 4, 152]:
            case("ctx_%s_w_%d_u32" % (t, off), t, ["*(u32 *)(r1 + %d) = 0" % off] + ["r0 = 1", "exit"])
        for off, sz in [(0, "u8"), (1, "u8"), (2, "u16"), (0, "u64"), (152, "u64"), (168, "u64"), (184, "u64"), (48, "u64"), (64, "u64")]:
            case("ctx_%s_r_%d_%s" % (t, off, sz), t, ["r0 = *(%s *)(r1 + %d)" % (sz, off)] + ["r0 = 1", "exit"])
    case("ctx_kprobe_r_0", "kprobe", ["r0 = *(u64 *)(r1 + 0)"] + RET0)
    case("ctx_kprobe_r_160", "kprobe", ["r0 = *(u64 *)(r1 + 160)"] + RET0)
    case("ctx_kprobe_r_168", "kprobe", ["r0 = *(u64 *)(r1 + 168)"] + RET0)
    case("ctx_kprobe_w_0", "kprobe", ["*(u64 *)(r1 + 0) = 0"] + RET0)
    case("ctx_tracepoint_r_0", "tracepoint", ["r0 = *(u64 *)(r1 + 0)"] + RET0)
    case("ctx_tracepoint_r_8", "tracepoint", ["r0 = *(u64 *)(r1 + 8)"] + RET0)


def packet():
    for n in [1, 2, 4, 8, 14, 20, 34]:
        for acc in [n - 1, n]:
            # data + n > data_end -> drop; read u8 at acc
            case("pkt_gt_%d_read_%d" % (n, acc), "xdp", XDP_PKT + ["r4 = r2", "r4 += %d" % n, "if r4 > r3 goto +1",
                                                                    "r0 = *(u8 *)(r2 + %d)" % acc] + RET0)
    for cond, taken_ok in [(">", False), (">=", False), ("<", True), ("<=", True)]:
        nm = {">": "gt", ">=": "ge", "<": "lt", "<=": "le"}[cond]
        # data' OP data_end
        if taken_ok:
            body = ["if r4 %s r3 goto +1" % cond, "goto +1", "r0 = *(u32 *)(r2 + 4)"]
        else:
            body = ["if r4 %s r3 goto +1" % cond, "r0 = *(u32 *)(r2 + 4)"]
        case("pkt_%s_dst_pkt" % nm, "xdp", XDP_PKT + ["r4 = r2", "r4 += 8"] + body + RET0)
        # data_end OP data' (reversed ordering)
        rev = {">": "<", ">=": "<=", "<": ">", "<=": ">="}[cond]
        if taken_ok:
            body = ["if r3 %s r4 goto +1" % rev, "goto +1", "r0 = *(u32 *)(r2 + 4)"]
        else:
            body = ["if r3 %s r4 goto +1" % rev, "r0 = *(u32 *)(r2 + 4)"]
        case("pkt_%s_dst_end" % nm, "xdp", XDP_PKT + ["r4 = r2", "r4 += 8"] + body + RET0)
        # the wrong branch reads
        wrong = ["if r4 %s r3 goto +1" % cond, "goto +1", "r0 = *(u32 *)(r2 + 4)"] if not taken_ok else \
            ["if r4 %s r3 goto +1" % cond, "r0 = *(u32 *)(r2 + 4)"]
        case("pkt_%s_wrong_branch" % nm, "xdp", XDP_PKT + ["r4 = r2", "r4 += 8"] + wrong + RET0)
    case("pkt_unchecked", "xdp", XDP_PKT + ["r0 = *(u8 *)(r2 + 0)"] + RET0)
    case("pkt_end_deref", "xdp", XDP_PKT + ["r0 = *(u8 *)(r3 + 0)"] + RET0)
    case("pkt_neg_off", "xdp", XDP_PKT + ["r4 = r2", "r4 += 8", "if r4 > r3 goto +1", "r0 = *(u8 *)(r2 - 1)"] + RET0)
    case("pkt_write_xdp", "xdp", XDP_PKT + ["r4 = r2", "r4 += 8", "if r4 > r3 goto +1", "*(u32 *)(r2 + 0) = 1"] + RET0)
    case("pkt_write_socket", "socket_filter", ["r2 = *(u32 *)(r1 + 76)"] + RET0)
    case("pkt_tc_ok", "sched_cls", ["r2 = *(u32 *)(r1 + 76)", "r3 = *(u32 *)(r1 + 80)", "r4 = r2", "r4 += 14",
                                    "if r4 > r3 goto +1", "r0 = *(u16 *)(r2 + 12)"] + RET0)
    case("pkt_tc_write", "sched_cls", ["r2 = *(u32 *)(r1 + 76)", "r3 = *(u32 *)(r1 + 80)", "r4 = r2", "r4 += 14",
                                       "if r4 > r3 goto +1", "*(u16 *)(r2 + 12) = 1"] + RET0)
    case("pkt_cgroup_write", "cgroup_skb", ["r2 = *(u32 *)(r1 + 76)", "r3 = *(u32 *)(r1 + 80)", "r4 = r2",
                                            "r4 += 14", "if r4 > r3 goto +1", "*(u16 *)(r2 + 12) = 1", "r0 = 1", "exit"])
    case("pkt_var_off", "xdp", XDP_PKT + ["r5 = *(u8 *)(r2 + 0)"] + RET0)
    case("pkt_var_off_checked", "xdp", XDP_PKT + ["r4 = r2", "r4 += 1", "if r4 > r3 goto +6", "r5 = *(u8 *)(r2 + 0)",
                                                  "r5 &= 15", "r2 += r5", "r4 = r2", "r4 += 4", "if r4 > r3 goto +1",
                                                  "r0 = *(u32 *)(r2 + 0)"] + RET0)
    case("pkt_var_off_unchecked", "xdp", XDP_PKT + ["r4 = r2", "r4 += 1", "if r4 > r3 goto +4", "r5 = *(u8 *)(r2 + 0)",
                                                    "r5 &= 15", "r2 += r5", "r0 = *(u32 *)(r2 + 0)"] + RET0)
    case("pkt_meta_check", "xdp", ["r2 = *(u32 *)(r1 + 8)", "r3 = *(u32 *)(r1 + 0)", "r4 = r2", "r4 += 4",
                                   "if r4 > r3 goto +1", "r0 = *(u32 *)(r2 + 0)"] + RET0)
    case("pkt_meta_unchecked", "xdp", ["r2 = *(u32 *)(r1 + 8)", "r0 = *(u32 *)(r2 + 0)"] + RET0)
    case("pkt_cmp_end_ptr_ptr", "xdp", XDP_PKT + ["if r2 > r3 goto +1", "r0 = 0", "r0 = 0", "exit"])
    case("pkt_range_after_adjust", "xdp", XDP_PKT + ["r4 = r2", "r4 += 8", "if r4 > r3 goto +4", "r6 = r2",
                                                     "r2 = 0", "call 44", "r0 = *(u8 *)(r6 + 0)"] + RET0)


ARRAY = "array:4:8:4"
HASH = "hash:4:8:16"


def maps():
    lookup = ["r1 = map0 ll", "r2 = r10", "r2 += -4", "*(u32 *)(r10 - 4) = %s", "call 1"]
    case("map_lookup_nocheck_hash", "xdp", [l % "0" if "%s" in l else l for l in lookup] +
         ["r0 = *(u64 *)(r0 + 0)"] + RET0, [HASH])
    case("map_lookup_check_hash", "xdp", [l % "0" if "%s" in l else l for l in lookup] +
         ["if r0 == 0 goto +1", "r0 = *(u64 *)(r0 + 0)"] + RET0, [HASH])
    for k in ["0", "3", "4", "-1"]:
        case("map_lookup_array_const_key_%s" % k.replace("-", "m"), "xdp",
             [l % k if "%s" in l else l for l in lookup] + ["r0 = *(u64 *)(r0 + 0)"] + RET0, [ARRAY])
    case("map_lookup_array_unknown_key", "xdp", ["call 7", "*(u32 *)(r10 - 4) = r0", "r1 = map0 ll", "r2 = r10",
                                                 "r2 += -4", "call 1", "r0 = *(u64 *)(r0 + 0)"] + RET0, [ARRAY])
    for off, sz in [(0, "u64"), (4, "u32"), (8, "u8"), (7, "u16"), (-1, "u8"), (6, "u32")]:
        case("map_value_off_%s_%s" % (str(off).replace("-", "m"), sz), "xdp",
             [l % "0" if "%s" in l else l for l in lookup] +
             ["if r0 == 0 goto +1", "r0 = *(%s *)(r0 %s %d)" % (sz, "+" if off >= 0 else "-", abs(off))] + RET0, [HASH])
    base = [l % "0" if "%s" in l else l for l in lookup] + ["if r0 == 0 goto +5", "r6 = r0", "call 7"]
    case("map_value_var_unbounded", "xdp", base + ["r6 += r0", "r0 = *(u8 *)(r6 + 0)"] + RET0, [HASH])
    case("map_value_var_masked", "xdp", base + ["r0 &= 7", "r6 += r0", "r0 = *(u8 *)(r6 + 0)"] + RET0, [HASH])
    case("map_value_var_masked_oob", "xdp", base + ["r0 &= 15", "r6 += r0", "r0 = *(u8 *)(r6 + 0)"] + RET0, [HASH])
    case("map_value_var_signed", "xdp", base[:-1] + ["r1 = *(u64 *)(r0 + 0)", "if r1 s> 7 goto +1", "r6 += r1",
                                                      "r0 = *(u8 *)(r6 + 0)"] + RET0, [HASH])
    case("map_value_write_ptr", "xdp", [l % "0" if "%s" in l else l for l in lookup] +
         ["if r0 == 0 goto +1", "*(u64 *)(r0 + 0) = r10"] + RET0, [HASH])
    case("map_null_copy", "xdp", [l % "0" if "%s" in l else l for l in lookup] +
         ["r6 = r0", "if r0 == 0 goto +1", "r0 = *(u64 *)(r6 + 0)"] + RET0, [HASH])
    case("map_null_copy_wrong", "xdp", [l % "0" if "%s" in l else l for l in lookup] +
         ["r6 = r0", "if r0 != 0 goto +1", "r0 = *(u64 *)(r6 + 0)"] + RET0, [HASH])
    case("map_ptr_arith_null", "xdp", [l % "0" if "%s" in l else l for l in lookup] + ["r0 += 4"] + RET0, [HASH])
    case("map_update_ok", "xdp", ["*(u32 *)(r10 - 4) = 0", "*(u64 *)(r10 - 16) = 0", "r1 = map0 ll", "r2 = r10",
                                  "r2 += -4", "r3 = r10", "r3 += -16", "r4 = 0", "call 2"] + RET0, [HASH])
    case("map_update_small_value", "xdp", ["*(u32 *)(r10 - 4) = 0", "r1 = map0 ll", "r2 = r10", "r2 += -4",
                                           "r3 = r10", "r3 += -4", "r4 = 0", "call 2"] + RET0, [HASH])
    case("map_update_no_flags", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -4", "r3 = r10", "r3 += -16",
                                        "call 2"] + RET0, [HASH])
    case("map_key_oob", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -2", "call 1"] + RET0, [HASH])
    case("map_key_scalar", "xdp", ["r1 = map0 ll", "r2 = 0", "call 1"] + RET0, [HASH])
    case("map_arg_not_map", "xdp", ["r1 = 0", "r2 = r10", "r2 += -4", "call 1"] + RET0, [HASH])
    case("map_delete", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -4", "call 3"] + RET0, [HASH])
    case("map_key_pkt", "xdp", XDP_PKT + ["r4 = r2", "r4 += 4", "if r4 > r3 goto +3", "r1 = map0 ll", "call 1"] + RET0, [HASH])
    case("map_prog_array_lookup", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -4", "call 1"] + RET0, ["prog_array:4:4:4"])
    case("map_tail_call_hash", "xdp", ["r2 = map0 ll", "r3 = 0", "call 12"] + RET0, [HASH])
    case("map_tail_call_ok", "xdp", ["r2 = map0 ll", "r3 = 0", "call 12"] + RET0, ["prog_array:4:4:4"])
    case("map_redirect_map_hash", "xdp", ["r1 = map0 ll", "r2 = 0", "r3 = 0", "call 51", "exit"], [HASH])
    case("map_ld_value_type", "xdp", ["r1 = map0 ll", "r0 = *(u32 *)(r1 + 0)"] + RET0, [HASH])
    case("map_queue_push", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -8", "r3 = 0", "call 87"] + RET0, ["queue:0:8:16"])
    case("map_queue_lookup", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -8", "call 1"] + RET0, ["queue:0:8:16"])
    case("map_queue_pop", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -8", "call 88", "r0 = *(u64 *)(r10 - 8)",
                                  "r0 = 0", "exit"], ["queue:0:8:16"])


def helpers():
    for hid in [0, 999, 211, 212, 1000000]:
        case("helper_id_%d" % hid, "xdp", ["call %d" % hid] + RET0)
    for t, ids in [("xdp", [26, 9, 39, 14, 16, 35, 113, 6, 44, 189]),
                   ("socket_filter", [44, 26, 9, 23, 14]),
                   ("sched_cls", [44, 26, 9, 23, 189]),
                   ("kprobe", [26, 44, 14, 113, 6])]:
        for hid in ids:
            case("helper_avail_%s_%d" % (t, hid), t, ["call %d" % hid] + RET0)
    case("helper_probe_read_ok", "kprobe", ["r1 = r10", "r1 += -16", "r2 = 16", "r3 = 0", "call 113"] + RET0)
    case("helper_probe_read_too_big", "kprobe", ["r1 = r10", "r1 += -16", "r2 = 17", "r3 = 0", "call 113"] + RET0)
    case("helper_probe_read_zero", "kprobe", ["r1 = r10", "r1 += -16", "r2 = 0", "r3 = 0", "call 113"] + RET0)
    case("helper_probe_read_neg", "kprobe", ["r1 = r10", "r1 += -16", "r2 = -1", "r3 = 0", "call 113"] + RET0)
    case("helper_probe_read_unbounded", "kprobe", ["call 7", "r2 = r0", "r1 = r10", "r1 += -16", "r3 = 0",
                                                   "call 113"] + RET0)
    case("helper_probe_read_bounded", "kprobe", ["call 7", "r2 = r0", "r2 &= 15", "r1 = r10", "r1 += -16", "r3 = 0",
                                                 "call 113"] + RET0)
    case("helper_probe_read_bounded_nz", "kprobe", ["call 7", "r2 = r0", "r2 &= 15", "r2 += 1", "r1 = r10",
                                                    "r1 += -16", "r3 = 0", "call 113"] + RET0)
    case("helper_probe_read_size_ptr", "kprobe", ["r1 = r10", "r1 += -16", "r2 = r10", "r3 = 0", "call 113"] + RET0)
    case("helper_probe_read_dst_ctx", "kprobe", ["r2 = 8", "r3 = 0", "call 113"] + RET0)
    case("helper_comm_ok", "kprobe", ["r1 = r10", "r1 += -16", "r2 = 16", "call 16"] + RET0)
    case("helper_comm_scalar", "kprobe", ["r1 = 0", "r2 = 16", "call 16"] + RET0)
    case("helper_trace_printk", "kprobe", ["*(u64 *)(r10 - 8) = 0", "r1 = r10", "r1 += -8", "r2 = 8", "call 6"] + RET0)
    case("helper_adjust_head_ok", "xdp", ["r2 = 0", "call 44"] + RET0)
    case("helper_adjust_head_noctx", "xdp", ["r1 = r10", "r2 = 0", "call 44"] + RET0)
    case("helper_adjust_head_ctx_off", "xdp", ["r1 += 4", "r2 = 0", "call 44"] + RET0)
    case("helper_adjust_head_r2_uninit", "xdp", ["call 44"] + RET0)
    case("helper_csum_diff_null", "xdp", ["r1 = 0", "r2 = 0", "r3 = 0", "r4 = 0", "r5 = 0", "call 28"] + RET0)
    case("helper_csum_diff_stack", "xdp", ["*(u64 *)(r10 - 8) = 0", "r1 = r10", "r1 += -8", "r2 = 8", "r3 = 0",
                                           "r4 = 0", "r5 = 0", "call 28"] + RET0)
    case("helper_skb_load_bytes", "sched_cls", ["r2 = 0", "r3 = r10", "r3 += -8", "r4 = 8", "call 26"] + RET0)
    case("helper_skb_load_bytes_oob", "sched_cls", ["r2 = 0", "r3 = r10", "r3 += -8", "r4 = 9", "call 26"] + RET0)
    case("helper_xdp_load_bytes", "xdp", ["r2 = 0", "r3 = r10", "r3 += -8", "r4 = 8", "call 189"] + RET0)
    case("helper_pkt_arg", "xdp", XDP_PKT + ["r4 = r2", "r4 += 8", "if r4 > r3 goto +4", "r1 = r2", "r2 = 8",
                                             "r3 = 0", "call 6"] + RET0)
    case("helper_redirect", "xdp", ["r1 = 1", "r2 = 0", "call 23", "exit"])
    case("helper_ktime_result", "xdp", ["call 5", "r0 = *(u64 *)(r0 + 0)", "exit"])


RINGBUF = "ringbuf:0:0:4096"


def ringbuf():
    reserve = ["r1 = map0 ll", "r2 = 8", "r3 = 0", "call 131"]
    case("rb_reserve_submit", "xdp", reserve + ["if r0 == 0 goto +4", "*(u64 *)(r0 + 0) = 1", "r1 = r0", "r2 = 0",
                                                 "call 132"] + RET0, [RINGBUF])
    case("rb_reserve_discard", "xdp", reserve + ["if r0 == 0 goto +3", "r1 = r0", "r2 = 0", "call 133"] + RET0, [RINGBUF])
    case("rb_reserve_leak", "xdp", reserve + ["if r0 == 0 goto +1", "*(u64 *)(r0 + 0) = 1"] + RET0, [RINGBUF])
    case("rb_reserve_nocheck_write", "xdp", reserve + ["*(u64 *)(r0 + 0) = 1"] + RET0, [RINGBUF])
    case("rb_reserve_nocheck_submit", "xdp", reserve + ["r1 = r0", "r2 = 0", "call 132"] + RET0, [RINGBUF])
    case("rb_reserve_oob", "xdp", reserve + ["if r0 == 0 goto +4", "*(u64 *)(r0 + 4) = 1", "r1 = r0", "r2 = 0",
                                             "call 132"] + RET0, [RINGBUF])
    case("rb_reserve_var_size", "xdp", ["call 7", "r2 = r0", "r1 = map0 ll", "r3 = 0", "call 131"] + RET0, [RINGBUF])
    case("rb_submit_offset", "xdp", reserve + ["if r0 == 0 goto +4", "r1 = r0", "r1 += 4", "r2 = 0", "call 132"]
         + RET0, [RINGBUF])
    case("rb_double_submit", "xdp", reserve + ["if r0 == 0 goto +6", "r6 = r0", "r1 = r0", "r2 = 0", "call 132",
                                               "r1 = r6", "r2 = 0", "call 132"] + RET0, [RINGBUF])
    case("rb_output", "xdp", ["*(u64 *)(r10 - 8) = 0", "r1 = map0 ll", "r2 = r10", "r2 += -8", "r3 = 8", "r4 = 0",
                              "call 130"] + RET0, [RINGBUF])
    case("rb_reserve_hash", "xdp", reserve + RET0, [HASH])
    case("rb_submit_stack", "xdp", ["r1 = r10", "r1 += -8", "r2 = 0", "call 132"] + RET0)


def branches():
    case("br_dead_const", "xdp", ["r0 = 5", "if r0 > 10 goto +1", "goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("br_live_const", "xdp", ["r0 = 5", "if r0 < 10 goto +1", "goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    for op in ["==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&"]:
        nm = {"==": "eq", "!=": "ne", ">": "gt", ">=": "ge", "<": "lt", "<=": "le", "s>": "sgt", "s>=": "sge",
              "s<": "slt", "s<=": "sle", "&": "set"}[op]
        for w in ["r", "w"]:
            # after masking to [0,7], is "x OP 8" decidable?
            case("br_range_%s_%s" % (nm, w), "xdp", ["call 7", "r0 &= 7", "if %s0 %s 8 goto +1" % (w, op), "goto +1",
                                                     "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
            case("br_refine_%s_%s" % (nm, w), "xdp", ["call 7", "r6 = r0", "if %s6 %s 4 goto +3" % (w, op),
                                                      "r1 = r10", "r1 += -16", "r1 += r6", "*(u8 *)(r1 + 0) = 0",
                                                      "r0 = 0", "exit"])
    case("br_jset_bit", "xdp", ["call 7", "r0 &= 6", "if r0 & 1 goto +1", "goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("br_ptr_null_ctx", "xdp", ["if r1 == 0 goto +1", "goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("br_ptr_cmp_scalar", "xdp", ["r2 = 5", "if r1 > r2 goto +1", "r0 = 0", "r0 = 0", "exit"])
    case("br_jmp32_upper", "xdp", ["r0 = 0x100000001 ll", "if w0 == 1 goto +1", "r0 = *(u64 *)(r0 + 0)", "r0 = 0", "exit"])
    case("br_both_unknown", "xdp", ["call 7", "r6 = r0", "call 7", "if r6 > r0 goto +1", "r0 = 0", "r0 = 0", "exit"])
    case("br_signed_neg", "xdp", ["call 7", "r1 = r0", "if r1 s< 0 goto +5", "if r1 s> 15 goto +4", "r2 = r10",
                                  "r2 += -16", "r2 += r1", "*(u8 *)(r2 + 0) = 0", "r0 = 0", "exit"])
    case("br_signed_missing_low", "xdp", ["call 7", "r1 = r0", "if r1 s> 15 goto +4", "r2 = r10", "r2 += -16",
                                          "r2 += r1", "*(u8 *)(r2 + 0) = 0", "r0 = 0", "exit"])


def cfg():
    case("cfg_jump_oob_fwd", "xdp", ["r0 = 0", "goto +5", "exit"])
    case("cfg_jump_oob_back", "xdp", ["r0 = 0", "goto -5", "exit"])
    case("cfg_cond_oob", "xdp", ["r0 = 0", "if r0 == 0 goto +3", "exit"])
    case("cfg_unreachable", "xdp", ["r0 = 0", "exit", "r0 = 1", "exit"])
    case("cfg_unreachable_after_goto", "xdp", ["r0 = 0", "goto +1", "r0 = 1", "exit"])
    case("cfg_no_exit", "xdp", ["r0 = 0"])
    case("cfg_last_cond", "xdp", ["r0 = 0", "if r0 == 0 goto -2"])
    case("cfg_into_lddw", "xdp", ["r0 = 0", "if r0 == 0 goto +1", "r1 = 0x1234567890 ll", "r0 = 0", "exit"])
    case("cfg_lddw_ok", "xdp", ["r0 = 0x1234567890 ll", "r0 = 0", "exit"])
    case("cfg_loop_bounded", "xdp", ["r0 = 0", "r1 = 0", "loop:", "r1 += 1", "if r1 < 10 goto loop", "exit"])
    case("cfg_loop_bounded_100", "xdp", ["r0 = 0", "r1 = 0", "loop:", "r1 += 1", "if r1 < 100 goto loop", "exit"])
    case("cfg_loop_infinite", "xdp", ["r0 = 0", "loop:", "goto loop"])
    case("cfg_loop_infinite_cond", "xdp", ["r0 = 0", "r1 = 0", "loop:", "if r1 == 0 goto loop", "exit"])
    case("cfg_loop_unbounded", "xdp", ["call 7", "r1 = r0", "r0 = 0", "loop:", "r1 += -1", "if r1 != 0 goto loop", "exit"])
    case("cfg_loop_count_down", "xdp", ["r1 = 20", "loop:", "r1 += -1", "if r1 != 0 goto loop", "r0 = 0", "exit"])
    case("cfg_call_oob", "xdp", ["call 100", "r0 = 0", "exit"])
    case("cfg_exit_only_r0_set", "xdp", ["r0 = 2", "exit"])


def retvals():
    for v in ["0", "1", "2", "-1"]:
        case("ret_cgroup_skb_%s" % v.replace("-", "m"), "cgroup_skb", ["r0 = %s" % v, "exit"])
    case("ret_cgroup_skb_unknown", "cgroup_skb", ["call 7", "exit"])
    case("ret_cgroup_skb_masked", "cgroup_skb", ["call 7", "r0 &= 1", "exit"])
    case("ret_cgroup_skb_ptr", "cgroup_skb", ["r0 = r1", "exit"])
    case("ret_xdp_ptr", "xdp", ["r0 = r10", "exit"])
    case("ret_xdp_any", "xdp", ["r0 = 12345", "exit"])
    case("ret_socket_any", "socket_filter", ["r0 = -5", "exit"])


def legacy():
    case("ldabs_socket", "socket_filter", ["r6 = r1", "r0 = *(u8 *)skb[12]", "exit"])
    case("ldabs_xdp", "xdp", ["r6 = r1", "r0 = *(u8 *)skb[12]", "exit"])
    case("ldabs_no_r6", "socket_filter", ["r0 = *(u8 *)skb[12]", "exit"])
    case("ldabs_r6_not_ctx", "socket_filter", ["r6 = 0", "r0 = *(u8 *)skb[12]", "exit"])
    case("ldabs_clobbers", "socket_filter", ["r6 = r1", "r2 = 1", "r0 = *(u16 *)skb[12]", "r0 = r2", "exit"])
    case("ldind_socket", "socket_filter", ["r6 = r1", "r7 = 2", "r0 = *(u32 *)skb[r7 + 12]", "exit"])


def atomics():
    case("atomic_add_stack", "xdp", ["*(u64 *)(r10 - 8) = 0", "r1 = 1", "lock *(u64 *)(r10 - 8) += r1"] + RET0)
    case("atomic_add_ctx", "xdp", ["r2 = 1", "lock *(u32 *)(r1 + 0) += r2"] + RET0)
    case("atomic_fetch_add", "xdp", ["*(u64 *)(r10 - 8) = 0", "r1 = 1", "r1 = atomic_fetch_add((u64 *)(r10 - 8), r1)",
                                     "r0 = r1", "exit"])
    case("atomic_misaligned_map", "xdp", ["r1 = map0 ll", "r2 = r10", "r2 += -4", "*(u32 *)(r10 - 4) = 0", "call 1",
                                          "if r0 == 0 goto +2", "r1 = 1", "lock *(u32 *)(r0 + 2) += r1"] + RET0, [HASH])
    case("atomic_xchg", "xdp", ["*(u64 *)(r10 - 8) = 0", "r1 = 1", "r1 = xchg_64(r10 - 8, r1)", "r0 = 0", "exit"])
    case("atomic_cmpxchg_r0_uninit", "xdp", ["*(u64 *)(r10 - 8) = 0", "r1 = 1", "r0 = cmpxchg_64(r10 - 8, r0, r1)",
                                             "r0 = 0", "exit"])


def all_cases():
    if not CASES:
        for f in [regs, alu, stack, ctx, packet, maps, helpers, ringbuf, branches, cfg, retvals, legacy, atomics, calls,
                  tail_calls, limits]:
            f()
        names = [c["name"] for c in CASES]
        assert len(names) == len(set(names)), "duplicate case names"
    return CASES


def calls():
    """bpf-to-bpf calls (check_func_call / prepare_func_exit): frames, args, clobbers, limits."""
    case("call_ret_value", "xdp", ["call f1", "exit", "f1:", "r0 = 2", "exit"])
    case("call_args", "xdp", ["r1 = 3", "r2 = 4", "call f1", "exit", "f1:", "r0 = r1", "r0 += r2", "exit"])
    case("call_arg_bounds", "xdp", ["r1 = 3", "call f1", "if r0 > 3 goto +1", "r0 = 1", "exit",
                                    "f1:", "r0 = r1", "exit"])
    case("call_stack_ptr_arg", "xdp", ["r1 = r10", "r1 += -8", "call f1", "r0 = *(u64 *)(r10 - 8)", "exit",
                                       "f1:", "r2 = 7", "*(u64 *)(r1 + 0) = r2", "r0 = 0", "exit"])
    case("call_stack_ptr_read_uninit", "xdp", ["r1 = r10", "r1 += -8", "call f1", "exit",
                                               "f1:", "r0 = *(u64 *)(r1 + 0)", "exit"])
    case("call_stack_ptr_read_init", "xdp", ["r1 = 5", "*(u64 *)(r10 - 8) = r1", "r1 = r10", "r1 += -8",
                                             "call f1", "exit", "f1:", "r0 = *(u64 *)(r1 + 0)", "exit"])
    case("call_callee_own_stack", "xdp", ["call f1", "r0 = *(u64 *)(r10 - 8)", "exit",
                                          "f1:", "r1 = 1", "*(u64 *)(r10 - 8) = r1", "r0 = 0", "exit"])
    case("call_caller_stack_kept", "xdp", ["r1 = 1", "*(u64 *)(r10 - 8) = r1", "call f1",
                                           "r0 = *(u64 *)(r10 - 8)", "exit", "f1:", "r0 = 0", "exit"])
    for r in range(1, 6):
        case("call_clobber_r%d" % r, "xdp", ["r%d = 1" % r, "call f1", "r0 = r%d" % r, "exit",
                                              "f1:", "r0 = 0", "exit"])
    for r in range(6, 10):
        case("call_callee_saved_r%d" % r, "xdp", ["r%d = 1" % r, "call f1", "r0 = r%d" % r, "exit",
                                                   "f1:", "r0 = 0", "exit"])
        case("call_callee_reads_r%d" % r, "xdp", ["r%d = 1" % r, "call f1", "exit",
                                                   "f1:", "r0 = r%d" % r, "exit"])
    case("call_callee_reads_r0", "xdp", ["r0 = 1", "call f1", "exit", "f1:", "r0 += 1", "exit"])
    case("call_callee_r0_uninit", "xdp", ["call f1", "r0 = 0", "exit", "f1:", "exit"])
    case("call_callee_r0_uninit_used", "xdp", ["call f1", "exit", "f1:", "exit"])
    case("call_ret_stack_ptr", "xdp", ["call f1", "r0 = 0", "exit", "f1:", "r0 = r10", "exit"])
    case("call_ret_ctx", "xdp", ["call f1", "r0 = 0", "exit", "f1:", "r0 = r1", "exit"])
    case("call_ctx_arg", "xdp", ["call f1", "exit", "f1:", "r0 = *(u32 *)(r1 + 0)", "r0 = 0", "exit"])
    case("call_write_r10_callee", "xdp", ["call f1", "exit", "f1:", "r10 = 0", "r0 = 0", "exit"])
    case("call_two_callees", "xdp", ["call f1", "r6 = r0", "call f2", "r0 += r6", "exit",
                                     "f1:", "r0 = 1", "exit", "f2:", "r0 = 2", "exit"])
    case("call_branch_in_callee", "xdp", ["r1 = *(u32 *)(r1 + 0)", "call f1", "exit",
                                          "f1:", "r0 = 0", "if r1 > 5 goto +1", "r0 = 1", "exit"])
    for depth in (7, 8, 9):
        asm = []
        for i in range(depth - 1):
            asm += ["call f%d" % (i + 1), "exit", "f%d:" % (i + 1)]
        asm += ["r0 = 0", "exit"]
        case("call_chain_%d" % depth, "xdp", asm)
    case("call_recursion", "xdp", ["call f1", "exit", "f1:", "call f1", "exit"])
    for n, sz in ((2, 256), (2, 264), (3, 200)):
        asm = []
        for i in range(n):
            asm += ["r1 = 0", "*(u64 *)(r10 - %d) = r1" % sz]
            asm += (["call f%d" % (i + 1)] if i < n - 1 else []) + ["r0 = 0", "exit"]
            if i < n - 1:
                asm += ["f%d:" % (i + 1)]
        case("call_stack_%dx%d" % (n, sz), "xdp", asm)
    for c in CASES:
        if c["name"].startswith("call_"):
            c["log"] = True  # VerifierLogTest compares the frame-by-frame log lines


def alu_random():
    """Straight-line scalar arithmetic with random operands: the kernel's log shows every
    register's tracked value after each instruction, so these also compare our bounds tracking
    line by line (VerifierLogTest)."""
    import random
    rnd = random.Random(20261130)
    ops = ["+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>=", "s>>="]
    consts = [0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 63, 255, 256, 0x7fff, 0xffff, -1, -2, -8, -256, 0x7fffffff, -0x80000000]
    for n in range(120):
        asm = ["call 7", "r6 = r0", "call 7", "r7 = r0"]
        asm.append("r6 &= %d" % rnd.choice([0xff, 0xffff, 0xf0, 0x7fffffff, -1, 0x3c]))
        if rnd.random() < 0.5:
            asm.append("r7 &= %d" % rnd.choice([0xf, 0xff, 0x1f, 7]))
        for _ in range(rnd.randint(3, 8)):
            w = "w" if rnd.random() < 0.35 else "r"
            op = rnd.choice(ops)
            dst = rnd.choice([6, 7])
            if op in ("<<=", ">>=", "s>>="):
                k = rnd.randint(0, 31 if w == "w" else 63)
                asm.append("%s%d %s %d" % (w, dst, op, k))
            elif rnd.random() < 0.6:
                asm.append("%s%d %s %d" % (w, dst, op, rnd.choice(consts)))
            else:
                src = 13 - dst
                asm.append("%s%d %s %s%d" % (w, dst, op, w, src))
            if rnd.random() < 0.25:
                cond = rnd.choice(["<", ">", "<=", ">=", "s<", "s>", "==", "!=", "&"])
                asm.append("if %s%d %s %d goto +0" % (rnd.choice(["r", "w"]), dst, cond, rnd.choice(consts)))
        # end with a rejected access so that the kernel's level-1 log keeps the whole path
        asm += ["r0 = *(u64 *)(r6 + 0)", "exit"]
        case("alu_rand_%03d" % n, "xdp", asm)


_old_all = all_cases


def all_cases():  # noqa: F811
    cs = _old_all()
    if not any(c["name"].startswith("alu_rand_") for c in cs):
        alu_random()
    return CASES


PROG_ARRAY = "prog_array:4:4:4"


def tail_calls():
    """bpf_tail_call (helper 12) and prog arrays: argument types, map/function compatibility both
    ways (check_map_func_compatibility, record_func_map), the early exit the kernel explores after
    a tail call (a reference held or a return value is judged on both paths), and the rule that
    subprograms of a load without BTF func_info may not tail call (check_abnormal_return).
    Tail calls inside subprograms with BTF are in tail_btf.c (an ELF object, see gen_corpus.py)."""
    tc = ["r2 = map0 ll", "r3 = 0", "call 12"]
    pa = [PROG_ARRAY]
    case("tail_r0_unset_after", "xdp", tc + ["exit"], pa)
    case("tail_twice_r1_clobbered", "xdp", tc + ["r3 = 1", "r2 = map0 ll", "call 12"] + RET0, pa)
    case("tail_twice", "xdp", ["r6 = r1"] + tc + ["r1 = r6", "r3 = 1", "r2 = map0 ll", "call 12"] + RET0, pa)
    case("tail_r1_scalar", "xdp", ["r1 = 0"] + tc + RET0, pa)
    case("tail_r1_pkt", "xdp", ["r1 = *(u32 *)(r1 + 0)"] + tc + RET0, pa)
    case("tail_r1_ctx_off", "xdp", ["r1 += 4"] + tc + RET0, pa)
    case("tail_r1_stack", "xdp", ["r1 = r10"] + tc + RET0, pa)
    case("tail_r1_copied", "xdp", ["r6 = r1", "call 7", "r1 = r6"] + tc + RET0, pa)
    case("tail_r2_scalar", "xdp", ["r2 = 0", "r3 = 0", "call 12"] + RET0, pa)
    case("tail_r2_map_value", "xdp", ["r6 = r1", "*(u32 *)(r10 - 4) = 0", "r1 = map1 ll", "r2 = r10", "r2 += -4",
                                      "call 1", "if r0 == 0 goto +4", "r1 = r6", "r2 = r0", "r3 = 0", "call 12"] + RET0,
         [PROG_ARRAY, ARRAY])
    case("tail_r3_unset", "xdp", ["r2 = map0 ll", "call 12"] + RET0, pa)
    case("tail_r3_stack_ptr", "xdp", ["r2 = map0 ll", "r3 = r10", "call 12"] + RET0, pa)
    case("tail_r3_unknown", "xdp", ["r6 = r1", "call 7", "r3 = r0", "r1 = r6", "r2 = map0 ll", "call 12"] + RET0, pa)
    case("tail_r3_out_of_range", "xdp", ["r2 = map0 ll", "r3 = 100", "call 12"] + RET0, pa)
    for m in ["array:4:4:4", "percpu_array:4:4:4", "perf_event_array:4:4:4", "stack_trace:4:8:4", "queue:0:4:4",
              RINGBUF]:
        case("tail_map_%s" % m.split(":")[0], "xdp", tc + RET0, [m])
    key = ["*(u32 *)(r10 - 4) = 0", "r2 = r10", "r2 += -4"]
    helpers = {
        "update": key + ["r3 = r10", "r3 += -4", "r4 = 0", "call 2"],
        "delete": key + ["call 3"],
        "redirect_map": ["r2 = 0", "r3 = 0", "call 51"],
        "perf_event_output": ["r2 = 0", "r3 = r10", "r3 += -8", "*(u64 *)(r10 - 8) = 0", "r4 = 8", "call 25"],
        "ringbuf_output": ["r2 = r10", "r2 += -8", "*(u64 *)(r10 - 8) = 0", "r3 = 8", "r4 = 0", "call 130"],
        "push": ["r2 = r10", "r2 += -8", "*(u64 *)(r10 - 8) = 0", "r3 = 0", "call 87"],
    }
    for hn, body in helpers.items():
        first = ["r1 = map0 ll"] if hn not in ("perf_event_output",) else ["r6 = r1", "r1 = r6", "r2 = map0 ll"]
        if hn == "perf_event_output":
            body = ["r3 = 0", "r4 = r10", "r4 += -8", "*(u64 *)(r10 - 8) = 0", "r5 = 8", "call 25"]
        case("tail_prog_array_%s" % hn, "xdp", first + body + RET0, pa)
    reserve = ["r6 = r1", "r1 = map1 ll", "r2 = 8", "r3 = 0", "call 131", "if r0 == 0 goto out", "r7 = r0"]
    case("tail_ref_held", "xdp", reserve + ["r1 = r6"] + tc + ["r1 = r7", "r2 = 0", "call 133", "out:"] + RET0,
         [PROG_ARRAY, RINGBUF])
    case("tail_ref_released", "xdp", reserve + ["r1 = r7", "r2 = 0", "call 133", "r1 = r6"] + tc + ["out:"] + RET0,
         [PROG_ARRAY, RINGBUF])
    # after a tail call the kernel explores both outcomes: the program ends there (no return-value
    # check) or it falls through
    case("tail_cgroup_ret_ok", "cgroup_skb", tc + ["r0 = 1", "exit"], pa)
    case("tail_cgroup_ret_bad", "cgroup_skb", tc + ["r0 = 5", "exit"], pa)
    case("tail_cgroup_ret_unset", "cgroup_skb", tc + ["exit"], pa)
    for t in ["socket_filter", "sched_cls", "kprobe", "tracepoint", "cgroup_skb", "sk_skb", "lwt_in"]:
        case("tail_type_%s" % t, t, tc + RET0, pa)
    case("tail_loop", "xdp", ["r6 = r1", "r7 = 0", "loop:", "r1 = r6", "r2 = map0 ll", "r3 = r7", "call 12",
                              "r7 += 1", "if r7 < 4 goto loop"] + RET0, pa)
    case("tail_branches", "xdp", ["r6 = r1", "r2 = *(u32 *)(r1 + 0)", "r3 = *(u32 *)(r1 + 4)", "r4 = r2", "r4 += 14",
                                  "if r4 > r3 goto out", "r3 = *(u8 *)(r2 + 12)", "r1 = r6", "r2 = map0 ll",
                                  "call 12", "r0 = 1", "exit", "out:"] + RET0, pa)
    # subprograms: without BTF func_info a subprogram may not tail call (nor use LD_ABS)
    case("tail_main_with_subprog", "xdp", ["r6 = r1", "call f1", "r1 = r6"] + tc + RET0 + ["f1:"] + RET0, pa)
    case("tail_in_subprog_nobtf", "xdp", ["call f1"] + RET0 + ["f1:"] + tc + RET0, pa)
    case("tail_in_subprog2_nobtf", "xdp", ["call f1", "call f2"] + RET0 + ["f1:"] + RET0 + ["f2:"] + tc + RET0, pa)
    case("tail_in_subprog_unreachable", "xdp", ["call f1"] + RET0 + ["r0 = 1", "exit", "f1:"] + tc + RET0, pa)
    case("tail_in_subprog_back_edge", "xdp", ["call f1", "l:", "goto l", "f1:"] + tc + RET0, pa)
    case("tail_ldabs_in_subprog_nobtf", "sched_cls", ["r6 = r1", "call f1", "call f2"] + RET0 + ["f1:"] + RET0 +
         ["f2:", "r6 = r1", "r0 = *(u8 *)skb[0]", "exit"], pa)
    case("tail_ldabs_and_tail_subprog", "sched_cls", ["call f1"] + RET0 + ["f1:", "r6 = r1", "r0 = *(u8 *)skb[0]"] +
         tc + RET0, pa)
    case("tail_subprog_jump_out", "xdp", ["call f1"] + RET0 + ["f1:", "goto -3"] + tc + RET0, pa)
    # LD_ABS/LD_IND may end the program too (out-of-packet load): a reference held then leaks
    ldabs = ["r6 = r1", "r1 = map0 ll", "r2 = 8", "r3 = 0", "call 131", "if r0 == 0 goto out", "r7 = r0"]
    case("ldabs_exit_ref_held", "sched_cls", ldabs + ["r0 = *(u8 *)skb[12]", "r1 = r7", "r2 = 0", "call 133",
                                                      "out:"] + RET0, [RINGBUF])
    case("ldabs_exit_ref_held_ind", "socket_filter", ldabs + ["r1 = 12", "r0 = *(u16 *)skb[r1]", "r1 = r7",
                                                              "r2 = 0", "call 133", "out:"] + RET0, [RINGBUF])
    case("ldabs_exit_ref_released", "sched_cls", ldabs + ["r1 = r7", "r2 = 0", "call 133", "r0 = *(u8 *)skb[12]",
                                                          "out:"] + RET0, [RINGBUF])


def limits():
    """Complexity limits: BPF_COMPLEXITY_LIMIT_JMP_SEQ (8192 branches pending at once: push_stack's
    "The sequence of N jumps is too complex.") and pruning that keeps a long branchy program small."""
    many = ["call 7", "r1 = r0"] + ["if r1 == %d goto out" % i for i in range(8300)] + ["out:"] + RET0
    case("lim_jmp_seq_too_complex", "xdp", many)
    fewer = ["call 7", "r1 = r0"] + ["if r1 == %d goto out" % i for i in range(8000)] + ["out:"] + RET0
    case("lim_jmp_seq_8000_ok", "xdp", fewer)
    # 600 independent diamonds: without pruning 2^600 paths, with it a few thousand insns
    diamonds = ["call 7", "r6 = r0", "r0 = 0"]
    for i in range(600):
        diamonds += ["if r6 > %d goto d%d" % (i, i), "r1 = 1", "goto j%d" % i, "d%d:" % i, "r1 = 2", "j%d:" % i]
    case("lim_diamonds_pruned", "xdp", diamonds + ["exit"])
