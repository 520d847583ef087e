package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.FuncSignature;
import io.github.ebpf4j.verifier.SubprogProto;
import java.util.ArrayList;
import java.util.List;

/**
 * The BTF prototypes of a linked program's functions (func_info plus the object's BTF), as the
 * verifier takes them, so that global functions are verified once from their prototype as the
 * kernel does.
 */
final class SubprogProtos {
    private SubprogProtos() {}

    /**
     * @param object the object (its BTF)
     * @param program one of its programs (its functions and their func_info type ids)
     * @return one prototype per function with BTF, empty if the object has no BTF
     */
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
}
