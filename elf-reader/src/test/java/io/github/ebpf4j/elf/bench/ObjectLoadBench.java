package io.github.ebpf4j.elf.bench;


import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link ObjectLoadBenchmark} under JMH from Maven's bench profile and prints ms and MB/s per object. */
class ObjectLoadBench {
    @Test
    void run() throws Exception {
        String root = System.getProperty("ebpf4j.root", "..");
        Options opts = new OptionsBuilder().include(ObjectLoadBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Debpf4j.root=" + root).build();
        for (RunResult r : new Runner(opts).run()) {
            String file = r.getParams().getParam("file");
            double ms = r.getPrimaryResult().getScore();
            long size = Files.size(Path.of(root, file));
            System.out.printf("%s: %d bytes, %.3f ms/load, %.1f MB/s%n", file, size, ms, size / 1e3 / ms);
        }
    }
}
