package io.github.ebpf4j.vm.asm;

import io.github.ebpf4j.vm.isa.AluOp;
import io.github.ebpf4j.vm.isa.AtomicOp;
import io.github.ebpf4j.vm.isa.DecodeException;
import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Instruction;
import io.github.ebpf4j.vm.isa.JumpOp;
import io.github.ebpf4j.vm.isa.Operand;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.isa.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prints instructions in LLVM's BPF syntax, exactly as {@code llvm-objdump-19 -d
 * --no-show-raw-insn} prints them ({@code r0 = *(u32 *)(r1 + 0x4)}, {@code if w1 s> 0x3 goto
 * +0x5 <.text+0x78>}, {@code r1 = 0x1234 ll}, ...), and lays a program out as it does: the slot
 * index right-aligned in eight columns, a colon, a tab, the text.
 *
 * <p>Two dialects match llvm-objdump's two outputs: {@link Dialect#DEFAULT} is plain {@code
 * llvm-objdump -d}, {@link Dialect#ALU32} is {@code llvm-objdump -d --mcpu=v3} (or v4), which names
 * the 32-bit subregisters {@code w0..w10} in 8/16/32-bit loads, stores and atomics. One divergence
 * from LLVM, on purpose: without alu32, llvm-objdump prints {@code <unknown>} for the 32-bit
 * atomics other than {@code lock ... +=}, and prints a 32-bit {@code atomic_fetch_add} as if it
 * did not fetch; we print those nine instructions in the ALU32 dialect's text instead, so that
 * nothing valid is lost.
 *
 * <p>LLVM's syntax itself cannot tell apart three encodings: a bpf-to-bpf call prints like a
 * helper call ({@code call -0x1}), a kfunc call too, {@code ld_pseudo} drops the immediate of
 * its second slot, and an indirect packet load drops its immediate ({@code skb[r3]}). With
 * {@link #withExtensions(boolean) extensions} on, those print in a form that {@link Assembler}
 * reads back exactly: {@code call pc-0x1}, {@code call kfunc 0x5, 0x1} (BTF id, then the
 * {@code off} field when it is not zero), {@code ld_pseudo r1, 0x2, 0x5, 0x7},
 * {@code r0 = *(u8 *)skb[r3 + 0x4]}.
 *
 * <p>A slot that the strict {@link Decoder} rejects prints as {@code <unknown>}, as llvm-objdump
 * prints an encoding it does not know (LLVM ignores some reserved fields that the strict decoder
 * checks, so on such invalid encodings the two may differ). Instances are immutable.
 */
public final class Disassembler {

    /** Which llvm-objdump output to reproduce. */
    public enum Dialect {
        /** {@code llvm-objdump -d}: 64-bit register names in loads, stores and atomics. */
        DEFAULT,
        /** {@code llvm-objdump -d --mcpu=v3}: {@code wN} for 8/16/32-bit loads, stores, atomics. */
        ALU32
    }

    /** The text llvm-objdump prints for an encoding it cannot decode. */
    public static final String UNKNOWN = "<unknown>";

    private final Dialect dialect;
    private final Annotator annotator;
    private final boolean extensions;

    private Disassembler(Dialect dialect, Annotator annotator, boolean extensions) {
        this.dialect = Objects.requireNonNull(dialect);
        this.annotator = Objects.requireNonNull(annotator);
        this.extensions = extensions;
    }

    /** @return llvm-objdump's default text, jump targets relative to {@code .text}, no extensions */
    public static Disassembler llvm() {
        return new Disassembler(Dialect.DEFAULT, Annotator.none(), false);
    }

    /** @param d the dialect @return a copy with that dialect */
    public Disassembler withDialect(Dialect d) {
        return new Disassembler(d, annotator, extensions);
    }

    /** @param a the annotator @return a copy with that annotator */
    public Disassembler withAnnotator(Annotator a) {
        return new Disassembler(dialect, a, extensions);
    }

    /**
     * @param on print local calls, kfunc calls and pseudo {@code lddw} in ebpf4j's reassemblable
     *     extension syntax (see the class comment)
     * @return a copy with that setting
     */
    public Disassembler withExtensions(boolean on) {
        return new Disassembler(dialect, annotator, on);
    }

    /**
     * Disassembles a program, one line per instruction (an {@code lddw}'s second slot has none).
     *
     * @param program the program
     * @return lines like {@code "       0:\tr0 = 0x1"}, in llvm-objdump's layout
     */
    public List<String> lines(Program program) {
        List<String> out = new ArrayList<>();
        for (int pc = 0; pc < program.size(); ) {
            Instruction insn = tryDecode(program, pc);
            String text = insn == null ? UNKNOWN : text(insn, pc);
            out.add(String.format("%8d:\t%s", pc, text));
            pc += insn == null ? 1 : insn.width();
        }
        return out;
    }

    /**
     * @param program the program
     * @return {@link #lines(Program)} joined, each line ending in a newline
     */
    public String listing(Program program) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines(program)) sb.append(line).append('\n');
        return sb.toString();
    }

    /**
     * A section as llvm-objdump prints it after its file line: {@code Disassembly of section
     * NAME:}, then before the instructions at each symbol a blank line and a header such as
     * {@code 0000000000000028 <LBB0_1>:} (the section's own name when no symbol is at slot 0).
     * Jump targets are named by this disassembler's {@link Annotator}; pass one built with
     * {@link Annotator#symbols(String, Map)} from the same symbols to get llvm-objdump's names.
     *
     * @param section the section's name, e.g. {@code .text} or {@code xdp}
     * @param program its instructions
     * @param symbols symbol names by slot (at most one per slot)
     * @return the text, each line ending in a newline
     */
    public String sectionListing(String section, Program program, Map<Integer, String> symbols) {
        StringBuilder sb = new StringBuilder("Disassembly of section ").append(section).append(":\n");
        if (!symbols.containsKey(0)) header(sb, 0, section);
        for (int pc = 0; pc < program.size(); ) {
            String symbol = symbols.get(pc);
            if (symbol != null) header(sb, pc, symbol);
            Instruction insn = tryDecode(program, pc);
            sb.append(String.format("%8d:\t%s", pc, insn == null ? UNKNOWN : text(insn, pc))).append('\n');
            pc += insn == null ? 1 : insn.width();
        }
        return sb.toString();
    }

    private static void header(StringBuilder sb, int pc, String name) {
        sb.append(String.format("%n%016x <%s>:%n", pc * 8L, name));
    }

    /**
     * @param program the program
     * @param pc slot index
     * @return the text of the instruction starting at {@code pc}, or {@link #UNKNOWN}
     */
    public String text(Program program, int pc) {
        Instruction insn = tryDecode(program, pc);
        return insn == null ? UNKNOWN : text(insn, pc);
    }

    private static Instruction tryDecode(Program program, int pc) {
        try {
            return Decoder.decode(program, pc, Decoder.Mode.STRICT);
        } catch (DecodeException e) {
            return null;
        }
    }

    /**
     * @param insn an instruction
     * @param pc its slot index (for jump targets and annotations)
     * @return its text, without index or newline
     */
    public String text(Instruction insn, int pc) {
        if (insn instanceof Instruction.Alu a) return alu(a);
        if (insn instanceof Instruction.Endian e) return endian(e);
        if (insn instanceof Instruction.Load l) return load(l);
        if (insn instanceof Instruction.Store s) return store(s);
        if (insn instanceof Instruction.Atomic a) return atomic(a);
        if (insn instanceof Instruction.LoadImm64 l) return comment(loadImm64(l), annotator.loadImm64Comment(pc, l));
        if (insn instanceof Instruction.PacketLoad p) return packetLoad(p);
        if (insn instanceof Instruction.Jump j) return jump(j, pc);
        if (insn instanceof Instruction.Call c) return comment(call(c, pc), annotator.callComment(pc, c));
        if (insn instanceof Instruction.CallX c) return comment("callx r" + c.reg(), annotator.callComment(pc, c));
        return "exit";
    }

    private static String comment(String text, String comment) {
        return comment == null ? text : text + " # " + comment;
    }

    private static String reg(boolean w, int n) {
        return (w ? "w" : "r") + n;
    }

    /** Signed hexadecimal as LLVM's BPF printer writes immediates: {@code 0x7}, {@code -0x1}. */
    static String hex(long v) {
        if (v < 0) {
            return v == Long.MIN_VALUE ? "-0x8000000000000000" : "-0x" + Long.toHexString(-v);
        }
        return "0x" + Long.toHexString(v);
    }

    /** Offsets and jump displacements: always signed, {@code +0x0}. */
    private static String signedHex(long v) {
        return v < 0 ? hex(v) : "+" + hex(v);
    }

    private static String memRef(int base, short off) {
        return "r" + base + (off < 0 ? " - " + hex(-(long) off) : " + " + hex(off));
    }

    private static String aluOperator(AluOp op) {
        switch (op) {
            case ADD: return "+=";
            case SUB: return "-=";
            case MUL: return "*=";
            case DIV: return "/=";
            case SDIV: return "s/=";
            case OR: return "|=";
            case AND: return "&=";
            case LSH: return "<<=";
            case RSH: return ">>=";
            case MOD: return "%=";
            case SMOD: return "s%=";
            case XOR: return "^=";
            case MOV: return "=";
            case ARSH: return "s>>=";
            default: throw new IllegalArgumentException(op.toString());
        }
    }

    private static String alu(Instruction.Alu a) {
        boolean w = !a.is64();
        String dst = reg(w, a.dst());
        switch (a.op()) {
            case NEG: return dst + " = -" + dst;
            case MOVSX8: return dst + " = (s8)" + reg(w, ((Operand.Reg) a.src()).n());
            case MOVSX16: return dst + " = (s16)" + reg(w, ((Operand.Reg) a.src()).n());
            case MOVSX32: return dst + " = (s32)" + reg(w, ((Operand.Reg) a.src()).n());
            default:
                String src = a.src() instanceof Operand.Reg r ? reg(w, r.n()) : hex(((Operand.Imm) a.src()).value());
                return dst + " " + aluOperator(a.op()) + " " + src;
        }
    }

    private static String endian(Instruction.Endian e) {
        String name = switch (e.kind()) {
            case TO_LE -> "le";
            case TO_BE -> "be";
            case BSWAP -> "bswap";
        };
        return "r" + e.dst() + " = " + name + e.bits() + " r" + e.dst();
    }

    private boolean subregister(Size size) {
        return dialect == Dialect.ALU32 && size != Size.DW;
    }

    private String load(Instruction.Load l) {
        String type = l.signExtend() ? "s" + l.size().bytes() * 8 : l.size().cType();
        boolean w = !l.signExtend() && subregister(l.size());
        return reg(w, l.dst()) + " = *(" + type + " *)(" + memRef(l.src(), l.off()) + ")";
    }

    private String store(Instruction.Store s) {
        String value = s.value() instanceof Operand.Reg r ? reg(subregister(s.size()), r.n())
                : hex(((Operand.Imm) s.value()).value());
        return "*(" + s.size().cType() + " *)(" + memRef(s.dst(), s.off()) + ") = " + value;
    }

    private String atomic(Instruction.Atomic a) {
        boolean is32 = a.size() == Size.W;
        String mem = memRef(a.dst(), a.off());
        String type = a.size().cType();
        // LLVM without alu32 only knows the non-fetching 32-bit add, which it prints with rN
        boolean w = is32 && (dialect == Dialect.ALU32 || a.fetch() || a.op() != AtomicOp.ADD);
        String src = reg(w, a.src());
        switch (a.op()) {
            case XCHG:
                return src + " = xchg" + (is32 ? "32_32" : "_64") + "(" + mem + ", " + src + ")";
            case CMPXCHG:
                return reg(w, 0) + " = cmpxchg" + (is32 ? "32_32" : "_64") + "(" + mem + ", "
                        + reg(w, 0) + ", " + src + ")";
            default:
                String name = a.op().name().toLowerCase(java.util.Locale.ROOT);
                if (a.fetch()) {
                    return src + " = atomic_fetch_" + name + "((" + type + " *)(" + mem + "), " + src + ")";
                }
                String op = switch (a.op()) {
                    case ADD -> "+=";
                    case OR -> "|=";
                    case AND -> "&=";
                    default -> "^=";
                };
                return "lock *(" + type + " *)(" + mem + ") " + op + " " + src;
        }
    }

    private String loadImm64(Instruction.LoadImm64 l) {
        if (l.pseudo() == 0) return "r" + l.dst() + " = " + hex(l.value()) + " ll";
        String text = "ld_pseudo\tr" + l.dst() + ", " + hex(l.pseudo()) + ", 0x" + Integer.toHexString(l.imm());
        if (extensions && l.nextImm() != 0) text += ", 0x" + Integer.toHexString(l.nextImm());
        return text;
    }

    private String packetLoad(Instruction.PacketLoad p) {
        String index = p.indirect() ? "r" + p.src() : hex(p.imm());
        if (extensions && p.indirect() && p.imm() != 0) index += " + " + hex(p.imm());
        return "r0 = *(" + p.size().cType() + " *)skb[" + index + "]";
    }

    private String jump(Instruction.Jump j, int pc) {
        String target = annotator.jumpTarget(pc, (long) pc + 1 + j.offset());
        String tail = signedHex(j.offset()) + (target == null ? "" : " " + target);
        if (j.op() == JumpOp.JA) return (j.is32() ? "gotol " : "goto ") + tail;
        boolean w = j.is32();
        String src = j.src() instanceof Operand.Reg r ? reg(w, r.n()) : hex(((Operand.Imm) j.src()).value());
        return "if " + reg(w, j.dst()) + " " + j.op().llvmOperator() + " " + src + " goto " + tail;
    }

    private String call(Instruction.Call c, int pc) {
        if (extensions) {
            switch (c.kind()) {
                case LOCAL:
                    return "call pc" + signedHex(c.imm());
                case KFUNC:
                    return "call kfunc " + hex(c.imm()) + (c.off() != 0 ? ", " + hex(c.off()) : "");
                default:
                    break;
            }
        }
        return "call " + hex(c.imm());
    }
}
