/**
 * The {@code ebpf4j} command line (Picocli): one {@code Callable<Integer>} class per subcommand,
 * registered in {@link io.github.ebpf4j.cli.Ebpf4j}; {@code ProgramFiles} reads the program
 * files every subcommand takes ({@code .bin}, {@code .hex}, {@code .s}, {@code .data}). Errors
 * of ours ({@link io.github.ebpf4j.vm.EbpfException}) print as one line with a non-zero exit
 * status, never a stack trace.
 */
package io.github.ebpf4j.cli;
