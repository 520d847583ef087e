package io.github.ebpf4j.elf;

import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links one entry-point program: appends every subprogram it reaches and fixes the call and
 * callback offsets, then rewrites map and data references. Mirrors libbpf's
 * {@code bpf_object__reloc_code()} / {@code bpf_object__append_subprog_code()} (same appending
 * order: depth-first, in call order) and {@code bpf_object__relocate_data()} with gen_loader-style
 * map indices. Iterative, so deep call chains cannot exhaust the Java stack.
 */
final class ProgramLinker {
    private final ObjectLoader obj;
    private final Function main;
    private long[] insns = new long[64];
    private int size;
    private final Map<Function, Integer> appended = new IdentityHashMap<>();
    private final List<Function> order = new ArrayList<>();
    private final List<Relo> relos = new ArrayList<>();

    ProgramLinker(ObjectLoader obj, Function main) {
        this.obj = obj;
        this.main = main;
    }

    /** BPF_COMPLEXITY_LIMIT_INSNS: the kernel loads no program longer than this. */
    static final int MAX_INSNS = 1_000_000;

    private int append(Function f) {
        int at = size;
        if ((long) size + f.insnCnt > MAX_INSNS) {
            throw error(main, 0, "more than " + MAX_INSNS + " instructions after appending subprogram '" + f.name
                    + "' (the kernel's BPF_COMPLEXITY_LIMIT_INSNS)");
        }
        if (size + f.insnCnt > insns.length) insns = Arrays.copyOf(insns, Math.max(insns.length * 2, size + f.insnCnt));
        System.arraycopy(f.section.insns, f.secInsnOff, insns, size, f.insnCnt);
        size += f.insnCnt;
        appended.put(f, at);
        order.add(f);
        for (Relo r : f.relos) relos.add(r.at(r.insn() + at));
        return at;
    }

    private ElfFormatException error(Function f, int insn, String why) {
        return new ElfFormatException(obj.elf().fileName(), f.section.name(), f.section.elf.offset()
                + 8L * (f.secInsnOff + insn), "program '" + main.name + "': function '" + f.name + "' insn "
                + insn + ": " + why);
    }

