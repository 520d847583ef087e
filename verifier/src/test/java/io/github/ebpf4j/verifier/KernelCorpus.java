package io.github.ebpf4j.verifier;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verifier corpus in testdata/verifier/corpus: programs (.hex, assembled from the .s next to
 * them) with the verdict Linux 6.18 gave each one, recorded by
 * testdata/verifier/tools/gen_corpus.py through {@code kernel-oracle verify} (expected.tsv), and
 * programs of ELF objects compiled from the .c there, loaded as libbpf loads them (with BTF
 * func_info), recorded through {@code kernel-oracle elf} (expected-elf.tsv).
 */
final class KernelCorpus {
    private KernelCorpus() {}

    /**
     * One labelled case: the kernel's answer.
     *
     * @param file the .hex program, or the .o object that holds {@code elfProgram}
     * @param elfProgram the program's name in the object, null for a .hex case
     */
    record Case(String name, ProgramType type, List<MapSpec> maps, boolean accepted, int insn, int processed,
            String message, Path file, String elfProgram) {

        Program program() {
            return elfProgram == null ? Program.fromBytes(parseHex(file)) : elf().instructions();
        }

        VerifierOptions options() {
            VerifierOptions o = VerifierOptions.of(type).withMaps(maps).withLogLevel(0);
            return elfProgram == null ? o : o.withSubprogs(ObjectProtos.of(loadObject(file), elf()));
        }

        private BpfProgram elf() {
            return loadObject(file).program(elfProgram)
                    .orElseThrow(() -> new IllegalStateException(file + " has no program " + elfProgram));
        }
    }

    static Path root() {
        String r = System.getProperty("ebpf4j.root");
        return Path.of(r == null ? ".." : r);
    }

    static Path dir() {
        return root().resolve("testdata/verifier/corpus");
    }

    static List<Case> load() {
        Path tsv = dir().resolve("expected.tsv");
        List<Case> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(tsv)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                ProgramType t = ProgramType.valueOf(f[1].toUpperCase(Locale.ROOT));
                out.add(new Case(f[0], t, maps(f[2]), f[3].equals("accept"), Integer.parseInt(f[4]),
                        Integer.parseInt(f[5]), f[6], dir().resolve(f[0] + ".hex"), null));
            }
            out.addAll(loadElf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static BpfObject loadObject(Path obj) {
        try {
            return BpfObject.load(obj);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** expected-elf.tsv: name, object, program, section, verdict, insn, processed, message. */
    private static List<Case> loadElf() throws IOException {
        Path tsv = dir().resolve("expected-elf.tsv");
        List<Case> out = new ArrayList<>();
        if (!Files.exists(tsv)) return out;
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            Path obj = dir().resolve(f[1]);
            BpfObject object = loadObject(obj);
            BpfProgram p = object.programs().stream().filter(q -> q.name().equals(f[2])).findFirst()
                    .orElseThrow(() -> new IllegalStateException(obj + " has no program " + f[2]));
            List<MapSpec> maps = object.maps().stream().map(BpfMap::spec).toList();
            out.add(new Case(f[0], p.type(), maps, f[4].equals("accept"), Integer.parseInt(f[5]),
                    Integer.parseInt(f[6]), f[7], obj, f[2]));
        }
        return out;
    }

    /** @param spec kernel-oracle --map specs joined by commas, or "-" @return the map specs */
    static List<MapSpec> maps(String spec) {
        List<MapSpec> m = new ArrayList<>();
        if (spec.equals("-")) return m;
        for (String s : spec.split(",")) {
            String[] p = s.split(":");
            MapType type = MapType.valueOf(p[0].toUpperCase(Locale.ROOT));
            m.add(MapSpec.of("", type, Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])));
        }
        return m;
    }

    static byte[] parseHex(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (String line : Files.readAllLines(file)) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                for (String tok : line.trim().split("\\s+")) {
                    if (!tok.isEmpty()) out.write(Integer.parseInt(tok, 16));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
