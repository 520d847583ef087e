package io.github.ebpf4j.vm.interp;

/**
 * Gives the 64-bit value of an {@code ld_imm64} whose source field is a pseudo kind the
 * interpreter cannot resolve itself (RFC 9669 5.4: map by fd or index, map value, BTF variable), the
 * way the kernel's verifier replaces them with map pointers and value addresses. A runtime
 * implements this with its maps; the value is typically a {@link Region} address. The interpreter
 * resolves each instruction once, when it first prepares a program, and caches the result.
 */
@FunctionalInterface
public interface PseudoResolver {
    /**
     * @param pc index of the {@code ld_imm64}
     * @param pseudo its src field: {@code BPF_PSEUDO_MAP_FD} (1), {@code _MAP_VALUE} (2),
     *     {@code _BTF_ID} (3), {@code _MAP_IDX} (5) or {@code _MAP_IDX_VALUE} (6)
     * @param imm first slot's imm (fd, index or BTF id)
     * @param nextImm second slot's imm (offset into the value for the VALUE kinds)
     * @return the value to load
     * @throws VmFault if it cannot be resolved
     */
    long resolve(int pc, int pseudo, int imm, int nextImm);
}
