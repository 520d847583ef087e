package io.github.ebpf4j.elf;

/**
 * An extern the object needs from its loader, found the way libbpf's
 * {@code bpf_object__collect_externs()} finds them: undefined GLOBAL/WEAK NOTYPE symbols with a
 * BTF VAR or FUNC in the {@code .kconfig} or {@code .ksyms} DATASEC.
 *
 * @param name symbol name
 * @param kind where its value comes from
 * @param weak declared {@code __weak}: may stay unresolved (reads as 0)
 * @param function a kernel function ({@code .ksyms} FUNC, called as a kfunc)
 * @param btfTypeId its BTF VAR or FUNC
 * @param size kconfig: value size in bytes, else 0
 * @param dataOffset kconfig: offset of its value in the {@code .kconfig} map, else -1
 */
public record Extern(String name, Kind kind, boolean weak, boolean function, int btfTypeId, int size,
        int dataOffset) {

    /** Where an extern's value comes from. */
    public enum Kind {
        /** {@code __kconfig}: a kernel configuration value, stored in the {@code .kconfig} map. */
        KCONFIG,
        /** {@code __ksym}: a kernel symbol address or function. */
        KSYM
    }
}
