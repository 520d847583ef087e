package io.github.ebpf4j.verifier;

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
 * testdata/verifier/tools/gen_corpus.py through {@code kernel-oracle verify}.
 */
final class KernelCorpus {
    private KernelCorpus() {}

    /** One labelled case: the kernel's answer. */
    record Case(String name, ProgramType type, List<MapSpec> maps, boolean accepted, int insn, int processed,
            String message, Path hex) {

        Program program() {
            return Program.fromBytes(parseHex(hex));
        }

        VerifierOptions options() {
            return VerifierOptions.of(type).withMaps(maps).withLogLevel(0);
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
                        Integer.parseInt(f[5]), f[6], dir().resolve(f[0] + ".hex")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
