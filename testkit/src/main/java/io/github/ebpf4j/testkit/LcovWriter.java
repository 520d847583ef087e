package io.github.ebpf4j.testkit;

import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.SourceLine;
import io.github.ebpf4j.vm.isa.Bpf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns instruction counters into LCOV records per source file. A line's hit count is the largest
 * count of the instructions BTF line info attributes to it (so a line runs as often as its most
 * executed instruction, the way gcov counts a line's blocks); a function's count is its first
 * instruction's; each conditional jump is a branch block with two branches (taken, fall-through),
 * "-" when the jump never ran.
 */
final class LcovWriter {
    private LcovWriter() {}

    /** Per source file, merged over programs. */
    private static final class FileRecord {
        final TreeMap<Integer, Long> lines = new TreeMap<>();
        final Map<String, long[]> functions = new TreeMap<>(); // name -> {line, hits}
        final List<long[]> branches = new ArrayList<>(); // {line, block, taken or -1, notTaken or -1}
    }

    static String write(List<Coverage.ProgramCoverage> programs, String testName, Path sourceRoot) {
        Map<String, FileRecord> files = new TreeMap<>();
        int block = 0;
        for (Coverage.ProgramCoverage c : programs) {
            BpfProgram p = c.program();
            boolean[] cond = ExecutionRecorder.conditionalJumps(p.instructions());
            for (int pc = 0; pc < c.hits().length; pc++) {
                if (isSecondHalfOfLddw(p, pc)) continue;
                Optional<SourceLine> sl = p.sourceLine(pc);
                if (sl.isEmpty() || sl.get().line() <= 0) continue;
                FileRecord f = files.computeIfAbsent(sl.get().file(), k -> new FileRecord());
                f.lines.merge(sl.get().line(), c.hits()[pc], Math::max);
                if (cond[pc]) {
                    boolean ran = c.hits()[pc] > 0;
                    f.branches.add(new long[] {sl.get().line(), block++, ran ? c.taken()[pc] : -1, ran ? c.notTaken()[pc] : -1});
                }
            }
            for (BpfProgram.Function fn : p.functions()) {
                Optional<SourceLine> sl = p.sourceLine(fn.pc());
                if (sl.isEmpty()) continue;
                FileRecord f = files.computeIfAbsent(sl.get().file(), k -> new FileRecord());
                long hits = fn.pc() < c.hits().length ? c.hits()[fn.pc()] : 0;
                f.functions.merge(fn.name(), new long[] {sl.get().line(), hits},
                        (a, b) -> new long[] {Math.min(a[0], b[0]), a[1] + b[1]});
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, FileRecord> e : files.entrySet()) {
            FileRecord f = e.getValue();
            sb.append("TN:").append(testName).append('\n');
            sb.append("SF:").append(sourceRoot.toAbsolutePath().resolve(e.getKey()).normalize()).append('\n');
            for (Map.Entry<String, long[]> fn : f.functions.entrySet()) {
                sb.append("FN:").append(fn.getValue()[0]).append(',').append(fn.getKey()).append('\n');
            }
            int fnHit = 0;
            for (Map.Entry<String, long[]> fn : f.functions.entrySet()) {
                sb.append("FNDA:").append(fn.getValue()[1]).append(',').append(fn.getKey()).append('\n');
                if (fn.getValue()[1] > 0) fnHit++;
            }
            sb.append("FNF:").append(f.functions.size()).append('\n').append("FNH:").append(fnHit).append('\n');
            int brHit = 0;
            for (long[] b : f.branches) {
                for (int k = 0; k < 2; k++) {
                    long v = b[2 + k];
                    sb.append("BRDA:").append(b[0]).append(',').append(b[1]).append(',').append(k).append(',')
                            .append(v < 0 ? "-" : Long.toString(v)).append('\n');
                    if (v > 0) brHit++;
                }
            }
            sb.append("BRF:").append(f.branches.size() * 2).append('\n').append("BRH:").append(brHit).append('\n');
            int lineHit = 0;
            for (Map.Entry<Integer, Long> l : f.lines.entrySet()) {
                sb.append("DA:").append(l.getKey()).append(',').append(l.getValue()).append('\n');
                if (l.getValue() > 0) lineHit++;
            }
            sb.append("LF:").append(f.lines.size()).append('\n').append("LH:").append(lineHit).append('\n');
            sb.append("end_of_record\n");
        }
        return sb.toString();
    }

    private static boolean isSecondHalfOfLddw(BpfProgram p, int pc) {
        return pc > 0 && ((int) p.instructions().word(pc - 1) & 0xff) == Bpf.LD_IMM64;
    }
}
