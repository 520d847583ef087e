/**
 * JMH benchmarks of the interpreter, built only with the Maven profile {@code bench}
 * ({@code mvn -B -Pbench package} makes {@code bench/target/benchmarks.jar}); never part of
 * {@code mvn verify}. The programs are {@code testdata/bench/*.s}; results and the uBPF comparison
 * are in {@code testdata/bench/README.md}.
 */
package io.github.ebpf4j.bench;
