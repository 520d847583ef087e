package io.github.ebpf4j.vm.helpers;

import io.github.ebpf4j.vm.Errno;
import io.github.ebpf4j.vm.interp.Memory;
import io.github.ebpf4j.vm.interp.Region;
import io.github.ebpf4j.vm.interp.RegionKind;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.maps.ArrayMap;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.FdArrayMap;
import io.github.ebpf4j.vm.maps.HashTableMap;
import io.github.ebpf4j.vm.maps.MapOfMaps;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.maps.PerfEventArrayMap;
import io.github.ebpf4j.vm.maps.QueueStackMap;
import io.github.ebpf4j.vm.maps.RedirectMap;
import io.github.ebpf4j.vm.maps.RingBufMap;
import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.prog.SkbBuff;
import io.github.ebpf4j.vm.prog.XdpBuff;
import io.github.ebpf4j.vm.run.BpfRuntime;
import io.github.ebpf4j.vm.run.OutputEvent;
import io.github.ebpf4j.vm.run.ProgramHandle;
import io.github.ebpf4j.vm.run.Redirect;
import io.github.ebpf4j.vm.run.RunContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The kernel's helper functions, by id, with their return codes, for programs run by a
 * {@link BpfRuntime}. Each helper's comment names the kernel function it mirrors (kernel/bpf/
 * helpers.c, net/core/filter.c, kernel/trace/bpf_trace.c, kernel/bpf/ringbuf.c). Arguments the
 * kernel's verifier guarantees (a valid map pointer, readable memory of the given size) fault the
 * run when they do not hold; everything the kernel checks at run time gives the kernel's errno.
 *
 * <p>Determinism: time comes from the runtime's clock, randomness from its seed, the CPU, task and
 * {@code get_hash_recalc} (siphash with a boot-time random key in the kernel) from the runtime.
 */
public final class KernelHelpers {
    private static final HelperRegistry REGISTRY = build();

    /** {@code BPF_F_INGRESS}. */ static final long BPF_F_INGRESS = 1;
    /** {@code BPF_F_BROADCAST}. */ static final long BPF_F_BROADCAST = 1 << 3;
    /** {@code BPF_F_EXCLUDE_INGRESS}. */ static final long BPF_F_EXCLUDE_INGRESS = 1 << 4;
    /** XDP_ABORTED .. XDP_TX: the fallback action bits of {@code bpf_redirect_map} flags. */
    static final long BPF_F_ACTION_MASK = 3;
    private static final int XDP_ABORTED = 0;
    private static final int XDP_REDIRECT = 4;
    private static final int TC_ACT_SHOT = 2;
    private static final int TC_ACT_REDIRECT = 7;
    /** {@code BPF_MAX_LOOPS}. */ static final long BPF_MAX_LOOPS = 8 * 1024 * 1024;

    private KernelHelpers() {
    }

    /** @return every helper ebpf4j implements, by id (immutable; replace entries with {@link HelperRegistry#with}) */
    public static HelperRegistry registry() {
        return REGISTRY;
    }

    private static BpfMap map(long addr, HelperContext hc) {
        return RunContext.of(hc).map(addr);
    }

    private static byte[] read(HelperContext hc, long addr, long len) {
        if (len < 0 || len > Integer.MAX_VALUE) throw new VmFault(VmFault.Kind.OUT_OF_BOUNDS, "size " + len);
        return hc.memory().read(addr, (int) len);
    }

    private static void write(HelperContext hc, long addr, byte[] b) {
        hc.memory().write(addr, b, 0, b.length);
    }

    /**
     * Zeroes a helper's destination buffer, the way the kernel clears it when a copy fails. The
     * destination is checked before anything is allocated, so a size of 2^32 - 1 (a -1 the
     * verifier would have refused) faults instead of exhausting the heap.
     */
    private static void zero(HelperContext hc, long addr, long len) {
        hc.memory().resolve(addr, (int) Math.min(len, Integer.MAX_VALUE), true);
        write(hc, addr, new byte[(int) len]);
    }

    private static long ret(int err) {
        return err;
    }

    private static XdpBuff xdp(HelperContext hc) {
        XdpBuff x = RunContext.of(hc).xdp();
        if (x == null) throw new VmFault(VmFault.Kind.HELPER_FAILED, "an XDP helper called outside an XDP program");
        return x;
    }

    private static SkbBuff skb(HelperContext hc) {
        SkbBuff s = RunContext.of(hc).skb();
        if (s == null) throw new VmFault(VmFault.Kind.HELPER_FAILED, "an skb helper called outside an skb program");
        return s;
    }

