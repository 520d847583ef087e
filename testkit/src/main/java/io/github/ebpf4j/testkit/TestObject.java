package io.github.ebpf4j.testkit;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.helpers.Helper;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.helpers.HelperRegistry;
import io.github.ebpf4j.vm.helpers.KernelHelpers;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.FdArrayMap;
import io.github.ebpf4j.vm.maps.MapFlags;
import io.github.ebpf4j.vm.run.BpfRuntime;
import io.github.ebpf4j.vm.run.ProgramHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.github.ebpf4j.verifier.Messages;
import io.github.ebpf4j.verifier.VerificationResult;
import io.github.ebpf4j.verifier.Verifier;
import io.github.ebpf4j.verifier.VerifierOptions;
import org.junit.jupiter.api.Assertions;

/**
 * A BPF object loaded into a simulated machine for a test: its maps created as libbpf creates
 * them, every program loaded (so tail calls find each other), a clock the test moves, helpers the
 * test may replace. Maps keep their state across runs, so a sequence of packets sees what earlier
 * ones left. One instance per test (not shared between threads).
 */
public final class TestObject {
    /** What {@link BpfTestKit} configured. */
    record Settings(int cpus, int cpu, long seed, long clockStartNs, boolean verify, int traceTail, long budget,
            Coverage coverage, Map<Integer, Helper> helpers) {}

    private final BpfObject object;
    private final Settings settings;
    private final BpfRuntime runtime;
    private final ExecutionRecorder recorder;
    private final Map<Integer, Helper> replaced = new ConcurrentHashMap<>();
    private final List<BpfMap> maps = new ArrayList<>();
    private final Map<String, TestProgram> programs = new LinkedHashMap<>();
    private final Map<String, String> loadErrors = new HashMap<>();
    private final Map<String, String> unverified = new LinkedHashMap<>();
    /** Verifier messages that mean "cannot judge yet" rather than the kernel's rejection. */
    private static final java.util.Set<String> LIMITATIONS = java.util.Set.of(Messages.PSEUDO_CALL_UNSUPPORTED,
            Messages.KFUNC_UNSUPPORTED);
    private final Map<Program, BpfProgram> sourceOf = new IdentityHashMap<>();
    private RunResult lastRun;

    TestObject(BpfObject object, Settings s) {
        this.object = object;
        this.settings = s;
        this.recorder = new ExecutionRecorder(s.traceTail());
        recorder.coverage(s.coverage());
        replaced.putAll(s.helpers());
        BpfRuntime.Builder rb = BpfRuntime.builder().cpus(s.cpus()).cpu(s.cpu()).seed(s.seed()).clock(s.clockStartNs(), 0)
                .instructionBudget(s.budget()).listener(recorder);
        // every kernel helper goes through the test's replacements first, so a test can swap one between runs
        HelperRegistry kernel = KernelHelpers.registry();
        for (int id : kernel.ids()) {
            Helper real = kernel.get(id);
            rb.helper(id, (r1, r2, r3, r4, r5, hc) -> replaced.getOrDefault(id, real).call(r1, r2, r3, r4, r5, hc));
        }
        for (Map.Entry<Integer, Helper> e : s.helpers().entrySet()) {
            if (kernel.get(e.getKey()) == null) rb.helper(e.getKey(), e.getValue());
        }
        this.runtime = rb.build();
        if (s.verify()) verifyAll(object, unverified);
        for (io.github.ebpf4j.elf.BpfMap m : object.maps()) maps.add(runtime.createMap(m.spec()));
        for (BpfProgram p : object.programs()) {
            try {
                ProgramHandle h = runtime.load(p.name(), p.type(), p.instructions(), maps);
                sourceOf.put(h.program(), p);
                if (s.coverage() != null) s.coverage().register(object.name(), p, h.program());
                programs.put(p.name(), new TestProgram(this, p, h));
            } catch (VmFault e) {
                loadErrors.put(p.name(), e.getMessage());
            }
        }
        fillSlots();
    }

