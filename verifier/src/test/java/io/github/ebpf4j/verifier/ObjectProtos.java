package io.github.ebpf4j.verifier;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.FuncSignature;
import java.util.ArrayList;
import java.util.List;

/** Verifier options for a program of an ELF object: its maps and its functions' BTF prototypes. */
final class ObjectProtos {
    private ObjectProtos() {}

    /** @return the prototypes of the program's functions from the object's BTF (empty without BTF) */
    static List<SubprogProto> of(BpfObject object, BpfProgram program) {
        Btf btf = object.btf().orElse(null);
        List<SubprogProto> out = new ArrayList<>();
        if (btf == null) return out;
        for (BpfProgram.Function f : program.functions()) {
            if (f.btfTypeId() == 0) continue;
            FuncSignature s = FuncSignature.of(btf, f.btfTypeId());
            List<SubprogProto.Arg> args = s.params().stream()
                    .map(a -> new SubprogProto.Arg(a.kind(), a.pointeeKind(), a.pointeeName(), a.pointeeSize(), a.tags()))
                    .toList();
            out.add(new SubprogProto(f.pc(), s.name(), s.global(), args, s.returnKind()));
        }
        return out;
    }

    /** @return options as the kernel would load the program: its type, the object's maps, the prototypes */
    static VerifierOptions options(BpfObject object, BpfProgram program) {
        return VerifierOptions.of(program.type()).withMaps(object.maps().stream().map(BpfMap::spec).toList())
                .withSubprogs(of(object, program));
    }
}
