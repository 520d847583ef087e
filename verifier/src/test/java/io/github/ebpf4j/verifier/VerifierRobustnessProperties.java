package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whatever the instructions, the verifier answers with a result, never an exception: random
 * programs of real opcodes with random registers, offsets and immediates (calls to random helper
 * ids and subprograms, map references, atomics, jumps anywhere), after a prologue that gives the
 * registers values so that paths get past the first instruction.
 */
class VerifierRobustnessProperties {
    private static final int[] OPCODES = {0x07, 0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f, 0x47, 0x4f, 0x57, 0x5f,
        0x67, 0x6f, 0x77, 0x7f, 0x87, 0x97, 0x9f, 0xa7, 0xaf, 0xb7, 0xbf, 0xc7, 0xcf, 0xd4, 0xdc, 0x04, 0x0c, 0x14,
        0x1c, 0x24, 0x2c, 0x34, 0x3c, 0x44, 0x4c, 0x54, 0x5c, 0x64, 0x6c, 0x74, 0x7c, 0x84, 0x94, 0x9c, 0xa4, 0xac,
        0xb4, 0xbc, 0xc4, 0xcc, 0x61, 0x69, 0x71, 0x79, 0x62, 0x6a, 0x72, 0x7a, 0x63, 0x6b, 0x73, 0x7b, 0xc3, 0xdb,
        0x05, 0x15, 0x1d, 0x25, 0x2d, 0x35, 0x3d, 0x45, 0x4d, 0x55, 0x5d, 0x65, 0x6d, 0x75, 0x7d, 0xa5, 0xad, 0xb5,
        0xbd, 0xc5, 0xcd, 0xd5, 0xdd, 0x16, 0x1e, 0x26, 0x56, 0xa6, 0x85, 0x95, 0x18, 0x20, 0x28, 0x30, 0x40, 0x48,
        0x50};
    private static final int[] ATOMIC_OPS = {0, 1, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1};
    private static final ProgramType[] TYPES = {ProgramType.XDP, ProgramType.SCHED_CLS, ProgramType.SOCKET_FILTER,
        ProgramType.KPROBE};
    private static final List<MapSpec> MAPS = List.of(MapSpec.of("h", MapType.HASH, 4, 8, 16),
            MapSpec.of("a", MapType.ARRAY, 4, 16, 4));

    @Property(tries = 3000)
    void verifyAlwaysAnswers(@ForAll long seed) {
        Random rnd = new Random(seed);
        Program p = program(rnd);
        VerifierOptions o = VerifierOptions.of(TYPES[rnd.nextInt(TYPES.length)]).withMaps(MAPS)
                .withLogLevel(rnd.nextInt(3)).withInsnLimit(100_000);
        VerificationResult r = Verifier.verify(p, o); // any exception fails the property
        if (!r.accepted() && r.messages().isEmpty()) throw new AssertionError("a rejection without a message");
    }

    static Program program(Random rnd) {
        long[] prologue = {
            word(0xb7, 0, 0, 0, rnd.nextInt(100)), word(0xbf, 6, 1, 0, 0), word(0xb7, 2, 0, 0, rnd.nextInt(9)),
            word(0xbf, 3, 10, 0, 0), word(0x07, 3, 0, 0, -8), word(0xb7, 4, 0, 0, rnd.nextInt(64)),
            word(0x61, 5, 1, 0, 0), word(0xb7, 7, 0, 0, 0), word(0xb7, 8, 0, 0, 1), word(0xbf, 9, 10, 0, 0),
            word(0x7a, 10, 0, -8, 0)};
        int len = 2 + rnd.nextInt(40);
        long[] w = new long[prologue.length + len];
        System.arraycopy(prologue, 0, w, 0, prologue.length);
        for (int i = prologue.length; i < w.length; i++) {
            int op = OPCODES[rnd.nextInt(OPCODES.length)];
            int dst = rnd.nextInt(11);
            int src = rnd.nextInt(11);
            int off = rnd.nextInt(8) == 0 ? rnd.nextInt(65536) - 32768 : rnd.nextInt(2 * len + 1) - len;
            int cls = op & 7;
            if (cls == 1 || cls == 2 || cls == 3) off = rnd.nextInt(3) == 0 ? -(rnd.nextInt(64) * 8) : rnd.nextInt(64) - 8;
            int k = rnd.nextInt(3);
            int imm = k == 0 ? rnd.nextInt() : k == 1 ? rnd.nextInt(64) : rnd.nextInt(1024) - 512;
            if (op == 0x85) {
                src = rnd.nextInt(3) == 0 ? 1 : 0;
                imm = src == 1 ? rnd.nextInt(len) - len / 2 : rnd.nextInt(212);
                dst = 0;
                off = 0;
            } else if (op == 0x18) {
                src = rnd.nextInt(3) == 0 ? rnd.nextInt(3) : 0;
                imm = src != 0 ? rnd.nextInt(3) : rnd.nextInt();
            } else if (op == 0xdb || op == 0xc3) {
                imm = ATOMIC_OPS[rnd.nextInt(ATOMIC_OPS.length)];
            }
            w[i] = word(op, dst, src, off, imm);
        }
        if (rnd.nextBoolean()) w[w.length - 1] = 0x95;
        return Program.of(w);
    }

    private static long word(int op, int dst, int src, int off, int imm) {
        return (op & 0xffL) | (long) (dst & 0xf) << 8 | (long) (src & 0xf) << 12 | (off & 0xffffL) << 16
                | (long) imm << 32;
    }
}
