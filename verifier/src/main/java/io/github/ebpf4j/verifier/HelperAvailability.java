package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which helpers each program type may call ({@code get_func_proto()} per program type). The table
 * is a kernel fact: {@code helper-availability.txt} was produced by asking Linux 6.18 through
 * kernel-oracle (testdata/verifier/tools/probe-helpers.sh). Helpers absent from the table are
 * assumed available and their prototype decides.
 */
final class HelperAvailability {
    private HelperAvailability() {}

    private static final Map<ProgramType, Set<HelperId>> DENIED = new EnumMap<>(ProgramType.class);
    private static final Map<ProgramType, Set<HelperId>> PROBED = new EnumMap<>(ProgramType.class);

    static {
        try (InputStream in = HelperAvailability.class.getResourceAsStream("helper-availability.txt")) {
            if (in == null) throw new IllegalStateException("helper-availability.txt missing from the verifier jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+");
                ProgramType t = ProgramType.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
                HelperId h = HelperId.of(Integer.parseInt(f[1]));
                PROBED.computeIfAbsent(t, k -> EnumSet.noneOf(HelperId.class)).add(h);
                if (f[2].equals("denied")) DENIED.computeIfAbsent(t, k -> EnumSet.noneOf(HelperId.class)).add(h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param t program type @param h helper @return whether a program of type t may call h */
    static boolean allowed(ProgramType t, HelperId h) {
        Set<HelperId> d = DENIED.get(t);
        return d == null || !d.contains(h);
    }
}
