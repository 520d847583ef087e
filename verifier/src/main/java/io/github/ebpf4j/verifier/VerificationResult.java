package io.github.ebpf4j.verifier;

import java.util.List;

/**
 * What the verifier says about a program: the kernel's verdict, where and why it rejects, and
 * its log. A rejection is a result, not an exception.
 *
 * @param accepted the kernel would load the program
 * @param insn index of the failing instruction (the last one the kernel's log shows, or the one
 *     a structural message names), -1 when accepted or when no instruction is involved
 * @param messages the kernel's error line(s) for the failing instruction, the last one being the
 *     line the kernel ends with; empty when accepted
 * @param insnsProcessed instructions processed over all paths ("processed N insns")
 * @param log the verifier log in the kernel's format (empty at log level 0)
 * @param failingValue the register the failing check was about and the instructions that produced
 *     its value; {@link FailingValue#NONE} when accepted or when no register is involved
 */
public record VerificationResult(boolean accepted, int insn, List<String> messages, int insnsProcessed,
        String log, FailingValue failingValue) {

    /** Copies the message list. */
    public VerificationResult {
        messages = List.copyOf(messages);
        java.util.Objects.requireNonNull(failingValue, "failingValue");
    }

    /**
     * A result without an explanation of the failing value.
     *
     * @param accepted the kernel would load the program
     * @param insn failing instruction or -1
     * @param messages error lines
     * @param insnsProcessed instructions processed
     * @param log the verifier log
     */
    public VerificationResult(boolean accepted, int insn, List<String> messages, int insnsProcessed, String log) {
        this(accepted, insn, messages, insnsProcessed, log, FailingValue.NONE);
    }

    /** @return the last error line (the kernel's final message), or "" when accepted */
    public String message() {
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1);
    }
}
