package io.github.ebpf4j.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The loader's contract on damaged input (house style guideline 21): on mutated bytes of the
 * testdata objects, {@link BpfObject#load(byte[], String)} returns or throws
 * {@link ElfFormatException}; nothing else (no other exception, no hang, no runaway allocation:
 * each load must finish well within the time limit of the run).
 */
class LoaderProperties {
    private static final List<byte[]> OBJECTS = ToolFacts.allObjects().stream().map(LoaderProperties::read).toList();

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A mutation: which object, then byte positions (as fractions) and values; or a truncation. */
    record Mutation(int object, List<Tuple.Tuple2<Double, Integer>> writes, double truncateAt, boolean wordWrites) {}

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Tuple.Tuple2<Double, Integer>> write = Combinators.combine(
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255))
                .as(Tuple::of);
        return Combinators.combine(
                Arbitraries.integers().between(0, OBJECTS.size() - 1),
                write.list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(true, false))
                .as((o, w, t, words) -> new Mutation(o, w, t, words));
    }

    @Property(tries = 3000)
    void loadReturnsOrThrowsElfFormatException(@ForAll("mutations") Mutation m) {
        byte[] b = OBJECTS.get(m.object()).clone();
        for (Tuple.Tuple2<Double, Integer> w : m.writes()) {
            int pos = (int) (w.get1() * (b.length - 4));
            if (m.wordWrites()) { // interesting values for offsets, sizes and counts
                int[] vals = {0, 1, -1, 0x7fffffff, 0x80000000, 0xffff, 8, 0x10000, b.length};
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(pos & ~3, vals[w.get2() % vals.length]);
            } else {
                b[pos] = (byte) (int) w.get2();
            }
        }
        if (m.truncateAt() < 0.1) b = Arrays.copyOf(b, (int) (b.length * m.truncateAt() * 10));
        try {
            BpfObject.load(b, "mutant.o");
        } catch (ElfFormatException expected) {
            if (expected.getMessage() == null || !expected.getMessage().startsWith("mutant.o")) {
                throw new AssertionError("message does not name the file: " + expected.getMessage());
            }
            if (expected.getCause() != null) { // the loader's safety net caught a bug of ours
                throw new AssertionError("internal error: " + expected.getMessage(), expected.getCause());
            }
        }
    }
}
