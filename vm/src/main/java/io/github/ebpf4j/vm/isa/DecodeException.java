package io.github.ebpf4j.vm.isa;

import io.github.ebpf4j.vm.EbpfException;

/** An instruction slot that is not a valid eBPF instruction, with its index and the reason. */
public class DecodeException extends EbpfException {
    private static final long serialVersionUID = 1L;
    private final int pc;
    private final int opcode;
    private final String reason;

    /**
     * @param pc index of the offending slot
     * @param opcode its opcode, or -1 when not applicable
     * @param reason why it is invalid
     */
    public DecodeException(int pc, int opcode, String reason) {
        super("insn " + pc + (opcode >= 0 ? String.format(" (opcode 0x%02x)", opcode) : "") + ": " + reason);
        this.pc = pc;
        this.opcode = opcode;
        this.reason = reason;
    }

    /** @return index of the offending slot */
    public int pc() { return pc; }

    /** @return the opcode, or -1 */
    public int opcode() { return opcode; }

    /** @return why the slot is invalid, without the location */
    public String reason() { return reason; }
}
