/**
 * Running programs without a kernel: {@link io.github.ebpf4j.vm.run.BpfRuntime} mirrors
 * {@code BPF_PROG_TEST_RUN} (net/bpf/test_run.c): a packet and/or context in, the program run
 * {@code repeat} times, and as result the return value with its XDP/TC action name, the output
 * packet and context, trace output, ring buffer and perf events, the redirect target and the
 * instruction count. Maps live as long as the runtime, so a sequence of runs sees the state
 * earlier runs left.
 */
package io.github.ebpf4j.vm.run;
