package io.github.ebpf4j.elf;

import io.github.ebpf4j.elf.btf.CoreReloKind;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.prog.AttachType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.List;
import java.util.Optional;

/**
 * An entry-point program of an object, ready to load: its own instructions followed by every
 * subprogram it calls (appended and call offsets fixed as libbpf's {@code bpf_object__relocate()}
 * does), map references as LD_IMM64 with {@code BPF_PSEUDO_MAP_IDX} (imm = index into
 * {@link BpfObject#maps()}) or {@code BPF_PSEUDO_MAP_IDX_VALUE} (second imm = offset into the
 * map's value), CO-RE relocations applied.
 *
 * @param name function symbol name
 * @param section ELF section name
 * @param sectionDef libbpf's section definition that matched, empty if none did
 * @param type program type (UNSPEC when no definition matched, as libbpf)
 * @param attachType expected attach type, or null
 * @param instructions the linked instructions
 * @param lineInfo line info records at their instruction index in {@code instructions}
 * @param functions the program's functions (itself first, then appended subprograms) with start index
 * @param coreRelocations CO-RE relocations applied, at their instruction index
 * @param autoload false for libbpf's {@code SEC("?name")} convention: the program is only loaded
 *     when asked for ({@code section} is then the name without the '?')
 */
public record BpfProgram(String name, String section, Optional<SectionDef> sectionDef, ProgramType type,
        AttachType attachType, Program instructions, List<LineEntry> lineInfo, List<Function> functions,
        List<CoreRelocation> coreRelocations, boolean autoload) {

    /**
     * A line info record.
     * @param pc instruction index @param line source position
     */
    public record LineEntry(int pc, SourceLine line) {}

    /**
     * A function within the linked program.
     * @param name symbol name @param pc index of its first instruction @param length its number of slots
     * @param btfTypeId its BTF FUNC from func_info, 0 if none
     */
    public record Function(String name, int pc, int length, int btfTypeId) {}

    /**
     * A CO-RE relocation, resolved against the object's own BTF (as for a kernel with identical types).
     * @param pc instruction index @param kind kind @param typeId root local type
     * @param access access string @param value the value patched into the instruction
     */
    public record CoreRelocation(int pc, CoreReloKind kind, int typeId, String access, long value) {}

    /** Copies the lists. */
    public BpfProgram {
        lineInfo = List.copyOf(lineInfo);
        functions = List.copyOf(functions);
        coreRelocations = List.copyOf(coreRelocations);
    }

    /**
     * @param pc instruction index
     * @return the source line that produced it: the last line info record at or before pc
     *     within the same function, empty if none
     */
    public Optional<SourceLine> sourceLine(int pc) {
        Function f = functionAt(pc).orElse(null);
        SourceLine best = null;
        for (LineEntry e : lineInfo) {
            if (e.pc() > pc) break;
            if (f == null || e.pc() >= f.pc()) best = e.line();
        }
        return Optional.ofNullable(best);
    }

    /** @param pc instruction index @return the function containing it */
    public Optional<Function> functionAt(int pc) {
        for (Function f : functions) {
            if (pc >= f.pc() && pc < f.pc() + f.length()) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** @return whether libbpf loads it with BPF_F_SLEEPABLE */
    public boolean sleepable() {
        return sectionDef.map(SectionDef::sleepable).orElse(false);
    }
}
