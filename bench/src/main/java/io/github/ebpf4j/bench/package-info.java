/**
 * JMH benchmarks, built only with the Maven profile {@code bench} ({@code mvn -B -Pbench package}
 * makes {@code bench/target/benchmarks.jar}); never part of {@code mvn verify}. The interpreter
 * runs {@code testdata/bench/*.s} ({@link io.github.ebpf4j.bench.InterpreterBenchmark}, compared
 * with uBPF); the verifier verifies the largest objects of {@code testdata/obj}
 * ({@link io.github.ebpf4j.bench.VerifierBenchmark}, compared with the kernel's own verification
 * time). Results are in {@code testdata/bench/README.md}.
 */
package io.github.ebpf4j.bench;
