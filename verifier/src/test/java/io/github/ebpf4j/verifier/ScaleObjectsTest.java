package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.maps.MapSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Verifies every program of the objects in testdata/obj that have kernel verdicts (the large
 * scale_*.o and the others, built from testdata/src by testdata/build.sh) and compares with the
 * kernel's verdict recorded
 * in testdata/obj/NAME.kernel.txt ({@code kernel-oracle elf NAME.o}: libbpf and the Linux 6.18
 * verifier). The invariant asserted is "no wrong answer": where the kernel accepts, ebpf4j
 * accepts or says that the program uses something its verifier does not support yet; where the
 * kernel rejects, ebpf4j rejects; where both accept, the processed-instruction count is the
 * kernel's (state pruning with liveness and precision as the kernel's), apart from the programs
 * listed in {@link #KNOWN_COUNT_DIFF}.
 */
class ScaleObjectsTest {
    /** Every object with kernel verdicts: testdata/obj/NAME.kernel.txt next to NAME.o. */
    private static List<String> objects() throws IOException {
        try (var files = Files.list(obj())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".kernel.txt"))
                    .map(n -> n.substring(0, n.length() - ".kernel.txt".length()))
                    .filter(n -> Files.exists(obj().resolve(n + ".o"))).sorted().toList();
        }
    }
    /** Rejections that are ebpf4j's limitations, not verdicts about the program. */
    private static final Set<String> LIMITATIONS = Set.of(Messages.PSEUDO_CALL_UNSUPPORTED, Messages.KFUNC_UNSUPPORTED);
    /** Known wrong answers (none at present); remove an entry once it is fixed. */
    private static final Set<String> KNOWN_WRONG = Set.of();
    /** Accepted programs whose processed count differs from the kernel's, with why (none at present). */
    private static final Set<String> KNOWN_COUNT_DIFF = Set.of();
    /** "ACCEPT scale_parser (xdp): 22005 insns processed, 8711 us" or "REJECT p (xdp): insn 146: msg". */
    private static final Pattern LINE = Pattern.compile("(ACCEPT|REJECT) (\\S+) \\(([^)]*)\\): (.*)");
    private static final Pattern PROCESSED = Pattern.compile("(\\d+) insns processed, (\\d+) us");

    private record KernelVerdict(boolean accepted, String detail, int processed) {}

    private static Path obj() {
        return Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj");
    }

    private static Map<String, KernelVerdict> kernelVerdicts(String name) throws IOException {
        Map<String, KernelVerdict> verdicts = new LinkedHashMap<>();
        for (String l : Files.readAllLines(obj().resolve(name + ".kernel.txt"))) {
            Matcher m = LINE.matcher(l);
            if (!m.matches()) continue;
            boolean accepted = m.group(1).equals("ACCEPT");
            String detail = m.group(4);
            int processed = -1;
            if (accepted) {
                Matcher p = PROCESSED.matcher(detail);
                assertTrue(p.matches(), "unexpected kernel line in " + name + ".kernel.txt: " + l);
                detail = p.group(1) + " insns, " + p.group(2) + " us";
                processed = Integer.parseInt(p.group(1));
            }
            verdicts.put(m.group(2), new KernelVerdict(accepted, detail, processed));
        }
        return verdicts;
    }

    @Test
    void noWrongAnswersOnTheScaleObjects() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int judged = 0;
        List<String> objects = objects();
        assertTrue(objects.size() >= 10, "objects with kernel verdicts: " + objects);
        for (String name : objects) {
            Map<String, KernelVerdict> kernel = kernelVerdicts(name);
            if (kernel.isEmpty()) continue; // libbpf could not load the object (e.g. legacy maps): no verdicts
            BpfObject object = BpfObject.load(obj().resolve(name + ".o"));
            List<MapSpec> specs = object.maps().stream().map(BpfMap::spec).toList();
            List<String> ours = object.programs().stream().map(BpfProgram::name).sorted().toList();
            assertTrue(ours.containsAll(kernel.keySet()), name + ".o: programs the kernel judged " + kernel.keySet()
                    + ", ours " + ours);
            for (BpfProgram p : object.programs()) {
                KernelVerdict k = kernel.get(p.name());
                if (k == null) continue; // the kernel did not judge it (libbpf load error)
                long t0 = System.nanoTime();
                VerificationResult r = Verifier.verify(p.instructions(), ObjectProtos.options(object, p).withLogLevel(0));
                long us = (System.nanoTime() - t0) / 1000;
                String verdict;
                if (r.accepted()) {
                    verdict = "ACCEPT " + r.insnsProcessed() + " insns, " + us + " us";
                    if (!k.accepted()) {
                        wrong.add(name + "/" + p.name() + ": kernel rejects (" + k.detail() + "), we accept");
                    } else {
                        judged++;
                        if (r.insnsProcessed() != k.processed() && !KNOWN_COUNT_DIFF.contains(name + "/" + p.name())) {
                            wrong.add(name + "/" + p.name() + ": kernel processed " + k.processed() + " insns, we "
                                    + r.insnsProcessed());
                        }
                    }
                } else if (LIMITATIONS.contains(r.message())) {
                    verdict = "UNSUPPORTED (" + r.message() + ")";
                    if (!k.accepted()) judged++; // a rejection either way, though not the kernel's reason
                } else {
                    verdict = "REJECT insn " + r.insn() + ": " + r.message() + " (" + r.insnsProcessed() + " insns)";
                    if (!k.accepted()) judged++;
                    else if (KNOWN_WRONG.contains(name + "/" + p.name())) verdict = "WRONG (known) " + verdict;
                    else wrong.add(name + "/" + p.name() + ": kernel accepts, we reject at insn " + r.insn() + ": " + r.message());
                }
                if (KNOWN_WRONG.contains(name + "/" + p.name()) && r.accepted() == k.accepted()) {
                    System.out.println("NOTE: " + name + "/" + p.name() + " is now answered right: remove it from KNOWN_WRONG");
                }
                rows.add(String.format("%-16s %-22s %-8s %-40s %s", name, p.name(), p.type().name().toLowerCase(),
                        (k.accepted() ? "ACCEPT " : "REJECT ") + k.detail(), verdict));
            }
        }
        System.out.printf("%-16s %-22s %-8s %-40s %s%n", "object", "program", "type", "kernel (6.18)", "ebpf4j");
        rows.forEach(System.out::println);
        System.out.println("programs with the kernel's verdict: " + judged + " of " + rows.size());
        assertTrue(wrong.isEmpty(), "wrong answers:\n  " + String.join("\n  ", wrong));
    }
}
