package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.MapException;
import io.github.ebpf4j.vm.maps.MapFlags;
import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.run.BpfRuntime;
import io.github.ebpf4j.vm.run.ProgramHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a BPF object into a {@link BpfRuntime} the way libbpf's {@code bpf_object__load()} does:
 * every map created (global data with its initial contents, {@code .rodata} frozen), every program
 * loaded (so program arrays can point at them), then program arrays and maps of maps filled from
 * the object's {@code values} initialisers ({@code init_prog_array_slots}).
 */
final class ObjectRuntime {
    /**
     * The loaded object.
     *
     * @param program the chosen program
     * @param maps the maps in the object's order (the index of BPF_PSEUDO_MAP_IDX)
     * @param kernelNames the names libbpf gives them in the kernel (e.g. {@code rt_globa.bss})
     */
    record Loaded(ProgramHandle program, List<BpfMap> maps, List<String> kernelNames) {
    }

    private ObjectRuntime() {}

    static Loaded load(BpfRuntime rt, BpfObject obj, Path file, String programName, ProgramType typeOverride) {
        BpfProgram chosen = ObjectFiles.program(obj, file, programName);
        List<BpfMap> maps = new ArrayList<>();
        List<String> kernelNames = new ArrayList<>();
        Map<String, BpfMap> byName = new LinkedHashMap<>();
        for (io.github.ebpf4j.elf.BpfMap m : obj.maps()) {
            try {
                BpfMap created = rt.createMap(m.spec());
                maps.add(created);
                kernelNames.add(m.kernelName());
                byName.putIfAbsent(m.name(), created);
            } catch (MapException e) {
                throw new EbpfException(file + ": map '" + m.name() + "': " + e.getMessage(), e);
            }
        }
        ProgramHandle handle = null;
        Map<String, ProgramHandle> programs = new LinkedHashMap<>();
        for (BpfProgram bp : obj.programs()) {
            ProgramType t = bp == chosen && typeOverride != null ? typeOverride : bp.type();
            try {
                ProgramHandle h = rt.load(bp.name(), t, bp.instructions(), maps);
                programs.put(bp.name(), h);
                if (bp == chosen) handle = h;
            } catch (VmFault f) {
                if (bp == chosen) throw new EbpfException(file + ": program '" + bp.name() + "': " + f.getMessage(), f);
            }
        }
        for (int i = 0; i < obj.maps().size(); i++) {
            for (io.github.ebpf4j.elf.BpfMap.Slot s : obj.maps().get(i).initialSlots()) {
                long fd;
                if (s.program()) {
                    ProgramHandle h = programs.get(s.target());
                    if (h == null) continue;
                    fd = h.fd();
                } else {
                    BpfMap inner = byName.get(s.target());
                    if (inner == null) continue;
                    fd = rt.maps().fd(inner);
                }
                maps.get(i).update(le32(s.index()), le32(fd), MapFlags.BPF_ANY);
            }
        }
        return new Loaded(handle, maps, kernelNames);
    }

    private static byte[] le32(long v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
