package io.github.ebpf4j.verifier;

/**
 * Prints a register state the way the kernel's verifier log does ({@code print_reg_state()} and
 * {@code print_scalar_ranges()} in kernel/bpf/verifier.c): {@code 0}, {@code ctx()},
 * {@code fp-8}, {@code pkt(r=14)}, {@code scalar(smin=smin32=0,smax=umax=255,var_off=(0x0; 0xff))}.
 */
final class RegFormat {
    private RegFormat() {}

    /** @param r register @return the kernel's text for it */
    static String format(RegState r) {
        return format(r, r.frameno);
    }

    /**
     * @param r register
     * @param frameno the frame whose state is printed: a pointer into another frame's stack
     *     says which ({@code fp[0]-32})
     * @return the kernel's text for it
     */
    static String format(RegState r, int frameno) {
        StringBuilder b = new StringBuilder();
        RegType t = r.type;
        // print_reg_state(): precise scalars (only checkpoints have them) get a P
        if (t == RegType.SCALAR_VALUE && r.precise) b.append('P');
        if (t == RegType.SCALAR_VALUE && r.varOff.isConst()) {
            return b.append(snum(r.varOff.value())).toString();
        }
        b.append(typeName(r));
        if (t == RegType.PTR_TO_STACK && r.frameno != frameno) b.append('[').append(r.frameno).append(']');
        if (t == RegType.PTR_TO_STACK && r.varOff.isConst()) {
            b.append(snum(r.varOff.value() + r.off));
            return b.toString();
        }
        if (t == RegType.PTR_TO_BTF_ID && r.btfName != null) b.append(r.btfName);
        b.append('(');
        Sep sep = new Sep(b);
        if (r.id != 0) sep.add("id=" + r.id + (r.addConst ? String.format("%+d", r.off) : ""));
        if (r.refObjId != 0) sep.add("ref_obj_id=" + r.refObjId);
        if ((t == RegType.CONST_PTR_TO_MAP || t == RegType.PTR_TO_MAP_VALUE || t == RegType.PTR_TO_MAP_KEY)
                && r.map != null) {
            if (!r.map.name().isEmpty()) sep.add("map=" + r.map.name());
            sep.add("ks=" + r.map.keySize() + ",vs=" + r.map.valueSize());
        }
        if (t != RegType.SCALAR_VALUE && r.off != 0) sep.add("off=" + snum(r.off));
        if (t.isPktPointer()) sep.add("r=" + unum(Integer.toUnsignedLong(r.range)));
        if (t == RegType.PTR_TO_MEM) sep.add("sz=" + unum(Integer.toUnsignedLong(r.memSize)));
        if (r.varOff.isConst()) {
            if (r.varOff.value() != 0) sep.add("imm=" + snum(r.varOff.value()));
        } else {
            scalarRanges(r, sep);
            if (!r.varOff.isUnknown()) sep.add("var_off=" + r.varOff);
        }
        b.append(')');
        return b.toString();
    }

    /** @param r register @return reg_type_str(): base name with flag prefixes and suffix */
    static String typeName(RegState r) {
        String base = r.type.logName();
        StringBuilder p = new StringBuilder();
        if (r.rdonly) p.append("rdonly_");
        if (r.ringbuf) p.append("ringbuf_");
        p.append(base);
        if (r.maybeNull) p.append("_or_null");
        return p.toString();
    }

    private static final class Sep {
        final StringBuilder b;
        boolean first = true;

        Sep(StringBuilder b) { this.b = b; }

        void add(String s) {
            if (!first) b.append(',');
            first = false;
            b.append(s);
        }
    }

    private static void scalarRanges(RegState r, Sep sep) {
        String[] names = {"smin", "smax", "umin", "umax", "smin32", "smax32", "umin32", "umax32"};
        long[] vals = {r.smin, r.smax, r.umin, r.umax,
            isSnumDecimal(r.s32min) ? r.s32min : Integer.toUnsignedLong(r.s32min),
            isSnumDecimal(r.s32max) ? r.s32max : Integer.toUnsignedLong(r.s32max),
            Integer.toUnsignedLong(r.u32min), Integer.toUnsignedLong(r.u32max)};
        boolean[] omit = {r.smin == Long.MIN_VALUE, r.smax == Long.MAX_VALUE, r.umin == 0, r.umax == -1L,
            r.s32min == Integer.MIN_VALUE, r.s32max == Integer.MAX_VALUE, r.u32min == 0, r.u32max == -1};
        for (int i = 0; i < 8; i++) {
            if (omit[i]) continue;
            boolean neg1 = names[i].charAt(0) == 's' && vals[i] < 0;
            StringBuilder s = new StringBuilder(names[i]).append('=');
            for (int j = i + 2; j < 8; j += 2) {
                if (omit[j] || vals[j] != vals[i]) continue;
                boolean neg2 = names[j].charAt(0) == 's' && vals[j] < 0;
                if (neg1 != neg2) continue;
                omit[j] = true;
                s.append(names[j]).append('=');
            }
            s.append(names[i].charAt(0) == 's' ? snum(vals[i]) : unum(vals[i]));
            sep.add(s.toString());
        }
    }

    /** is_snum_decimal(): the kernel prints numbers within the s16 range in decimal. */
    private static boolean isSnumDecimal(long v) {
        return v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
    }

    /** verbose_snum: decimal within the s16 range, else {@code %#llx}. */
    static String snum(long v) {
        return isSnumDecimal(v) ? Long.toString(v) : "0x" + Long.toHexString(v);
    }

    /** verbose_unum: decimal up to S16_MAX, else {@code %#llx}. */
    static String unum(long v) {
        return Long.compareUnsigned(v, Short.MAX_VALUE) <= 0 ? Long.toString(v) : "0x" + Long.toHexString(v);
    }
}
