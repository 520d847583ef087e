package io.github.ebpf4j.verifier;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.prog.SubprogProto;
import java.util.List;

/** Verifier options for a program of an ELF object: its maps and its functions' BTF prototypes. */
final class ObjectProtos {
    private ObjectProtos() {}

    /** @return the prototypes of the program's functions from the object's BTF (empty without BTF) */
    static List<SubprogProto> of(BpfObject object, BpfProgram program) {
        return object.prototypes(program);
    }

    /** @return options as the kernel would load the program: its type, the object's maps, the prototypes */
    static VerifierOptions options(BpfObject object, BpfProgram program) {
        return VerifierOptions.of(program.type()).withMaps(object.maps().stream().map(BpfMap::spec).toList())
                .withSubprogs(object.prototypes(program));
    }
}
