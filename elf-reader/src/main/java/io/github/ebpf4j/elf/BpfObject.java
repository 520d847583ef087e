package io.github.ebpf4j.elf;

import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.BtfExt;
import io.github.ebpf4j.elf.btf.FuncSignature;
import io.github.ebpf4j.vm.prog.SubprogProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A BPF object file as libbpf sees it: programs (linked with their subprograms), maps (BTF-defined,
 * legacy, global data, kconfig), externs, BTF, license and kernel version. Immutable.
 *
 * <p>Mirrors libbpf's open phase ({@code bpf_object_open()}, {@code bpf_object__elf_collect()},
 * {@code bpf_object__init_maps()}, {@code bpf_object__collect_relos()}) and the relocation part of
 * its load phase ({@code bpf_object__relocate()}), except that map references use indices
 * ({@code BPF_PSEUDO_MAP_IDX[_VALUE]}, as libbpf's gen_loader does) instead of file descriptors,
 * CO-RE relocations are resolved against the object's own BTF, and {@code __ksym} externs stay
 * unresolved (listed in {@link #externs()}). Unlike libbpf 1.x it still reads legacy {@code maps}
 * sections, the way libbpf 0.x did.
 *
 * @param name object name: the file name up to its first dot, as libbpf names objects
 * @param elf the ELF layer
 * @param programs entry-point programs, sorted by section index and offset as libbpf sorts them
 * @param maps maps in libbpf's order: legacy, BTF-defined, global data by section, kconfig
 * @param externs externs in libbpf's order (kconfig by alignment, size, name; then ksyms by name)
 * @param btf the object's BTF, if it has a {@code .BTF} section
 * @param btfExt the {@code .BTF.ext} records ({@link BtfExt#EMPTY} if none)
 * @param license the {@code license} section's string, empty if none
 * @param kernelVersion the {@code version} section's value, empty if none
 */
public record BpfObject(String name, ElfFile elf, List<BpfProgram> programs, List<BpfMap> maps,
        List<Extern> externs, Optional<Btf> btf, BtfExt btfExt, Optional<String> license,
        Optional<Integer> kernelVersion) {

    /** Copies the lists. */
    public BpfObject {
        programs = List.copyOf(programs);
        maps = List.copyOf(maps);
        externs = List.copyOf(externs);
    }

    /**
     * The BTF prototypes of a program's functions (func_info plus this object's BTF), as the
     * verifier takes them, so that global functions are verified once from their prototype as
     * the kernel does.
     *
     * @param program one of this object's programs
     * @return one prototype per function with BTF; empty if the object has no BTF
     */
    public List<SubprogProto> prototypes(BpfProgram program) {
        Btf b = btf.orElse(null);
        if (b == null) return List.of();
        List<SubprogProto> out = new java.util.ArrayList<>();
        for (BpfProgram.Function f : program.functions()) {
            if (f.btfTypeId() == 0) continue;
            FuncSignature s = FuncSignature.of(b, f.btfTypeId());
            List<SubprogProto.Arg> args = s.params().stream()
                    .map(a -> new SubprogProto.Arg(a.kind(), a.pointeeKind(), a.pointeeName(), a.pointeeSize(), a.tags()))
                    .toList();
            out.add(new SubprogProto(f.pc(), s.name(), s.global(), args, s.returnKind()));
        }
        return out;
    }

    /**
     * @param file an object file
     * @return the loaded object
     * @throws ElfFormatException if the file is malformed or uses what ebpf4j (or libbpf) refuses
     * @throws IOException if it cannot be read
     */
    public static BpfObject load(Path file) throws IOException {
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 8) {
            throw new ElfFormatException(file.toString(), null, -1, "file too large (" + size + " bytes)");
        }
        return load(Files.readAllBytes(file), file.toString());
    }

    /**
     * @param bytes the object file's contents (not modified, not retained beyond the returned object)
     * @param fileName name for messages and for the object name (its file part up to the first dot)
     * @return the loaded object
     * @throws ElfFormatException if the bytes are malformed or use what ebpf4j (or libbpf) refuses
     */
    public static BpfObject load(byte[] bytes, String fileName) {
        return new ObjectLoader(bytes.clone(), fileName).load();
    }

    /** @param name program name @return the program */
    public Optional<BpfProgram> program(String name) {
        return programs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @param name map name as in the object @return the map */
    public Optional<BpfMap> map(String name) {
        return maps.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
