package io.github.ebpf4j.elf;

/**
 * A relocation of one instruction, classified the way libbpf's {@code bpf_program__record_reloc()}
 * classifies them ({@code enum reloc_type}).
 *
 * @param insn instruction index (within its function, later within the linked program)
 * @param kind what it refers to
 * @param mapIndex LD64/DATA: index of the map in the object
 * @param symOff CALL/SUBPROG_ADDR/DATA: the symbol's value (byte offset in its section)
 * @param externIndex EXTERN_*: index into the object's externs
 */
record Relo(int insn, Kind kind, int mapIndex, long symOff, int externIndex) {
    enum Kind { CALL, SUBPROG_ADDR, LD64, DATA, EXTERN_LD64, EXTERN_CALL }

    Relo at(int newInsn) {
        return new Relo(newInsn, kind, mapIndex, symOff, externIndex);
    }
}
