package io.github.ebpf4j.vm.run;

/**
 * A record a program wrote to a ring buffer or perf event array during a run.
 *
 * @param map the map's name
 * @param cpu the CPU it was written on
 * @param data the sample bytes
 */
public record OutputEvent(String map, int cpu, byte[] data) {
}
