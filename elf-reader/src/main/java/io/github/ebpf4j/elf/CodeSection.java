package io.github.ebpf4j.elf;

import io.github.ebpf4j.vm.isa.Insn;
import java.util.ArrayList;
import java.util.List;

/** An executable section: its instructions in canonical (little-endian slot) form and its functions. */
final class CodeSection {
    final ElfSection elf;
    final long[] insns;
    final List<Function> functions = new ArrayList<>();
    /** Line info per instruction index of the section (null where none starts). */
    final SourceLine[] lines;
    /** BTF FUNC type id per instruction index where a function starts (0 if none). */
    final int[] funcTypes;
    final List<BpfProgram.CoreRelocation> core = new ArrayList<>();

    CodeSection(ElfSection elf, BoundedReader r) {
        this.elf = elf;
        if (elf.size() % 8 != 0) {
            throw r.error(0, "code size " + elf.size() + " is not a multiple of 8 (one instruction is 8 bytes)");
        }
        int n = (int) (elf.size() / 8);
        insns = new long[n];
        for (int i = 0; i < n; i++) {
            if (!r.bigEndian()) {
                insns[i] = r.u64(8L * i);
            } else { // bpfeb: registers are swapped nibbles, off and imm big-endian (libbpf bpf_insn_bswap)
                long o = 8L * i;
                int regs = r.u8(o + 1);
                insns[i] = Insn.of(r.u8(o), regs >>> 4, regs & 0xf, r.u16(o + 2), r.s32(o + 4)).encode();
            }
        }
        lines = new SourceLine[n];
        funcTypes = new int[n];
    }

    String name() {
        return elf.name();
    }

    /** @return the function containing the instruction (functions are sorted and disjoint), or null */
    Function functionAt(int insn) {
        int lo = 0, hi = functions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Function f = functions.get(mid);
            if (insn < f.secInsnOff) hi = mid - 1;
            else if (insn >= f.secInsnOff + f.insnCnt) lo = mid + 1;
            else return f;
        }
        return null;
    }
}
