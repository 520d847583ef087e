package io.github.ebpf4j.testkit;

import io.github.ebpf4j.vm.pcap.CapturedPacket;
import io.github.ebpf4j.vm.pcap.Captures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program run over a sequence of captured packets (on the same maps), with each packet's
 * result and verdict; writes the packets of chosen verdicts (as the program left them) to a
 * capture file.
 *
 * @param packets the input packets
 * @param results one result per packet
 */
public record Replay(List<CapturedPacket> packets, List<RunResult> results) {
    /** Copies the lists. */
    public Replay {
        packets = List.copyOf(packets);
        results = List.copyOf(results);
    }

    /** @param i packet index @return its verdict */
    public Verdict verdict(int i) {
        RunResult r = results.get(i);
        return Verdict.of(r.program().type(), r.retval(), r.action());
    }

    /** @return how many packets got each verdict */
    public Map<Verdict, Integer> summary() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) m.put(v, 0);
        for (int i = 0; i < results.size(); i++) m.merge(verdict(i), 1, Integer::sum);
        return m;
    }

    /**
     * @param verdicts which packets to keep
     * @return the output packets of those verdicts with their capture times
     */
    public List<CapturedPacket> output(Verdict... verdicts) {
        Set<Verdict> keep = verdicts.length == 0 ? EnumSet.allOf(Verdict.class) : EnumSet.of(verdicts[0], verdicts);
        List<CapturedPacket> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (keep.contains(verdict(i))) out.add(CapturedPacket.of(packets.get(i).timestampNs(), results.get(i).packetBytes()));
        }
        return out;
    }

    /**
     * Writes the output packets of the given verdicts; pcapng if the name ends in {@code .pcapng},
     * else pcap.
     *
     * @param file where
     * @param verdicts which (all if none given)
     * @throws IOException if it cannot be written
     */
    public void write(Path file, Verdict... verdicts) throws IOException {
        List<CapturedPacket> out = output(verdicts);
        if (file.getFileName().toString().endsWith(".pcapng")) Captures.writePcapNg(file, out);
        else Captures.writePcap(file, out);
    }
}
