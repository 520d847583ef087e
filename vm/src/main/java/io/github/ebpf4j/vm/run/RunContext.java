package io.github.ebpf4j.vm.run;

import io.github.ebpf4j.vm.helpers.HelperContext;
import io.github.ebpf4j.vm.interp.Memory;
import io.github.ebpf4j.vm.interp.Region;
import io.github.ebpf4j.vm.interp.RegionKind;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.prog.SkbBuff;
import io.github.ebpf4j.vm.prog.XdpBuff;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one test run that helpers work with: the runtime (maps, clock, random source,
 * simulated task), the program's packet and context, and what the run produces (trace lines,
 * events, the redirect). Helpers reach it through {@link HelperContext#attachment()}; a custom
 * helper in a test can too, with {@link #of(HelperContext)}.
 */
public final class RunContext {
    private final BpfRuntime runtime;
    private final ProgramHandle program;
    private final Memory memory;
    private final XdpBuff xdp;
    private final SkbBuff skb;
    private final long ctxAddress;
    private final List<Region> runRegions = new ArrayList<>();
    final List<String> trace = new ArrayList<>();
    final List<OutputEvent> events = new ArrayList<>();
    Redirect redirect;
    private int tailCalls;
    private ProgramHandle current;

    RunContext(BpfRuntime runtime, ProgramHandle program, Memory memory, XdpBuff xdp, SkbBuff skb, long ctxAddress) {
        this.runtime = runtime;
        this.program = program;
        this.current = program;
        this.memory = memory;
        this.xdp = xdp;
        this.skb = skb;
        this.ctxAddress = ctxAddress;
    }

    /**
     * @param hc the helper context of a call
     * @return the run context attached to it
     * @throws VmFault if the interpreter was not started by a {@link BpfRuntime}
     */
    public static RunContext of(HelperContext hc) {
        if (hc.attachment() instanceof RunContext rc) return rc;
        throw new VmFault(VmFault.Kind.HELPER_FAILED, "helper needs a BpfRuntime run (no run context attached)");
    }

    /** @return the runtime */
    public BpfRuntime runtime() { return runtime; }

    /** @return the program the run started with */
    public ProgramHandle program() { return program; }

    /** @return the program running now (differs after a tail call) */
    public ProgramHandle current() { return current; }

    /** @return the program type */
    public ProgramType type() { return program.type(); }

    /** @return the interpreter's memory */
    public Memory memory() { return memory; }

    /** @return the simulated CPU the run is on */
    public int cpu() { return runtime.cpu(); }

    /** @return the XDP buffer, or null for other program types */
    public XdpBuff xdp() { return xdp; }

    /** @return the socket buffer, or null for other program types */
    public SkbBuff skb() { return skb; }

    /** @return the address of the context (r1 at entry) */
    public long ctxAddress() { return ctxAddress; }

    /** @param line a line of trace output ({@code bpf_trace_printk}) */
    public void trace(String line) { trace.add(line); }

    /** @param event a record written to a ring buffer or perf event array */
    public void event(OutputEvent event) { events.add(event); }

    /** @param r the redirect the program asked for */
    public void redirect(Redirect r) { redirect = r; }

    /** @return the redirect so far, or null */
    public Redirect redirectTarget() { return redirect; }

    /**
     * Counts a tail call against the kernel's limit ({@code MAX_TAIL_CALL_CNT} = 33).
     *
     * @param target the program being entered
     * @return false if the limit is reached (the call falls through)
     */
    public boolean countTailCall(ProgramHandle target) {
        if (tailCalls >= BpfRuntime.MAX_TAIL_CALL_CNT) return false;
        tailCalls++;
        current = target;
        runtime.prepareTailCall(target);
        return true;
    }

    /** Starts one repetition of the run: the tail call count and the current program reset. */
    void startRepetition() {
        tailCalls = 0;
        current = program;
    }

    /** @return tail calls taken so far */
    public int tailCalls() { return tailCalls; }

    /**
     * @param address r1 of a map helper
     * @return the map it points to
     * @throws VmFault if it is not a map pointer
     */
    public BpfMap map(long address) {
        BpfMap m = runtime.mapAt(address);
        if (m == null) {
            throw new VmFault(VmFault.Kind.HELPER_FAILED, memory.describe(address) + " is not a map pointer");
        }
        return m;
    }

    /**
     * @param map a map
     * @return the pointer value a program holds for it
     */
    public long mapPointer(BpfMap map) {
        return runtime.mapPointer(map);
    }

    /**
     * Gives the program an address for a map value (or another array a helper hands out): the
     * same address for the same array while it stays mapped.
     *
     * @param map the map (for the region's name and write permission), or null
     * @param value the live value array
     * @param kind what it is
     * @return its address
     */
    public long addressOf(BpfMap map, byte[] value, RegionKind kind) {
        Region r = memory.regionOf(value);
        if (r == null) {
            boolean writable = map == null || !map.readOnlyForProgram();
            String name = map == null ? null : kind.label() + "(" + map.name() + ")";
            r = memory.map(kind, name, value, writable);
            runRegions.add(r);
        }
        return r.address();
    }

    /** Unmaps what the run mapped. */
    void close() {
        for (Region r : runRegions) memory.unmap(r);
        runRegions.clear();
    }
}
