package io.github.ebpf4j.bench;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.verifier.VerifierOptions;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The programs {@link VerifierBenchmark} verifies: the largest objects in {@code testdata/obj}
 * (copied into the benchmark jar as {@code obj/NAME.o}), each program loaded as the kernel gets it
 * from libbpf: linked instructions, the object's maps, the BTF prototypes of its functions.
 * {@code testdata/bench/kernel-verify-times.txt} has the kernel's verification times for the same
 * list ({@code testdata/bench/kernel_verify_times.sh}).
 */
final class ShippedPrograms {
    private ShippedPrograms() {}

    /** "object/program" pairs, as {@code kernel_verify_times.sh} lists them. */
    static final String[] ALL = {
        "scale_parser/scale_parser", "scale_loops/scale_loop_simple", "scale_loops/scale_loop_nested",
        "scale_loops/scale_loop_packet", "scale_loops/scale_bpf_loop", "scale_calls/scale_calls",
        "scale_calls/scale_calls_tc", "scale_tailcalls/tail_stage1", "tc_globals/tc_ingress",
        "xdp_firewall/xdp_firewall", "loops/loop_xdp", "loops/loop_tc", "rate_limiter/rate_limit",
    };

    /** A program ready to verify. */
    record Loaded(String id, Program program, VerifierOptions options) {}

    /** @param id "object/program" @return the program with its options (log level 0) */
    static Loaded load(String id) {
        String[] p = id.split("/");
        BpfObject object = BpfObject.load(bytes("obj/" + p[0] + ".o"), p[0] + ".o");
        BpfProgram prog = object.program(p[1]).orElseThrow(() -> new IllegalArgumentException(id + ": no such program"));
        List<io.github.ebpf4j.vm.maps.MapSpec> maps = object.maps().stream().map(BpfMap::spec).toList();
        VerifierOptions o = VerifierOptions.of(prog.type()).withMaps(maps).withSubprogs(object.prototypes(prog))
                .withLogLevel(0);
        return new Loaded(id, prog.instructions(), o);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ShippedPrograms.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
