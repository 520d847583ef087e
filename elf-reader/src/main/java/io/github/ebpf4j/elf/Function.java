package io.github.ebpf4j.elf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A function symbol's code inside an executable section (libbpf's {@code struct bpf_program} before linking). */
final class Function {
    final String name;
    final CodeSection section;
    final int secInsnOff;
    final int insnCnt;
    final List<Relo> relos = new ArrayList<>();
    private final Map<Integer, Relo> byInsn = new HashMap<>();

    Function(String name, CodeSection section, int secInsnOff, int insnCnt) {
        this.name = name;
        this.section = section;
        this.secInsnOff = secInsnOff;
        this.insnCnt = insnCnt;
    }

    boolean contains(int secInsn) {
        return secInsn >= secInsnOff && secInsn < secInsnOff + insnCnt;
    }

    void addRelo(Relo r) {
        relos.add(r);
        byInsn.putIfAbsent(r.insn(), r);
    }

    Relo reloAt(int insn) {
        return byInsn.get(insn);
    }
}