    /**
     * Verifies every program as the kernel does on load (libbpf loads all programs of an object,
     * and one rejection fails the load): a rejection fails the test with the verifier's message,
     * the failing instruction and its C source line.
     */
    private static void verifyAll(BpfObject object, Map<String, String> unverified) {
        List<io.github.ebpf4j.vm.maps.MapSpec> specs = object.maps().stream().map(io.github.ebpf4j.elf.BpfMap::spec).toList();
        StringBuilder rejected = new StringBuilder();
        for (BpfProgram p : object.programs()) {
            VerificationResult v = Verifier.verify(p.instructions(),
                    VerifierOptions.of(p.type()).withMaps(specs).withSubprogs(object.prototypes(p)));
            if (v.accepted()) continue;
            if (LIMITATIONS.contains(v.message())) {
                // not the kernel's verdict but what ebpf4j's verifier cannot judge yet: run it unverified, and say so
                unverified.put(p.name(), v.message());
                continue;
            }
            rejected.append("\n  program ").append(p.name()).append(" (").append(p.section()).append("): ");
            if (v.insn() >= 0) rejected.append("insn ").append(v.insn()).append(": ");
            rejected.append(v.message());
            if (v.insn() >= 0) {
                p.sourceLine(v.insn()).ifPresent(l -> rejected.append("\n    at ").append(l.file()).append(':').append(l.line())
                        .append(": ").append(l.text().strip()));
            }
            for (String m : v.messages().subList(0, Math.max(0, v.messages().size() - 1))) rejected.append("\n    ").append(m);
        }
        if (rejected.length() > 0) {
            Assertions.fail("the verifier rejects " + object.name() + " (as the kernel would refuse to load it;"
                    + " BpfTestKit.verify(false) runs it anyway):" + rejected);
        }
    }

    /** Puts the programs and maps named by {@code .values} initialisers into their arrays, as libbpf does. */
    private void fillSlots() {
        for (int i = 0; i < object.maps().size(); i++) {
            for (io.github.ebpf4j.elf.BpfMap.Slot slot : object.maps().get(i).initialSlots()) {
                long fd;
                if (slot.program()) {
                    TestProgram p = programs.get(slot.target());
                    if (p == null) continue;
                    fd = p.handle().fd();
                } else {
                    BpfMap target = map(slot.target()).map();
                    fd = runtime.maps().fd(target);
                }
                BpfMap m = maps.get(i);
                if (m instanceof FdArrayMap fa) fa.setSlot(slot.index(), fd);
                else m.update(Bytes.u32(slot.index()), Bytes.u32(fd), MapFlags.BPF_ANY);
            }
        }
    }

    /** @return the object as the ELF reader read it */
    public BpfObject object() { return object; }

    /** @return the simulated machine (for what this class does not wrap) */
    public BpfRuntime runtime() { return runtime; }

    /** @return the programs, by name */
    public List<TestProgram> programs() { return List.copyOf(programs.values()); }

    /**
     * @param name program name (the C function)
     * @return the program
     * @throws IllegalArgumentException naming the programs the object has, if none has that name
     */
    public TestProgram program(String name) {
        TestProgram p = programs.get(name);
        if (p != null) return p;
        if (loadErrors.containsKey(name)) {
            throw new IllegalArgumentException("program " + name + " of " + object.name() + " could not be loaded: " + loadErrors.get(name));
        }
        throw new IllegalArgumentException("no program '" + name + "' in " + object.name() + "; it has "
                + object.programs().stream().map(BpfProgram::name).toList());
    }

    /**
     * @param name map name as in the C source ({@code ".rodata"}, {@code ".bss"} for global data)
     * @return the map
     * @throws IllegalArgumentException naming the maps the object has, if none has that name
     */
    public TestMap map(String name) {
        for (BpfMap m : maps) if (m.name().equals(name)) return new TestMap(this, m);
        throw new IllegalArgumentException("no map '" + name + "' in " + object.name() + "; it has "
                + maps.stream().map(BpfMap::name).toList());
    }

    /** @param d time passing between runs: {@code bpf_ktime_get_ns} and friends return more afterwards */
    public void advanceClock(Duration d) { runtime.advanceClock(d.toNanos()); }

    /** @param ns nanoseconds passing between runs */
    public void advanceClockNs(long ns) { runtime.advanceClock(ns); }

    /** @return what {@code bpf_ktime_get_ns} returns now */
    public long clockNs() { return runtime.peekClockNs(); }

    /**
     * Replaces a helper for the following runs: a lookup that misses, a full map, a ring buffer
     * that refuses a reservation.
     *
     * @param id helper
     * @param helper {@code (r1, r2, r3, r4, r5, ctx) -> r0}
     */
    public void replaceHelper(HelperId id, Helper helper) { replaced.put(id.id(), helper); }

    /** @param id helper to give back its kernel behaviour (or the builder's replacement) */
    public void restoreHelper(HelperId id) {
        Helper initial = settings.helpers().get(id.id());
        if (initial != null) replaced.put(id.id(), initial);
        else replaced.remove(id.id());
    }

    /**
     * @return programs loaded without verification although verification was on, by name, with
     *     the reason: what ebpf4j's verifier cannot judge yet (kfuncs, bpf_find_vma() or timer callbacks), as
     *     opposed to a rejection, which fails the load
     */
    public Map<String, String> unverified() { return Map.copyOf(unverified); }

    /** @return the last run of any program of this object, or null */
    public RunResult lastRun() { return lastRun; }

    Settings settings() { return settings; }

    ExecutionRecorder recorder() { return recorder; }

    BpfProgram sourceOf(Program p) { return sourceOf.get(p); }

    void lastRun(RunResult r) { lastRun = r; }
}
