package io.github.ebpf4j.testkit;

import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runs of some tests executed: per program, how often each instruction ran and how often
 * each conditional jump was taken and not taken. {@link #writeLcov} maps it onto C source lines
 * (BTF line info) as an LCOV tracefile. Share one instance between the {@link TestObject}s of a test
 * class (see {@link BpfCoverageExtension}); it is safe to use from several threads.
 */
public final class Coverage {
    /**
     * Counters of one program.
     *
     * @param objectName the object it came from
     * @param program the program as the ELF reader linked it (line info, functions)
     * @param hits executions per instruction slot
     * @param taken per conditional jump slot: times the jump was taken
     * @param notTaken per conditional jump slot: times it fell through
     */
    public record ProgramCoverage(String objectName, BpfProgram program, long[] hits, long[] taken, long[] notTaken) {}

    private final Map<Program, ProgramCoverage> byProgram = new IdentityHashMap<>();
    private final Map<String, ProgramCoverage> byName = new LinkedHashMap<>();

    /** An empty coverage. */
    public Coverage() {}

    /**
     * Starts counting a program (again: a program of the same object and name loaded by another test
     * adds to the same counters).
     *
     * @param objectName object name
     * @param program the linked program
     * @param loaded the instructions the runtime runs (identity)
     */
    synchronized void register(String objectName, BpfProgram program, Program loaded) {
        String key = objectName + "/" + program.name();
        int n = program.instructions().size();
        ProgramCoverage c = byName.computeIfAbsent(key, k -> new ProgramCoverage(objectName, program, new long[n],
                new long[n], new long[n]));
        byProgram.put(loaded, c);
    }

    synchronized void hit(Program p, int pc) {
        ProgramCoverage c = byProgram.get(p);
        if (c != null && pc < c.hits.length) c.hits[pc]++;
    }

    synchronized void branch(Program p, int pc, boolean taken) {
        ProgramCoverage c = byProgram.get(p);
        if (c == null || pc >= c.hits.length) return;
        if (taken) c.taken[pc]++;
        else c.notTaken[pc]++;
    }

    /** @return a snapshot of the counters, per program, in the order programs were first registered */
    public synchronized List<ProgramCoverage> programs() {
        List<ProgramCoverage> out = new ArrayList<>();
        for (ProgramCoverage c : byName.values()) {
            out.add(new ProgramCoverage(c.objectName, c.program, c.hits.clone(), c.taken.clone(), c.notTaken.clone()));
        }
        return out;
    }

    /**
     * @return one line per program: instructions executed out of the program's slots (the second
     *     halves of {@code ld_imm64} not counted) and branch outcomes seen out of two per
     *     conditional jump, e.g. {@code "xdp_firewall.o/xdp_firewall: 61/81 instructions, 13/30 branches"}
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (ProgramCoverage c : programs()) {
            Program p = c.program().instructions();
            boolean[] cond = ExecutionRecorder.conditionalJumps(p);
            int insns = 0, hit = 0, branches = 0, outcomes = 0;
            for (int pc = 0; pc < p.size(); pc++) {
                if (pc > 0 && ((int) p.word(pc - 1) & 0xff) == io.github.ebpf4j.vm.isa.Bpf.LD_IMM64) continue;
                insns++;
                if (c.hits()[pc] > 0) hit++;
                if (cond[pc]) {
                    branches += 2;
                    if (c.taken()[pc] > 0) outcomes++;
                    if (c.notTaken()[pc] > 0) outcomes++;
                }
            }
            sb.append(c.objectName()).append(".o/").append(c.program().name()).append(": ").append(hit).append('/').append(insns)
                    .append(" instructions, ").append(outcomes).append('/').append(branches).append(" branches\n");
        }
        return sb.toString();
    }

    /**
     * Writes an LCOV tracefile (geninfo's format: {@code TN, SF, FN, FNDA, FNF, FNH, BRDA, BRF, BRH,
     * DA, LF, LH, end_of_record}) that genhtml and coverage services read.
     *
     * @param file the {@code .info} file to write (parent directories are created)
     * @param testName the TN record (letters, digits and underscores)
     * @param sourceRoot directory the compiler's file names are relative to (the directory clang ran
     *     in); each SF is that directory's absolute path joined with the recorded name
     * @throws IOException if the file cannot be written
     */
    public void writeLcov(Path file, String testName, Path sourceRoot) throws IOException {
        String text = LcovWriter.write(programs(), testName, sourceRoot);
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