    BpfProgram link() {
        append(main);
        Deque<int[]> stack = new ArrayDeque<>(); // frames: function order index, next insn
        stack.push(new int[] {0, 0});
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            Function f = order.get(frame[0]);
            int base = appended.get(f);
            if (frame[1] >= f.insnCnt) {
                stack.pop();
                continue;
            }
            int i = frame[1];
            long w = insns[base + i];
            int op = Insn.opcode(w), src = Insn.src(w), imm = Insn.imm(w);
            boolean subCall = op == Bpf.CALL && src == Bpf.BPF_PSEUDO_CALL;
            boolean pseudoFunc = op == Bpf.LD_IMM64 && src == Bpf.BPF_PSEUDO_FUNC;
            if (!subCall && !pseudoFunc) {
                frame[1]++;
                continue;
            }
            Relo relo = f.reloAt(i);
            if (relo != null && relo.kind() == Relo.Kind.EXTERN_CALL) {
                frame[1]++;
                continue;
            }
            if (relo != null && relo.kind() != Relo.Kind.CALL && relo.kind() != Relo.Kind.SUBPROG_ADDR) {
                throw error(f, i, "unexpected relocation " + relo.kind() + " on a call");
            }
            long subIdx;
            if (relo != null) {
                subIdx = relo.kind() == Relo.Kind.CALL ? relo.symOff() / 8 + imm + 1 : (relo.symOff() + imm) / 8;
            } else if (pseudoFunc) {
                throw error(f, i, "missing subprog addr relo");
            } else {
                subIdx = (long) f.secInsnOff + i + imm + 1; // same-section call, no relocation
            }
            CodeSection text = obj.code(obj.textIndex());
            Function sub = text == null || subIdx < 0 || subIdx > Integer.MAX_VALUE ? null : text.functionAt((int) subIdx);
            if (sub == null) throw error(f, i, "call to instruction " + subIdx + " of .text, where no subprogram is");
            Integer at = appended.get(sub);
            boolean fresh = at == null;
            if (fresh) at = append(sub); // first call into it within this program
            int pos = base + i;
            long cur = insns[pos];
            insns[pos] = Insn.of(Insn.opcode(cur), Insn.dst(cur), Insn.src(cur), Insn.off(cur), at - pos - 1).encode();
            frame[1]++;
            if (fresh) stack.push(new int[] {order.size() - 1, 0}); // process it before going on here, as libbpf recurses
        }
        relocateData();
        return build();
    }

    /** Mirrors {@code bpf_object__relocate_data()} with BPF_PSEUDO_MAP_IDX[_VALUE] as gen_loader emits. */
    private void relocateData() {
        for (Relo r : relos) {
            int p = r.insn();
            long w = insns[p];
            switch (r.kind()) {
                case LD64:
                    insns[p] = with(w, Bpf.BPF_PSEUDO_MAP_IDX, r.mapIndex());
                    break;
                case DATA: {
                    long hi = insns[p + 1];
                    insns[p + 1] = with(hi, Insn.src(hi), (int) (Insn.imm(w) + r.symOff()));
                    insns[p] = with(w, Bpf.BPF_PSEUDO_MAP_IDX_VALUE, r.mapIndex());
                    break;
                }
                case EXTERN_LD64: {
                    Extern e = obj.externs().get(r.externIndex());
                    if (e.kind() == Extern.Kind.KCONFIG) {
                        int kmap = kconfigMap();
                        long hi = insns[p + 1];
                        insns[p + 1] = with(hi, Insn.src(hi), e.dataOffset());
                        insns[p] = with(w, Bpf.BPF_PSEUDO_MAP_IDX_VALUE, kmap);
                    }
                    break; // ksyms stay unresolved until a runtime supplies their values
                }
                case EXTERN_CALL:
                    insns[p] = with(w, Bpf.BPF_PSEUDO_KFUNC_CALL, Insn.imm(w));
                    break;
                default:
                    break;
            }
        }
    }

    private int kconfigMap() {
        List<MapCollector.Entry> es = obj.maps().entries;
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i).map.origin() == BpfMap.Origin.KCONFIG) return i;
        }
        throw new IllegalStateException("kconfig extern without kconfig map");
    }

    private static long with(long w, int src, int imm) {
        return Insn.of(Insn.opcode(w), Insn.dst(w), src, Insn.off(w), imm).encode();
    }

    private BpfProgram build() {
        List<BpfProgram.LineEntry> lines = new ArrayList<>();
        List<BpfProgram.Function> funcs = new ArrayList<>();
        List<BpfProgram.CoreRelocation> core = new ArrayList<>();
        for (Function f : order) {
            int at = appended.get(f);
            CodeSection cs = f.section;
            for (int i = 0; i < f.insnCnt; i++) {
                SourceLine l = cs.lines[f.secInsnOff + i];
                if (l != null) lines.add(new BpfProgram.LineEntry(at + i, l));
            }
            int typeId = cs.funcTypes[f.secInsnOff];
            funcs.add(new BpfProgram.Function(f.name, at, f.insnCnt, typeId));
            for (BpfProgram.CoreRelocation c : cs.core.isEmpty() ? List.<BpfProgram.CoreRelocation>of() : cs.core) {
                if (f.contains(c.pc())) {
                    core.add(new BpfProgram.CoreRelocation(at + c.pc() - f.secInsnOff, c.kind(), c.typeId(), c.access(),
                            c.value()));
                }
            }
        }
        // bpf_object__init_prog(): SEC("?abc") is SEC("abc") with autoload off
        String secName = main.section.name();
        boolean autoload = !secName.startsWith("?");
        if (!autoload) secName = secName.substring(1);
        Optional<SectionDef> def = obj.sectionDef(secName);
        ProgramType type = def.map(SectionDef::programType).orElse(ProgramType.UNSPEC);
        return new BpfProgram(main.name, secName, def, type, def.map(SectionDef::attachType).orElse(null),
                Program.of(Arrays.copyOf(insns, size)), lines, funcs, core, autoload);
    }
}
