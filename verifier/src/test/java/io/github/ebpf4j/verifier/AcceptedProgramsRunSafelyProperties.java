package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.interp.Interpreter;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;

/**
 * The verifier's contract: a program it accepts cannot fault. Random XDP programs take two
 * unknown numbers from the context (ingress_ifindex and rx_queue_index, which the verifier treats
 * as unknown scalars), compute with them, branch on them, and use them as stack offsets; every
 * program the verifier accepts is then run in the interpreter with random context bytes, and a
 * memory fault there is a verifier bug.
 */
class AcceptedProgramsRunSafelyProperties {

    @Provide
    Arbitrary<String> step() {
        Arbitrary<Integer> reg = Arbitraries.of(6, 7);
        Arbitrary<Integer> small = Arbitraries.of(0, 1, 3, 7, 8, 15, 16, 63, 255, 511, 512, -1, -8);
        Arbitrary<String> alu = Combinators.combine(reg, Arbitraries.of("&=", "|=", "+=", "-=", "<<=", ">>=", "^="),
                small).as((r, op, k) -> op.contains("<") || op.contains(">")
                        ? "r" + r + " " + op + " " + (Math.abs(k) % 64)
                        : "r" + r + " " + op + " " + k);
        Arbitrary<String> branch = Combinators.combine(reg, Arbitraries.of(">", "<", ">=", "<=", "s>", "s<", "==", "!="),
                small).as((r, op, k) -> "if r" + r + " " + op + " " + k + " goto +1\nr" + r + " = 0");
        Arbitrary<String> stack = Combinators.combine(reg, Arbitraries.of(-512, -256, -64, -16, -8, -1),
                Arbitraries.of("u8", "u16", "u32", "u64"), Arbitraries.of(true, false)).as((r, base, size, load) ->
                "r8 = r10\nr8 += " + base + "\nr8 += r" + r + "\n"
                        + (load ? "r9 = *(" + size + " *)(r8 + 0)" : "*(" + size + " *)(r8 + 0) = 1"));
        return Arbitraries.oneOf(alu, alu, branch, stack);
    }

    @Property(tries = 400)
    void acceptedProgramsDoNotFault(@ForAll("programs") String asm, @ForAll @Size(24) byte[] ctx) {
        Program p = Assembler.assemble(asm);
        VerificationResult r = Verifier.verify(p, VerifierOptions.of(ProgramType.XDP).withLogLevel(0));
        Statistics.collect(r.accepted() ? "accepted" : "rejected");
        Statistics.coverage(c -> c.check("accepted").percentage(pc -> pc >= 20));
        if (!r.accepted()) return;
        try {
            Interpreter.builder().build().runWithMemory(p, ctx.clone());
        } catch (VmFault f) {
            fail("verifier accepted a program that faults: " + f.getMessage() + "\n" + asm);
        }
    }

    @Provide
    Arbitrary<String> programs() {
        return step().list().ofMinSize(1).ofMaxSize(8).map(steps -> {
            List<String> lines = new ArrayList<>();
            lines.add("r6 = *(u32 *)(r1 + 12)");
            lines.add("r7 = *(u32 *)(r1 + 16)");
            lines.addAll(steps);
            lines.add("r0 = 0");
            lines.add("exit");
            return String.join("\n", lines);
        });
    }
}
