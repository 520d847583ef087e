package io.github.ebpf4j.testkit;

import io.github.ebpf4j.testkit.packet.Packet;
import io.github.ebpf4j.vm.prog.TcAction;
import io.github.ebpf4j.vm.prog.XdpAction;
import io.github.ebpf4j.vm.run.OutputEvent;
import io.github.ebpf4j.vm.run.Redirect;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;

/**
 * Assertions in eBPF terms. Every failure message explains the run: the return value and action,
 * the exit taken with its C source line, the input packet and the last instructions executed.
 *
 * <pre>{@code
 * assertThat(result).hasAction(XdpAction.XDP_DROP);
 * assertThat(fw.map("verdicts")).containsKey(Bytes.u32(1));
 * }</pre>
 */
public final class BpfAssertions {
    private BpfAssertions() {}

    /** @param r a run @return assertions on it */
    public static RunAssert assertThat(RunResult r) { return new RunAssert(r); }

    /** @param m a map @return assertions on its contents */
    public static MapAssert assertThat(TestMap m) { return new MapAssert(m); }

    /** Assertions on one run. */
    public static final class RunAssert {
        private final RunResult r;

        RunAssert(RunResult r) { this.r = r; }

        private RunAssert fail(String what) {
            return Assertions.fail(what + "\n" + r.explain());
        }

        /** @param action e.g. {@code "XDP_DROP"}, {@code "TC_ACT_SHOT"} @return this */
        public RunAssert hasAction(String action) {
            if (!action.equals(r.action())) fail("expected action " + action + " but was " + r.action() + " (" + r.retval() + ")");
            return this;
        }

        /** @param a expected XDP action @return this */
        public RunAssert hasAction(XdpAction a) { return hasAction(a.name()); }

        /** @param a expected TC action @return this */
        public RunAssert hasAction(TcAction a) { return hasAction(a.name()); }

        /** @param value expected return value (32 bits, unsigned) @return this */
        public RunAssert returned(long value) {
            if (r.retval() != (value & 0xffffffffL)) fail("expected return value " + value + " but was " + r.retval());
            return this;
        }

        /** @param ifindex the interface (bpf_redirect) or map value (bpf_redirect_map) expected @return this */
        public RunAssert redirectedTo(long ifindex) {
            Redirect d = r.redirect().orElse(null);
            if (d == null) fail("expected a redirect to " + ifindex + " but the program asked for none");
            else if (d.value() != ifindex) fail("expected a redirect to " + ifindex + " but was " + d);
            return this;
        }

        /** @param expected the whole output packet @return this */
        public RunAssert hasPacket(Packet expected) {
            byte[] want = expected.bytes();
            if (!Arrays.equals(want, r.packetBytes())) {
                fail("output packet differs\nexpected " + expected + "\nbut was " + r.packet());
            }
            return this;
        }

        /**
         * @param check assertions on the parsed output packet ({@code p -> assertEquals(63, p.get(Ipv4.class).ttl())})
         * @return this
         */
        public RunAssert packet(Consumer<Packet> check) {
            try {
                check.accept(r.packet());
            } catch (AssertionError e) {
                fail("output packet: " + e.getMessage() + "\noutput " + r.packet());
            }
            return this;
        }

        /** @return this, if every checksum of the output packet is right */
        public RunAssert hasValidChecksums() {
            var errors = r.packet().checksumErrors();
            if (!errors.isEmpty()) fail("output packet has wrong checksums: " + errors + "\noutput " + r.packet());
            return this;
        }

        /** @param n expected number of ring buffer / perf events @return this */
        public RunAssert hasEvents(int n) {
            if (r.events().size() != n) fail("expected " + n + " events but there were " + r.events().size() + ": " + events());
            return this;
        }

        /** @param map ring buffer or perf array name @param data expected sample bytes @return this */
        public RunAssert hasEvent(String map, byte[] data) {
            for (OutputEvent e : r.events()) if (e.map().equals(map) && Arrays.equals(e.data(), data)) return this;
            return fail("no event " + Bytes.toHex(data) + " in " + map + "; events: " + events());
        }

        /** @param text expected substring of a {@code bpf_printk} line @return this */
        public RunAssert printed(String text) {
            for (String l : r.traceOutput()) if (l.contains(text)) return this;
            return fail("no bpf_printk output contains '" + text + "'; output: " + r.traceOutput());
        }

        private String events() {
            StringBuilder sb = new StringBuilder("[");
            for (OutputEvent e : r.events()) sb.append(sb.length() > 1 ? ", " : "").append(e.map()).append(':').append(Bytes.toHex(e.data()));
            return sb.append(']').toString();
        }
    }

    /** Assertions on a map's contents after runs. */
    public static final class MapAssert {
        private final TestMap m;

        MapAssert(TestMap m) { this.m = m; }

        private MapAssert fail(String what) {
            RunResult last = m.object().lastRun();
            return Assertions.fail("map '" + m.name() + "': " + what + (last == null ? "" : "\nlast run: " + last.explain()));
        }

        /** @param key key bytes @return this */
        public MapAssert containsKey(byte[] key) {
            if (!m.contains(key)) fail("expected key " + Bytes.toHex(key) + " to be present; entries: " + dump());
            return this;
        }

        /** @param key key bytes @return this */
        public MapAssert doesNotContainKey(byte[] key) {
            if (m.contains(key)) fail("expected key " + Bytes.toHex(key) + " to be absent, value " + Bytes.toHex(m.get(key).orElseThrow()));
            return this;
        }

        /** @param key key bytes @param value the value as user space reads it @return this */
        public MapAssert containsEntry(byte[] key, byte[] value) {
            byte[] v = m.get(key).orElse(null);
            if (v == null) fail("expected key " + Bytes.toHex(key) + " = " + Bytes.toHex(value) + " but the key is absent; entries: " + dump());
            else if (!Arrays.equals(v, value)) fail("expected key " + Bytes.toHex(key) + " = " + Bytes.toHex(value) + " but was " + Bytes.toHex(v));
            return this;
        }

        /** @param key key of a (per-CPU) u64 counter @param sum expected total over CPUs @return this */
        public MapAssert hasCounter(byte[] key, long sum) {
            long got = m.sumU64(key);
            if (got != sum) fail("expected counter " + Bytes.toHex(key) + " = " + sum + " but was " + got);
            return this;
        }

        /** @param n expected number of entries @return this */
        public MapAssert hasSize(int n) {
            int got = m.size();
            if (got != n) fail("expected " + n + " entries but there are " + got + ": " + dump());
            return this;
        }

        private String dump() {
            StringBuilder sb = new StringBuilder("{");
            int shown = 0;
            for (var e : m.entries()) {
                if (shown++ == 16) { sb.append(", ..."); break; }
                sb.append(shown > 1 ? ", " : "").append(Bytes.toHex(e.key())).append('=').append(Bytes.toHex(e.value()));
            }
            return sb.append('}').toString();
        }
    }
}
