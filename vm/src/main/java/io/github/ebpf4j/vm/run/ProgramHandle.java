package io.github.ebpf4j.vm.run;

import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.List;

/**
 * A program loaded into a {@link BpfRuntime}, as a program file descriptor is in the kernel.
 *
 * @param name program name
 * @param type program type (decides the context and the helpers' behaviour)
 * @param program the instructions
 * @param maps the maps its {@code ld_imm64} map references name by index ({@code BPF_PSEUDO_MAP_FD}
 *     as kernel-oracle numbers maps, {@code BPF_PSEUDO_MAP_IDX} as the ELF reader does)
 * @param fd its descriptor: the value to store in a program array for tail calls
 */
public record ProgramHandle(String name, ProgramType type, Program program, List<BpfMap> maps, int fd) {
    /** Copies the map list. */
    public ProgramHandle {
        maps = List.copyOf(maps);
    }
}
