package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.isa.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The kernel facts of {@code testdata/kernel/alu/expected.txt}: programs the Linux kernel ran via
 * kernel-oracle (command recorded on each line), with their results, and how to run each the same
 * way in our interpreter (an XDP-like context whose {@code data}/{@code data_end} fields give packet
 * addresses, or a legacy packet for LD ABS/IND).
 */
final class KernelFacts {
    private KernelFacts() {}

    /**
     * @param name case name
     * @param type xdp or sched_cls
     * @param r0 full 64-bit r0 (xdp: read back from the packet), or null
     * @param retval the kernel's 32-bit retval
     * @param packet input packet
     * @param program the program
     * @param command the kernel-oracle command that produced the fact
     */
    record Fact(String name, String type, Long r0, long retval, byte[] packet, Program program, String command) {
        @Override public String toString() { return name; }
    }

    static Path root() {
        String root = System.getProperty("ebpf4j.root");
        if (root == null) throw new IllegalStateException("system property ebpf4j.root is not set (surefire sets it)");
        return Path.of(root);
    }

    static List<Fact> load() {
        Path dir = root().resolve("testdata/kernel/alu");
        List<Fact> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int bar = line.indexOf(" | ");
                String[] f = line.substring(0, bar).trim().split("\\s+");
                String name = f[0];
                String type = f[1];
                Long r0 = null;
                long retval = 0;
                byte[] pkt = new byte[16];
                for (int i = 2; i < f.length; i++) {
                    String[] kv = f[i].split("=", 2);
                    switch (kv[0]) {
                        case "r0": r0 = Long.parseUnsignedLong(kv[1].substring(2), 16); break;
                        case "retval": retval = Long.parseLong(kv[1]); break;
                        case "pkt": pkt = HexFormat.of().parseHex(kv[1]); break;
                        default: throw new IllegalStateException("expected.txt: unknown field " + f[i]);
                    }
                }
                Program p = Program.fromBytes(hex(Files.readString(dir.resolve(name + ".hex"))));
                out.add(new Fact(name, type, r0, retval, pkt, p, line.substring(bar + 3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static byte[] hex(String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String line : text.split("\n")) {
            int h = line.indexOf('#');
            String l = (h >= 0 ? line.substring(0, h) : line).trim();
            if (l.isEmpty()) continue;
            for (String t : l.split("\\s+")) b.write(Integer.parseInt(t, 16));
        }
        return b.toByteArray();
    }

    /**
     * Runs a fact's program as the kernel-oracle did.
     *
     * @return r0 as our interpreter returns it; for xdp the packet is left in {@code packetOut}
     */
    static long run(Interpreter vm, Fact fact, byte[] packetOut) {
        Memory mem = vm.memory();
        byte[] pkt = fact.packet().clone();
        Region packet = mem.map(RegionKind.PACKET, "pkt", pkt, true);
        Region ctx;
        if (fact.type().equals("xdp")) {
            // struct xdp_md: data at 0, data_end at 4; the kernel turns these u32 loads into pointers
            ctx = mem.map(RegionKind.CONTEXT, "ctx", new byte[24], 0, 24, false, new AccessHook() {
                @Override public long load(Region r, int off, int size) {
                    if (size == 4 && off == 0) return packet.address();
                    if (size == 4 && off == 4) return packet.address(packet.length());
                    throw new VmFault(VmFault.Kind.OUT_OF_BOUNDS, "test ctx: no field at " + off);
                }

                @Override public void store(Region r, int off, int size, long v) {
                    throw new VmFault(VmFault.Kind.READ_ONLY, "test ctx is read-only");
                }
            });
        } else {
            ctx = mem.map(RegionKind.CONTEXT, "ctx", new byte[192], false);
            // sched_cls test run: skb->data at the Ethernet header, network header after 14 bytes
            mem.setLegacyPacket(packet, 0, 14);
        }
        try {
            return vm.run(fact.program(), ctx.address());
        } finally {
            System.arraycopy(pkt, 0, packetOut, 0, Math.min(pkt.length, packetOut.length));
            mem.setLegacyPacket(null, 0, 0);
            mem.unmap(ctx);
            mem.unmap(packet);
        }
    }
}
