package io.github.ebpf4j.vm.asm;

import io.github.ebpf4j.vm.isa.Instruction;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hook through which a {@link Disassembler} names things it cannot know from the bytecode
 * alone: the symbol a jump lands on, the map an {@code lddw} loads, the function a call reaches.
 * The ELF reader implements it from the symbol table and relocations. Every method has a default,
 * so an implementation overrides only what it knows.
 */
public interface Annotator {

    /**
     * The text in angle brackets that {@code llvm-objdump} prints after a jump, for example
     * {@code <.text+0x78>} or {@code <LBB0_1>}. The default names the target relative to the
     * start of a section called {@code .text}, as llvm-objdump does for a section without
     * symbols.
     *
     * @param pc slot of the jump
     * @param targetSlot slot the jump lands on (may lie outside the program, even be negative)
     * @return the annotation including the angle brackets, or null for none
     */
    default String jumpTarget(int pc, long targetSlot) {
        return relativeTo(".text", 0, targetSlot);
    }

    /**
     * @param pc slot of the {@code lddw}
     * @param insn the instruction
     * @return a comment printed after the instruction as {@code " # " + comment} (for example the
     *     name of the map a relocation points at), or null for none (the default)
     */
    default String loadImm64Comment(int pc, Instruction.LoadImm64 insn) {
        return null;
    }

    /**
     * @param pc slot of the call
     * @param insn a {@link Instruction.Call} or {@link Instruction.CallX}
     * @return a comment printed after the instruction as {@code " # " + comment} (for example a
     *     helper's or subprogram's name), or null for none (the default)
     */
    default String callComment(int pc, Instruction insn) {
        return null;
    }

    /** @return an annotator with all defaults: targets relative to {@code .text}, no comments */
    static Annotator none() {
        return new Annotator() {};
    }

    /**
     * Jump targets named as llvm-objdump names them from a symbol table: the nearest symbol at or
     * before the target's byte address (compared as unsigned 64-bit, as addresses are), plus the
     * distance in bytes when it is not zero; the section ({@code .text}) at 0 when no symbol precedes
     * it.
     *
     * @param symbols symbol names by slot
     * @return the annotator
     */
    static Annotator symbols(Map<Integer, String> symbols) {
        return symbols(".text", symbols);
    }

    /**
     * As {@link #symbols(Map)}, for a section of another name.
     *
     * @param section the section's name, used when no symbol precedes a target
     * @param symbols symbol names by slot
     * @return the annotator
     */
    static Annotator symbols(String section, Map<Integer, String> symbols) {
        TreeMap<Long, String> byAddress = new TreeMap<>(Comparator.comparing(Long::longValue, Long::compareUnsigned));
        byAddress.put(0L, section);
        symbols.forEach((slot, name) -> byAddress.put(slot * 8L, name));
        return new Annotator() {
            @Override
            public String jumpTarget(int pc, long targetSlot) {
                long address = targetSlot * 8;
                Map.Entry<Long, String> e = byAddress.floorEntry(address);
                return relativeTo(e.getValue(), e.getKey() / 8, targetSlot);
            }
        };
    }

    /**
     * @param symbol symbol name
     * @param symbolSlot slot of the symbol
     * @param targetSlot slot of the target
     * @return {@code <symbol>} or {@code <symbol+0xN>} with N the byte distance as unsigned hex
     */
    static String relativeTo(String symbol, long symbolSlot, long targetSlot) {
        long delta = (targetSlot - symbolSlot) * 8;
        return delta == 0 ? "<" + symbol + ">" : "<" + symbol + "+0x" + Long.toHexString(delta) + ">";
    }
}