    private static HelperRegistry build() {
        HelperRegistry.Builder b = HelperRegistry.builder();
        maps(b);
        time(b);
        output(b);
        strings(b);
        xdp(b);
        skb(b);
        sockets(b);
        redirects(b);
        return b.build();
    }

    // ------------------------------------------------------------------ maps

    private static void maps(HelperRegistry.Builder b) {
        // bpf_map_lookup_elem(): value pointer or NULL; a map-in-map lookup yields the inner map
        b.register(HelperId.MAP_LOOKUP_ELEM, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r1);
            byte[] key = read(hc, r2, m.keySize());
            if (m instanceof MapOfMaps mm) {
                BpfMap inner = mm.progLookupMap(key);
                return inner == null ? 0 : rc.mapPointer(inner);
            }
            byte[] v = m.progLookup(key, rc.cpu());
            return v == null ? 0 : rc.addressOf(m, v, RegionKind.MAP_VALUE);
        });
        b.register(HelperId.MAP_UPDATE_ELEM, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r1);
            byte[] key = m.keySize() == 0 ? null : read(hc, r2, m.keySize());
            return ret(m.progUpdate(key, read(hc, r3, m.valueSize()), r4, rc.cpu()));
        });
        b.register(HelperId.MAP_DELETE_ELEM, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r1);
            return ret(m.progDelete(read(hc, r2, m.keySize()), rc.cpu()));
        });
        b.register(HelperId.MAP_PUSH_ELEM, (r1, r2, r3, r4, r5, hc) -> {
            BpfMap m = map(r1, hc);
            return ret(m.progPush(read(hc, r2, m.valueSize()), r3));
        });
        // queue/stack pop and peek zero the value when empty (__queue_map_get, __stack_map_get)
        b.register(HelperId.MAP_POP_ELEM, (r1, r2, r3, r4, r5, hc) -> popPeek(hc, r1, r2, true));
        b.register(HelperId.MAP_PEEK_ELEM, (r1, r2, r3, r4, r5, hc) -> popPeek(hc, r1, r2, false));
        // bpf_map_lookup_percpu_elem(): another CPU's value, NULL for a CPU that does not exist
        b.register(HelperId.MAP_LOOKUP_PERCPU_ELEM, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r1);
            byte[] key = read(hc, r2, m.keySize());
            int cpu = (int) Math.min(r3 & 0xffffffffL, Integer.MAX_VALUE);
            byte[] v = m instanceof ArrayMap a ? a.progLookupPercpu(key, cpu)
                    : m instanceof HashTableMap h ? h.progLookupPercpu(key, cpu) : null;
            return v == null ? 0 : rc.addressOf(m, v, RegionKind.MAP_VALUE);
        });
        // bpf_for_each_map_elem(): callback(map, key, value, ctx) per element until it returns 1;
        // returns the number of elements visited
        b.register(HelperId.FOR_EACH_MAP_ELEM, (r1, r2, r3, r4, r5, hc) -> {
            if (r4 != 0) return -Errno.EINVAL;
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r1);
            long n = 0;
            for (byte[] key : m.keys()) {
                byte[] v = m.progLookup(key, rc.cpu());
                if (v == null) continue;
                n++;
                Region k = hc.memory().map(RegionKind.HELPER_BUFFER, "key(" + m.name() + ")", key, false);
                long r;
                try {
                    r = hc.callFunction(r2, rc.mapPointer(m), k.address(), rc.addressOf(m, v, RegionKind.MAP_VALUE), r3, 0);
                } finally {
                    hc.memory().unmap(k);
                }
                if (r != 0) break;
            }
            return n;
        });
        // bpf_tail_call(): falls through when the index is out of range, the slot empty or the
        // 33-call limit reached
        b.register(HelperId.TAIL_CALL, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r2);
            if (!(m instanceof FdArrayMap fa) || m.type() != MapType.PROG_ARRAY) {
                throw new VmFault(VmFault.Kind.HELPER_FAILED, "bpf_tail_call on map '" + m.name() + "', not a program array");
            }
            long fd = fa.slot(r3 & 0xffffffffL);
            if (fd < 0) return 0;
            ProgramHandle target = rc.runtime().program(fd);
            if (target == null || !rc.countTailCall(target)) return 0;
            hc.tailCall(target.program());
            return 0;
        });
        b.register(HelperId.SPIN_LOCK, (r1, r2, r3, r4, r5, hc) -> {
            hc.memory().store(r1, 4, 1);
            return 0;
        });
        b.register(HelperId.SPIN_UNLOCK, (r1, r2, r3, r4, r5, hc) -> {
            hc.memory().store(r1, 4, 0);
            return 0;
        });
    }

    private static long popPeek(HelperContext hc, long mapAddr, long valueAddr, boolean pop) {
        BpfMap m = map(mapAddr, hc);
        if (m.type() == MapType.BLOOM_FILTER) {
            if (pop) return -Errno.EOPNOTSUPP;
            return m.progPeek(read(hc, valueAddr, m.valueSize()));
        }
        byte[] v = new byte[m.valueSize()];
        int err = pop ? m.progPop(v) : m.progPeek(v);
        if (err == 0 || m instanceof QueueStackMap) write(hc, valueAddr, v);
        return err;
    }

    // ------------------------------------------------------------------ time, CPU, task

    private static void time(HelperRegistry.Builder b) {
        Helper clock = (r1, r2, r3, r4, r5, hc) -> RunContext.of(hc).runtime().clockNs();
        b.register(HelperId.KTIME_GET_NS, clock);
        b.register(HelperId.KTIME_GET_BOOT_NS, clock);
        b.register(HelperId.KTIME_GET_COARSE_NS, clock);
        b.register(HelperId.KTIME_GET_TAI_NS, clock);
        // jiffies at HZ=250 (CONFIG_HZ of common distribution kernels)
        b.register(HelperId.JIFFIES64, (r1, r2, r3, r4, r5, hc) -> RunContext.of(hc).runtime().clockNs() / 4_000_000L);
        b.register(HelperId.GET_PRANDOM_U32, (r1, r2, r3, r4, r5, hc) -> RunContext.of(hc).runtime().nextRandom() & 0xffffffffL);
        b.register(HelperId.GET_SMP_PROCESSOR_ID, (r1, r2, r3, r4, r5, hc) -> RunContext.of(hc).cpu());
        b.register(HelperId.GET_NUMA_NODE_ID, (r1, r2, r3, r4, r5, hc) -> 0);
        b.register(HelperId.GET_CURRENT_PID_TGID, (r1, r2, r3, r4, r5, hc) -> {
            BpfRuntime.Task t = RunContext.of(hc).runtime().task();
            return (long) t.tgid() << 32 | (t.pid() & 0xffffffffL);
        });
        b.register(HelperId.GET_CURRENT_UID_GID, (r1, r2, r3, r4, r5, hc) -> {
            BpfRuntime.Task t = RunContext.of(hc).runtime().task();
            return (long) t.gid() << 32 | (t.uid() & 0xffffffffL);
        });
        // bpf_get_current_comm(): strscpy_pad into the buffer
        b.register(HelperId.GET_CURRENT_COMM, (r1, r2, r3, r4, r5, hc) -> {
            byte[] comm = RunContext.of(hc).runtime().task().comm().getBytes(StandardCharsets.UTF_8);
            if (r2 <= 0 || r2 > 4096) return -Errno.EINVAL;
            byte[] out = new byte[(int) r2];
            System.arraycopy(comm, 0, out, 0, Math.min(Math.min(comm.length, 15), out.length - 1));
            write(hc, r1, out);
            return 0;
        });
        Helper task = (r1, r2, r3, r4, r5, hc) -> RunContext.of(hc).runtime().task().task();
        b.register(HelperId.GET_CURRENT_TASK, task);
        b.register(HelperId.GET_CURRENT_TASK_BTF, task);
        b.register(HelperId.GET_CURRENT_CGROUP_ID, (r1, r2, r3, r4, r5, hc) -> 1);
        b.register(HelperId.GET_CGROUP_CLASSID, (r1, r2, r3, r4, r5, hc) -> 0);
        // bpf_probe_read_{kernel,user}(): program memory or the runtime's probe memory, else
        // -EFAULT with the destination zeroed
        Helper probe = (r1, r2, r3, r4, r5, hc) -> {
            int n = (int) Math.min(r2 & 0xffffffffL, Integer.MAX_VALUE);
            byte[] src = probeBytes(hc, r3, n);
            if (src == null) {
                zero(hc, r1, n);
                return -Errno.EFAULT;
            }
            write(hc, r1, src);
            return 0;
        };
        b.register(HelperId.PROBE_READ, probe);
        b.register(HelperId.PROBE_READ_KERNEL, probe);
        b.register(HelperId.PROBE_READ_USER, probe);
        // *_str: copies up to size - 1 bytes and a NUL; returns the length with the NUL
        Helper probeStr = (r1, r2, r3, r4, r5, hc) -> {
            int n = (int) Math.min(r2 & 0xffffffffL, Integer.MAX_VALUE);
            if (n == 0) return 0;
            hc.memory().resolve(r1, n, true); // before allocating n bytes
            byte[] out = new byte[n];
            int k = 0;
            for (; k < n - 1; k++) {
                byte[] c = probeBytes(hc, r3 + k, 1);
                if (c == null) {
                    zero(hc, r1, n);
                    return -Errno.EFAULT;
                }
                if (c[0] == 0) break;
                out[k] = c[0];
            }
            hc.memory().write(r1, out, 0, k + 1);
            return k + 1;
        };
        b.register(HelperId.PROBE_READ_STR, probeStr);
        b.register(HelperId.PROBE_READ_KERNEL_STR, probeStr);
        b.register(HelperId.PROBE_READ_USER_STR, probeStr);
    }

    private static byte[] probeBytes(HelperContext hc, long addr, int n) {
        Memory mem = hc.memory();
        if (mem.accessible(addr, n, false)) return mem.read(addr, n);
        return RunContext.of(hc).runtime().probeRead(addr, n);
    }

    // ------------------------------------------------------------------ output

    private static void output(HelperRegistry.Builder b) {
        // bpf_trace_printk(fmt, fmt_size, a, b, c): returns the length written
        b.register(HelperId.TRACE_PRINTK, (r1, r2, r3, r4, r5, hc) -> {
            String fmt = cFormat(hc, r1, r2);
            if (fmt == null) return -Errno.EINVAL;
            BpfPrintf.Result res = BpfPrintf.format(fmt, new long[] {r3, r4, r5}, hc.memory());
            if (res.error() != 0) return res.error();
            RunContext.of(hc).trace(res.text());
            return res.text().length();
        });
        // bpf_trace_vprintk(fmt, fmt_size, args, args_len)
        b.register(HelperId.TRACE_VPRINTK, (r1, r2, r3, r4, r5, hc) -> {
            String fmt = cFormat(hc, r1, r2);
            long[] args = args(hc, r3, r4);
            if (fmt == null || args == null) return -Errno.EINVAL;
            BpfPrintf.Result res = BpfPrintf.format(fmt, args, hc.memory());
            if (res.error() != 0) return res.error();
            RunContext.of(hc).trace(res.text());
            return res.text().length();
        });
        // bpf_snprintf(str, size, fmt, data, data_len): returns the formatted length + 1
        b.register(HelperId.SNPRINTF, (r1, r2, r3, r4, r5, hc) -> {
            long[] args = args(hc, r4, r5);
            if (args == null) return -Errno.EINVAL;
            String fmt = BpfPrintf.cString(hc.memory(), r3);
            BpfPrintf.Result res = BpfPrintf.format(fmt, args, hc.memory());
            if (res.error() != 0) return res.error();
            byte[] text = BpfPrintf.bytes(res.text());
            int size = (int) Math.min(r2 & 0xffffffffL, Integer.MAX_VALUE);
            if (size > 0) {
                int n = Math.min(text.length, size - 1);
                byte[] out = Arrays.copyOf(text, n + 1);
                hc.memory().write(r1, out, 0, n + 1);
            }
            return text.length + 1L;
        });
        // bpf_perf_event_output / bpf_skb_event_output / bpf_xdp_event_output
        Helper perf = (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r2);
            if (!(m instanceof PerfEventArrayMap p)) throw new VmFault(VmFault.Kind.HELPER_FAILED, "not a perf event array");
            byte[] data = read(hc, r4, r5);
            int ctxLen = (int) ((r3 & PerfEventArrayMap.BPF_F_CTXLEN_MASK) >>> 32);
            if (ctxLen > 0) {
                if (rc.type() == ProgramType.XDP || rc.skb() != null) {
                    byte[] pkt = rc.xdp() != null ? rc.xdp().packetBytes() : rc.skb().packetBytes();
                    if (ctxLen > pkt.length) return -Errno.EFAULT;
                    byte[] all = Arrays.copyOf(data, data.length + ctxLen);
                    System.arraycopy(pkt, 0, all, data.length, ctxLen);
                    data = all;
                } else {
                    return -Errno.EINVAL;
                }
            }
            int err = p.progOutput(r3, rc.cpu(), data);
            if (err == 0) rc.event(new OutputEvent(m.name(), rc.cpu(), data));
            return err;
        };
        b.register(HelperId.PERF_EVENT_OUTPUT, perf);
        b.register(HelperId.XDP_OUTPUT, perf);
        b.register(HelperId.RINGBUF_OUTPUT, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            RingBufMap rb = ringbuf(rc.map(r1));
            byte[] data = read(hc, r2, r3);
            int err = rb.progOutput(data, r4);
            if (err == 0) rc.event(new OutputEvent(rb.name(), rc.cpu(), data));
            return err;
        });
        b.register(HelperId.RINGBUF_RESERVE, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            RingBufMap rb = ringbuf(rc.map(r1));
            byte[] sample = rb.progReserve(r2, r3);
            return sample == null ? 0 : rc.addressOf(rb, sample, RegionKind.HELPER_BUFFER);
        });
        b.register(HelperId.RINGBUF_SUBMIT, (r1, r2, r3, r4, r5, hc) -> commit(hc, r1, false));
        b.register(HelperId.RINGBUF_DISCARD, (r1, r2, r3, r4, r5, hc) -> commit(hc, r1, true));
        b.register(HelperId.RINGBUF_QUERY, (r1, r2, r3, r4, r5, hc) -> ringbuf(map(r1, hc)).progQuery(r2));
    }

    private static RingBufMap ringbuf(BpfMap m) {
        if (m instanceof RingBufMap rb) return rb;
        throw new VmFault(VmFault.Kind.HELPER_FAILED, "map '" + m.name() + "' is not a ring buffer");
    }

    private static long commit(HelperContext hc, long sample, boolean discard) {
        RunContext rc = RunContext.of(hc);
        Region r = hc.memory().regionOf(sample);
        if (r == null || r.kind() != RegionKind.HELPER_BUFFER || Memory.index(sample) != r.start()) {
            throw new VmFault(VmFault.Kind.HELPER_FAILED, hc.memory().describe(sample) + " is not a reserved ring buffer sample");
        }
        for (BpfMap m : rc.runtime().maps().maps()) {
            if (m instanceof RingBufMap rb && rb.progCommit(r.array(), discard)) {
                if (!discard) rc.event(new OutputEvent(rb.name(), rc.cpu(), r.array().clone()));
                return 0;
            }
        }
        throw new VmFault(VmFault.Kind.HELPER_FAILED, "ring buffer sample submitted or discarded twice");
    }

    /** The format of trace_printk: fmt_size bytes that must contain a NUL. */
    private static String cFormat(HelperContext hc, long addr, long size) {
        if (size <= 0 || size > 65536) return null;
        byte[] f = read(hc, addr, size);
        int nul = -1;
        for (int i = 0; i < f.length; i++) {
            if (f[i] == 0) {
                nul = i;
                break;
            }
        }
        return nul < 0 ? null : new String(f, 0, nul, StandardCharsets.ISO_8859_1);
    }

    /** Arguments of snprintf/vprintk: data_len a multiple of 8, at most 12 values. */
    private static long[] args(HelperContext hc, long addr, long len) {
        if (len % 8 != 0 || len > 96 || len < 0 || (len > 0 && addr == 0)) return null;
        long[] a = new long[(int) (len / 8)];
        for (int i = 0; i < a.length; i++) a[i] = hc.memory().load(addr + 8L * i, 8);
        return a;
    }

    // ------------------------------------------------------------------ strings, loops

    private static void strings(HelperRegistry.Builder b) {
        // bpf_strncmp(s1, s1_sz, s2) = strncmp(s1, s2, s1_sz): -1, 0 or 1
        b.register(HelperId.STRNCMP, (r1, r2, r3, r4, r5, hc) -> {
            long n = r2 & 0xffffffffL;
            for (long i = 0; i < n; i++) {
                int c1 = (int) hc.memory().load(r1 + i, 1);
                int c2 = (int) hc.memory().load(r3 + i, 1);
                if (c1 != c2) return c1 < c2 ? -1 : 1;
                if (c1 == 0) break;
            }
            return 0;
        });
        // bpf_loop(nr, callback, ctx, flags): callback(i, ctx) until it returns 1
        b.register(HelperId.LOOP, (r1, r2, r3, r4, r5, hc) -> {
            if (r4 != 0) return -Errno.EINVAL;
            long n = r1 & 0xffffffffL;
            if (n > BPF_MAX_LOOPS) return -Errno.E2BIG;
            for (long i = 0; i < n; i++) {
                if (hc.callFunction(r2, i, r3, 0, 0, 0) != 0) return i + 1;
            }
            return n;
        });
    }

    // ------------------------------------------------------------------ XDP

    private static void xdp(HelperRegistry.Builder b) {
        b.register(HelperId.XDP_ADJUST_HEAD, (r1, r2, r3, r4, r5, hc) -> xdp(hc).adjustHead((int) r2));
        b.register(HelperId.XDP_ADJUST_TAIL, (r1, r2, r3, r4, r5, hc) -> xdp(hc).adjustTail((int) r2));
        b.register(HelperId.XDP_ADJUST_META, (r1, r2, r3, r4, r5, hc) -> xdp(hc).adjustMeta((int) r2));
        b.register(HelperId.XDP_GET_BUFF_LEN, (r1, r2, r3, r4, r5, hc) -> xdp(hc).totalLen());
        // bpf_xdp_load_bytes / store_bytes (bpf_xdp_pointer(): -EFAULT above 0xffff, -EINVAL past the end)
        b.register(HelperId.XDP_LOAD_BYTES, (r1, r2, r3, r4, r5, hc) -> {
            long off = r2 & 0xffffffffL;
            long len = r4 & 0xffffffffL;
            if (off > 0xffff || len > 0xffff) return -Errno.EFAULT;
            byte[] v = xdp(hc).load(off, len);
            if (v == null) return -Errno.EINVAL;
            write(hc, r3, v);
            return 0;
        });
        b.register(HelperId.XDP_STORE_BYTES, (r1, r2, r3, r4, r5, hc) -> {
            long off = r2 & 0xffffffffL;
            long len = r4 & 0xffffffffL;
            if (off > 0xffff || len > 0xffff) return -Errno.EFAULT;
            return xdp(hc).store(off, read(hc, r3, len)) ? 0 : -Errno.EINVAL;
        });
    }

    // ------------------------------------------------------------------ skb

    private static void skb(HelperRegistry.Builder b) {
        // bpf_skb_load_bytes(): -EFAULT and a zeroed buffer when out of range
        b.register(HelperId.SKB_LOAD_BYTES, (r1, r2, r3, r4, r5, hc) -> {
            long len = r4 & 0xffffffffL;
            byte[] v = skb(hc).load(r2 & 0xffffffffL, len);
            if (v == null) {
                zero(hc, r3, len);
                return -Errno.EFAULT;
            }
            write(hc, r3, v);
            return 0;
        });
        b.register(HelperId.SKB_LOAD_BYTES_RELATIVE, (r1, r2, r3, r4, r5, hc) -> {
            long len = r4 & 0xffffffffL;
            byte[] v = (r5 & 0xffffffffL) > 1 ? null : skb(hc).loadRelative(r2 & 0xffffffffL, len, (int) r5);
            if (v == null) {
                zero(hc, r3, len);
                return -Errno.EFAULT;
            }
            write(hc, r3, v);
            return 0;
        });
        // bpf_skb_store_bytes(skb, off, from, len, flags): BPF_F_RECOMPUTE_CSUM | BPF_F_INVALIDATE_HASH
        b.register(HelperId.SKB_STORE_BYTES, (r1, r2, r3, r4, r5, hc) -> {
            if ((r5 & ~3L) != 0) return -Errno.EINVAL;
            SkbBuff s = skb(hc);
            long off = r2 & 0xffffffffL;
            if (off > 0xffff) return -Errno.EFAULT;
            if (!s.store(off, read(hc, r3, r4 & 0xffffffffL))) return -Errno.EFAULT;
            if ((r5 & 2) != 0) s.setHash(0);
            return 0;
        });
        b.register(HelperId.L3_CSUM_REPLACE, (r1, r2, r3, r4, r5, hc) -> Checksums.l3Replace(skb(hc), r2, r3, r4, r5));
        b.register(HelperId.L4_CSUM_REPLACE, (r1, r2, r3, r4, r5, hc) -> Checksums.l4Replace(skb(hc), r2, r3, r4, r5));
        b.register(HelperId.CSUM_DIFF, (r1, r2, r3, r4, r5, hc) -> {
            long fromSize = r2 & 0xffffffffL;
            long toSize = r4 & 0xffffffffL;
            if (((fromSize | toSize) & 3) != 0 || fromSize + toSize > 512) return -Errno.EINVAL;
            byte[] from = fromSize == 0 ? new byte[0] : read(hc, r1, fromSize);
            byte[] to = toSize == 0 ? new byte[0] : read(hc, r3, toSize);
            return Checksums.diff(from, to, (int) r5) & 0xffffffffL;
        });
        // skbs of BPF_PROG_TEST_RUN are CHECKSUM_NONE: bpf_csum_update() gives -ENOTSUPP
        b.register(HelperId.CSUM_UPDATE, (r1, r2, r3, r4, r5, hc) -> {
            skb(hc);
            return -Errno.ENOTSUPP;
        });
        b.register(HelperId.SKB_CHANGE_TAIL, (r1, r2, r3, r4, r5, hc) -> r3 != 0 ? -Errno.EINVAL
                : skb(hc).changeTail(r2 & 0xffffffffL));
        b.register(HelperId.SKB_CHANGE_HEAD, (r1, r2, r3, r4, r5, hc) -> r3 != 0 ? -Errno.EINVAL
                : skb(hc).changeHead(r2 & 0xffffffffL));
        b.register(HelperId.SKB_PULL_DATA, (r1, r2, r3, r4, r5, hc) -> (r2 & 0xffffffffL) > skb(hc).len()
                ? -Errno.ENOMEM : 0);
        b.register(HelperId.SKB_VLAN_PUSH, (r1, r2, r3, r4, r5, hc) ->
                skb(hc).vlanPush(Short.reverseBytes((short) r2) & 0xffff, (int) r3 & 0xffff));
        b.register(HelperId.SKB_ADJUST_ROOM, (r1, r2, r3, r4, r5, hc) -> skb(hc).adjustRoom((int) r2, r3 & 0xffffffffL, r4));
        b.register(HelperId.SKB_CHANGE_PROTO, (r1, r2, r3, r4, r5, hc) ->
                skb(hc).changeProto(Short.reverseBytes((short) r2) & 0xffff, r3));
        b.register(HelperId.SKB_VLAN_POP, (r1, r2, r3, r4, r5, hc) -> skb(hc).vlanPop());
        // the kernel hashes the flow with siphash and a random boot-time key: here a seeded
        // deterministic hash of the network header onwards, never 0
        b.register(HelperId.GET_HASH_RECALC, (r1, r2, r3, r4, r5, hc) -> {
            SkbBuff s = skb(hc);
            if (s.hash() == 0) {
                byte[] net = s.networkBytes();
                int h = Arrays.hashCode(Arrays.copyOf(net, Math.min(net.length, 40)))
                        * 0x9e3779b1 ^ (int) RunContext.of(hc).runtime().seed();
                s.setHash(h == 0 ? 1 : h);
            }
            return s.hash() & 0xffffffffL;
        });
        b.register(HelperId.SET_HASH, (r1, r2, r3, r4, r5, hc) -> {
            skb(hc).setHash((int) r2);
            return 0;
        });
        b.register(HelperId.SET_HASH_INVALID, (r1, r2, r3, r4, r5, hc) -> {
            skb(hc).setHash(0);
            return 0;
        });
        // bpf_csum_level(): the test-run skb is CHECKSUM_NONE, so a query is -EACCES and the
        // level changes are no-ops (levels above BPF_CSUM_LEVEL_RESET are -EINVAL)
        b.register(HelperId.CSUM_LEVEL, (r1, r2, r3, r4, r5, hc) -> {
            skb(hc);
            if (r2 == 0) return -13;
            return r2 <= 3 ? 0 : -Errno.EINVAL;
        });
    }

    /**
     * {@code bpf_check_mtu(ctx, ifindex, &mtu_len, len_diff, flags)} on the loopback device (MTU
     * 65536, 14-byte header): 0 or {@code BPF_MTU_CHK_RET_FRAG_NEEDED} (1), the MTU stored back.
     */
    private static long checkMtu(HelperContext hc, long ifindex, long mtuAddr, long lenDiff, long flags) {
        RunContext rc = RunContext.of(hc);
        if ((flags & ~1L) != 0) return -Errno.EINVAL;
        long mtuLen = hc.memory().load(mtuAddr, 4);
        if ((flags & 1) != 0 && (lenDiff != 0 || mtuLen != 0)) return -Errno.EINVAL;
        long ifx = ifindex & 0xffffffffL;
        if (ifx != 0 && ifx != 1) return -Errno.ENODEV;
        long mtu = 65536;
        long len = mtuLen != 0 ? mtuLen + 14 : (rc.xdp() != null ? rc.xdp().totalLen() : rc.skb().len());
        len += (int) lenDiff;
        long ret = len > mtu + 14 ? 1 : 0;
        hc.memory().store(mtuAddr, 4, mtu);
        return ret;
    }

    // ------------------------------------------------------------------ sockets (none exist)

    private static void sockets(HelperRegistry.Builder b) {
        // the simulated packets have no socket and there are no listening sockets to find
        Helper none = (r1, r2, r3, r4, r5, hc) -> 0;
        b.register(HelperId.SK_LOOKUP_TCP, none);
        b.register(HelperId.SK_LOOKUP_UDP, none);
        b.register(HelperId.SKC_LOOKUP_TCP, none);
        b.register(HelperId.SK_RELEASE, none);
        b.register(HelperId.GET_SOCKET_COOKIE, none);
        b.register(HelperId.SKB_CGROUP_ID, none);
        b.register(HelperId.GET_FUNC_IP, none);
        b.register(HelperId.GET_ATTACH_COOKIE, none);
        b.register(HelperId.SEND_SIGNAL, none);
        b.register(HelperId.CHECK_MTU, (r1, r2, r3, r4, r5, hc) -> checkMtu(hc, r2, r3, r4, r5));
        // bpf_get_socket_uid(): overflowuid (65534) for an skb without a full socket
        b.register(HelperId.GET_SOCKET_UID, (r1, r2, r3, r4, r5, hc) -> 65534);
        // bpf_get_stackid(): no call chain to walk in a test run
        b.register(HelperId.GET_STACKID, (r1, r2, r3, r4, r5, hc) -> -Errno.EFAULT);
        // bpf_get_ns_current_pid_tgid(dev, ino, nsdata, size): the task's ids; size must be 8
        b.register(HelperId.GET_NS_CURRENT_PID_TGID, (r1, r2, r3, r4, r5, hc) -> {
            if (r4 != 8) return -Errno.EINVAL;
            BpfRuntime.Task t = RunContext.of(hc).runtime().task();
            hc.memory().store(r3, 4, t.pid());
            hc.memory().store(r3 + 4, 4, t.tgid());
            return 0;
        });
    }

    // ------------------------------------------------------------------ redirects

    private static void redirects(HelperRegistry.Builder b) {
        // bpf_redirect(ifindex, flags): XDP takes no flags (else XDP_ABORTED); TC only BPF_F_INGRESS
        // (else TC_ACT_SHOT)
        b.register(HelperId.REDIRECT, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            long ifindex = r1 & 0xffffffffL;
            if (rc.type() == ProgramType.XDP) {
                if (r2 != 0) return XDP_ABORTED;
                rc.redirect(new Redirect(null, ifindex, r2, ifindex));
                return XDP_REDIRECT;
            }
            if ((r2 & ~BPF_F_INGRESS) != 0) return TC_ACT_SHOT;
            rc.redirect(new Redirect(null, ifindex, r2, ifindex));
            return TC_ACT_REDIRECT;
        });
        // bpf_redirect_map(map, key, flags): the low bits of flags are the action when the key
        // has no target (__bpf_xdp_redirect_map)
        b.register(HelperId.REDIRECT_MAP, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            BpfMap m = rc.map(r1);
            if ((r3 & ~(BPF_F_ACTION_MASK | BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS)) != 0) return XDP_ABORTED;
            if (!(m instanceof RedirectMap rm)) {
                throw new VmFault(VmFault.Kind.HELPER_FAILED, "bpf_redirect_map on map '" + m.name() + "'");
            }
            long key = r2 & 0xffffffffL;
            byte[] t = rm.target(key);
            if (t == null && (r3 & BPF_F_BROADCAST) == 0) return r3 & BPF_F_ACTION_MASK;
            long value = t == null ? 0 : (t[0] & 0xffL) | (t[1] & 0xffL) << 8 | (t[2] & 0xffL) << 16 | (t[3] & 0xffL) << 24;
            rc.redirect(new Redirect(m.name(), key, r3, value));
            return XDP_REDIRECT;
        });
        // bpf_redirect_peer(ifindex, flags) and bpf_redirect_neigh(ifindex, params, plen, flags):
        // flags (or a short params) give TC_ACT_SHOT
        b.register(HelperId.REDIRECT_PEER, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            if (r2 != 0) return TC_ACT_SHOT;
            rc.redirect(new Redirect("peer", r1 & 0xffffffffL, 0, r1 & 0xffffffffL));
            return TC_ACT_REDIRECT;
        });
        b.register(HelperId.REDIRECT_NEIGH, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            if ((r3 != 0 && r3 < 20) || r4 != 0) return TC_ACT_SHOT;
            rc.redirect(new Redirect("neigh", r1 & 0xffffffffL, 0, r1 & 0xffffffffL));
            return TC_ACT_REDIRECT;
        });
        // bpf_clone_redirect(skb, ifindex, flags): only BPF_F_INGRESS; the interface must exist
        b.register(HelperId.CLONE_REDIRECT, (r1, r2, r3, r4, r5, hc) -> {
            RunContext rc = RunContext.of(hc);
            skb(hc);
            if ((r3 & ~BPF_F_INGRESS) != 0) return -Errno.EINVAL;
            if ((r2 & 0xffffffffL) != 1) return -Errno.EINVAL;
            rc.event(new OutputEvent("clone_redirect", rc.cpu(), rc.skb().packetBytes()));
            return 0;
        });
    }

    /** @return ids of the helpers implemented, for documentation and tests */
    public static List<HelperId> implemented() {
        return Arrays.stream(REGISTRY.ids()).mapToObj(HelperId::of).filter(java.util.Objects::nonNull).toList();
    }
}
