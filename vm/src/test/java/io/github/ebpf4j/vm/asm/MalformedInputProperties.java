package io.github.ebpf4j.vm.asm;

import io.github.ebpf4j.vm.isa.InstructionArbitraries;
import io.github.ebpf4j.vm.isa.Program;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad input gets an {@link AssemblerException}, never another exception: the assemblers and the
 * .data reader on valid text with random edits (characters deleted, inserted or replaced, lines
 * cut short), and on random strings over their alphabet.
 */
class MalformedInputProperties {

    private static final String ALPHABET = "rw%0123456789xabcdefls+-*/=<>!&|^()[],:;#.\n \t_ufikpl";

    @Provide
    Arbitrary<String> mutatedLlvm() {
        Arbitrary<String> listing = InstructionArbitraries.instruction().list().ofMinSize(1).ofMaxSize(8)
                .map(l -> Disassembler.llvm().withExtensions(true).listing(InstructionArbitraries.program(l)));
        return mutate(listing);
    }

    @Provide
    Arbitrary<String> mutatedConformance() {
        Arbitrary<String> text = Arbitraries.of(
                "mov32 %r0, 1\nexit\n", "ldxw %r0, [%r1+4]\nlock fetch add [%r10-8], %r1\nexit\n",
                "L1:\n jeq %r1, 0x7, L1\n call local L1\n lddw %r0, 0x1122334455667788\n ja32 +1\n",
                "-- asm\nmov %r0, 1\nexit\n-- mem\n00 11 22\n-- result\n0x1\n-- raw\n0x95\n");
        return mutate(text);
    }

    private static Arbitrary<String> mutate(Arbitrary<String> base) {
        Arbitrary<Character> ch = Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toList());
        return Combinators.combine(base, Arbitraries.integers().between(0, 1000).list().ofMaxSize(4),
                ch.list().ofMaxSize(4), Arbitraries.integers().between(0, 2)).as((s, positions, chars, kind) -> {
                    StringBuilder sb = new StringBuilder(s);
                    for (int i = 0; i < positions.size() && sb.length() > 0; i++) {
                        int at = positions.get(i) % sb.length();
                        char c = chars.isEmpty() ? ' ' : chars.get(i % chars.size());
                        switch (kind) {
                            case 0 -> sb.deleteCharAt(at);
                            case 1 -> sb.insert(at, c);
                            default -> sb.setCharAt(at, c);
                        }
                    }
                    return sb.toString();
                });
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(60);
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
    void llvmAssemblerOnlyThrowsAssemblerException(@ForAll("mutatedLlvm") String text) {
        assembleOrReject(() -> Assembler.assemble(text));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void conformanceReadersOnlyThrowAssemblerException(@ForAll("mutatedConformance") String text) {
        assembleOrReject(() -> ConformanceAssembler.assemble(text));
        assembleOrReject(() -> ConformanceFile.parse(text).program());
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void noiseOnlyThrowsAssemblerException(@ForAll("noise") String text) {
        assembleOrReject(() -> Assembler.assemble(text));
        assembleOrReject(() -> ConformanceAssembler.assemble(text));
        assembleOrReject(() -> ConformanceFile.parse(text).program());
    }

    private static void assembleOrReject(java.util.function.Supplier<Program> f) {
        try {
            f.get();
        } catch (AssemblerException expected) {
            // a located error is the contract
        }
    }

}
