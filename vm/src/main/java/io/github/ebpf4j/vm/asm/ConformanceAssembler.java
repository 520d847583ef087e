package io.github.ebpf4j.vm.asm;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Assembles the mnemonic syntax of the bpf_conformance suite ({@code mov32 %r0, 1},
 * {@code ldxw %r0, [%r1+4]}, {@code lock fetch add [%r10-8], %r1}, {@code call local func1}),
 * exactly as that suite's README describes it:
 *
 * <ul>
 *   <li>one instruction per line, mnemonic then whitespace-separated operands, one trailing
 *       {@code ,} per operand dropped; {@code #} starts a comment;
 *   <li>a line whose first word ends with {@code :} defines a label at the next instruction (the
 *       rest of the line is ignored); the first {@code exit} also defines the label {@code exit}
 *       unless a label of that name exists;
 *   <li>registers {@code %r0} to {@code %r15} (11 to 15 only exist for negative tests);
 *   <li>{@code IMM}: decimal fitting int32, or {@code 0x} hex fitting 32 bits taken as the bit
 *       pattern; {@code lddw}'s operand: any 64-bit hex or decimal;
 *   <li>memory operands {@code [%rN]}, {@code [%rN+OFF]}, {@code [%rN-OFF]} with OFF decimal, or
 *       hex after {@code +}, fitting int16;
 *   <li>jump targets {@code +N}, {@code -N} (slots after the next one) or a label.
 * </ul>
 *
 * Anything else (unknown mnemonic, wrong operand count, value out of range, unknown or duplicate
 * label) is an {@link AssemblerException} with the line and column of the offending token.
 * Reserved fields are always encoded as zero, so the result of every valid line is a valid
 * instruction.
 */
public final class ConformanceAssembler {
    private ConformanceAssembler() {}

    /**
     * @param text assembly text, one instruction per line
     * @return the program (LD IMM64 takes two slots)
     * @throws AssemblerException at the first error, with its line and column
     */
    public static Program assemble(String text) {
        return new Pass().run(text);
    }

    private static final Map<String, Integer> ALU_OPS = Map.ofEntries(
            Map.entry("add", BPF_ADD), Map.entry("sub", BPF_SUB), Map.entry("mul", BPF_MUL),
            Map.entry("div", BPF_DIV), Map.entry("sdiv", BPF_DIV), Map.entry("or", BPF_OR),
            Map.entry("and", BPF_AND), Map.entry("lsh", BPF_LSH), Map.entry("rsh", BPF_RSH),
            Map.entry("mod", BPF_MOD), Map.entry("smod", BPF_MOD), Map.entry("xor", BPF_XOR),
            Map.entry("mov", BPF_MOV), Map.entry("arsh", BPF_ARSH));

    private static final Map<String, Integer> JMP_OPS = Map.ofEntries(
            Map.entry("jeq", BPF_JEQ), Map.entry("jgt", BPF_JGT), Map.entry("jge", BPF_JGE),
            Map.entry("jset", BPF_JSET), Map.entry("jne", BPF_JNE), Map.entry("jsgt", BPF_JSGT),
            Map.entry("jsge", BPF_JSGE), Map.entry("jlt", BPF_JLT), Map.entry("jle", BPF_JLE),
            Map.entry("jslt", BPF_JSLT), Map.entry("jsle", BPF_JSLE));

    private static final Map<String, Integer> SIZES = Map.of(
            "b", BPF_B, "h", BPF_H, "w", BPF_W, "dw", BPF_DW);

    private static final Map<String, Integer> ATOMIC_OPS = Map.of(
            "add", BPF_ADD, "or", BPF_OR, "and", BPF_AND, "xor", BPF_XOR,
            "xchg", BPF_XCHG, "cmpxchg", BPF_CMPXCHG);

    private static final Pattern ENDIAN = Pattern.compile("(le|be|swap|bswap)(16|32|64)");
    private static final Pattern REGISTER = Pattern.compile("%r(\\d|1[0-5])");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+");

    /** A whitespace-separated word of a line and its 1-based column. */
    private record Token(String text, int column) {}

    /** A jump or local call whose target is a label, patched once all labels are known. */
    private record Fixup(int slot, boolean inImm, Token label, int line) {}

    /** The state of one assembly run. */
    private static final class Pass {
        private final List<Long> slots = new ArrayList<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private final List<Fixup> fixups = new ArrayList<>();
        private int exitSlot = -1;
        private int line;

        Program run(String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line = i + 1;
                assembleLine(lines[i]);
            }
            if (exitSlot >= 0) labels.putIfAbsent("exit", exitSlot);
            for (Fixup f : fixups) {
                line = f.line();
                Integer target = labels.get(f.label().text());
                if (target == null) throw error(f.label(), "unknown label '" + f.label().text() + "'");
                long offset = (long) target - (f.slot() + 1);
                long w = slots.get(f.slot());
                if (f.inImm()) {
                    w = (w & 0xffffffffL) | offset << 32;
                } else {
                    if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
                        throw error(f.label(), "jump to '" + f.label().text() + "' is " + offset
                                + " slots away, out of the 16-bit offset range");
                    }
                    w = (w & ~0xffff0000L) | (offset & 0xffffL) << 16;
                }
                slots.set(f.slot(), w);
            }
            long[] words = new long[slots.size()];
            for (int i = 0; i < words.length; i++) words[i] = slots.get(i);
            return Program.of(words);
        }

        private void assembleLine(String raw) {
            int hash = raw.indexOf('#');
            String text = hash >= 0 ? raw.substring(0, hash) : raw;
            List<Token> tokens = tokenize(text);
            if (tokens.isEmpty()) return;
            Token first = tokens.get(0);
            if (first.text().endsWith(":")) {
                String name = first.text().substring(0, first.text().length() - 1);
                if (name.isEmpty()) throw error(first, "empty label name");
                if (labels.putIfAbsent(name, slots.size()) != null) {
                    throw error(first, "duplicate label '" + name + "'");
                }
                return;
            }
            List<Token> ops = tokens.subList(1, tokens.size());
            instruction(first, ops);
        }

        private static List<Token> tokenize(String text) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) i++;
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                if (i > start) {
                    String word = text.substring(start, i);
                    if (out.size() > 0 && word.endsWith(",")) word = word.substring(0, word.length() - 1);
                    if (!word.isEmpty()) out.add(new Token(word, start + 1));
                }
            }
            return out;
        }

        private void instruction(Token mn, List<Token> ops) {
            String m = mn.text();
            if (m.equals("exit")) {
                count(mn, ops, 0);
                if (exitSlot < 0) exitSlot = slots.size();
                emit(EXIT, 0, 0, 0, 0);
                return;
            }
            if (m.equals("lddw")) {
                count(mn, ops, 2);
                int dst = reg(ops.get(0));
                long v = imm64(ops.get(1));
                emit(LD_IMM64, dst, 0, 0, (int) v);
                emit(0, 0, 0, 0, (int) (v >>> 32));
                return;
            }
            if (m.equals("ja") || m.equals("ja32")) {
                count(mn, ops, 1);
                boolean is32 = m.equals("ja32");
                int off = target(ops.get(0), is32);
                if (is32) emit(BPF_JMP32 | BPF_JA, 0, 0, 0, off);
                else emit(BPF_JMP | BPF_JA, 0, 0, off, 0);
                return;
            }
            if (m.equals("call")) {
                call(mn, ops);
                return;
            }
            if (m.equals("lock")) {
                lock(mn, ops);
                return;
            }
            if (m.equals("neg") || m.equals("neg32")) {
                count(mn, ops, 1);
                emit((m.equals("neg") ? BPF_ALU64 : BPF_ALU) | BPF_NEG, reg(ops.get(0)), 0, 0, 0);
                return;
            }
            if (m.startsWith("movsx")) {
                int cls;
                int off;
                switch (m) {
                    case "movsx864": cls = BPF_ALU64; off = 8; break;
                    case "movsx1664": cls = BPF_ALU64; off = 16; break;
                    case "movsx3264": cls = BPF_ALU64; off = 32; break;
                    case "movsx832": cls = BPF_ALU; off = 8; break;
                    case "movsx1632": cls = BPF_ALU; off = 16; break;
                    default: throw unknownMnemonic(mn);
                }
                count(mn, ops, 2);
                emit(cls | BPF_MOV | BPF_X, reg(ops.get(0)), reg(ops.get(1)), off, 0);
                return;
            }
            if (ENDIAN.matcher(m).matches()) {
                count(mn, ops, 1);
                int bits = Integer.parseInt(m.substring(m.length() - 2));
                int opc = m.startsWith("le") ? BPF_ALU | BPF_END | BPF_TO_LE
                        : m.startsWith("be") ? BPF_ALU | BPF_END | BPF_TO_BE : BPF_ALU64 | BPF_END;
                emit(opc, reg(ops.get(0)), 0, 0, bits);
                return;
            }
            if (m.startsWith("ldxs") && SIZES.containsKey(m.substring(4)) && !m.equals("ldxsdw")) {
                count(mn, ops, 2);
                int dst = reg(ops.get(0));
                int[] mem = mem(ops.get(1));
                emit(BPF_LDX | BPF_MEMSX | SIZES.get(m.substring(4)), dst, mem[0], mem[1], 0);
                return;
            }
            if (m.startsWith("ldx") && SIZES.containsKey(m.substring(3))) {
                count(mn, ops, 2);
                int dst = reg(ops.get(0));
                int[] mem = mem(ops.get(1));
                emit(BPF_LDX | BPF_MEM | SIZES.get(m.substring(3)), dst, mem[0], mem[1], 0);
                return;
            }
            if (m.startsWith("stx") && SIZES.containsKey(m.substring(3))) {
                count(mn, ops, 2);
                int[] mem = mem(ops.get(0));
                emit(BPF_STX | BPF_MEM | SIZES.get(m.substring(3)), mem[0], reg(ops.get(1)), mem[1], 0);
                return;
            }
            if (m.startsWith("st") && SIZES.containsKey(m.substring(2))) {
                count(mn, ops, 2);
                int[] mem = mem(ops.get(0));
                emit(BPF_ST | BPF_MEM | SIZES.get(m.substring(2)), mem[0], 0, mem[1], imm32(ops.get(1)));
                return;
            }
            boolean is32 = m.endsWith("32");
            String base = is32 ? m.substring(0, m.length() - 2) : m;
            Integer alu = ALU_OPS.get(base);
            if (alu != null) {
                count(mn, ops, 2);
                int cls = is32 ? BPF_ALU : BPF_ALU64;
                int off = base.equals("sdiv") || base.equals("smod") ? 1 : 0;
                int dst = reg(ops.get(0));
                Token s = ops.get(1);
                if (s.text().startsWith("%")) emit(cls | alu | BPF_X, dst, reg(s), off, 0);
                else emit(cls | alu | BPF_K, dst, 0, off, imm32(s));
                return;
            }
            Integer jmp = JMP_OPS.get(base);
            if (jmp != null) {
                count(mn, ops, 3);
                int cls = is32 ? BPF_JMP32 : BPF_JMP;
                int dst = reg(ops.get(0));
                Token s = ops.get(1);
                int slot = slots.size();
                if (s.text().startsWith("%")) emit(cls | jmp | BPF_X, dst, reg(s), 0, 0);
                else emit(cls | jmp | BPF_K, dst, 0, 0, imm32(s));
                int off = target(ops.get(2), false, slot);
                patchOff(slot, off);
                return;
            }
            throw unknownMnemonic(mn);
        }

        private void call(Token mn, List<Token> ops) {
            if (ops.isEmpty() || ops.size() > 2) throw operandCount(mn, ops, "1 or 2");
            String mode = ops.size() == 2 ? ops.get(0).text() : "helper";
            Token arg = ops.get(ops.size() - 1);
            switch (mode) {
                case "helper":
                    if (arg.text().startsWith("%")) emit(CALLX, reg(arg), 0, 0, 0);
                    else emit(CALL, 0, 0, 0, imm32(arg));
                    return;
                case "local":
                    emit(CALL, 0, BPF_PSEUDO_CALL, 0, 0);
                    patchImm(slots.size() - 1, target(arg, true, slots.size() - 1));
                    return;
                case "runtime":
                    emit(CALL, 0, BPF_PSEUDO_KFUNC_CALL, 0, imm32(arg));
                    return;
                default:
                    throw error(ops.get(0), "invalid call mode '" + mode + "' (helper, local or runtime)");
            }
        }

        private void lock(Token mn, List<Token> ops) {
            boolean fetch = !ops.isEmpty() && ops.get(0).text().equals("fetch");
            int expected = fetch ? 4 : 3;
            if (ops.size() != expected) {
                throw error(mn, "invalid number of operands for lock: expected " + expected
                        + ", got " + ops.size());
            }
            Token opTok = ops.get(fetch ? 1 : 0);
            String op = opTok.text();
            boolean is32 = op.endsWith("32");
            String base = is32 ? op.substring(0, op.length() - 2) : op;
            Integer code = ATOMIC_OPS.get(base);
            if (code == null) throw error(opTok, "unknown atomic operation '" + op + "'");
            if (fetch && (code == BPF_XCHG || code == BPF_CMPXCHG)) {
                throw error(ops.get(0), "'fetch' is implied by " + base);
            }
            int[] mem = mem(ops.get(expected - 2));
            int src = reg(ops.get(expected - 1));
            int opc = BPF_STX | BPF_ATOMIC | (is32 ? BPF_W : BPF_DW);
            emit(opc, mem[0], src, mem[1], code | (fetch ? BPF_FETCH : 0));
        }

        private void emit(int opcode, int dst, int src, int off, int imm) {
            slots.add(Insn.of(opcode, dst, src, off, imm).encode());
        }

        private void patchOff(int slot, int off) {
            slots.set(slot, (slots.get(slot) & ~0xffff0000L) | (off & 0xffffL) << 16);
        }

        private void patchImm(int slot, int imm) {
            slots.set(slot, (slots.get(slot) & 0xffffffffL) | (long) imm << 32);
        }

        /** A target for a JA about to be emitted at the next slot. */
        private int target(Token t, boolean inImm) {
            return target(t, inImm, slots.size());
        }

        /** @return the numeric offset, or 0 after recording a fixup for a label */
        private int target(Token t, boolean inImm, int slot) {
            String s = t.text();
            if (s.startsWith("+") || s.startsWith("-")) {
                long v = number(t, s.substring(1), true);
                if (s.startsWith("-")) v = -v;
                long min = inImm ? Integer.MIN_VALUE : Short.MIN_VALUE;
                long max = inImm ? Integer.MAX_VALUE : Short.MAX_VALUE;
                if (v < min || v > max) {
                    throw error(t, "jump offset " + s + " out of range [" + min + ", " + max + "]");
                }
                return (int) v;
            }
            if (s.startsWith("%") || s.startsWith("[")) throw error(t, "expected a jump target, got '" + s + "'");
            fixups.add(new Fixup(slot, inImm, t, line));
            return 0;
        }

        private int reg(Token t) {
            String s = t.text();
            if (REGISTER.matcher(s).matches()) return Integer.parseInt(s.substring(2));
            throw error(t, "invalid register '" + s + "' (expected %r0 to %r10)");
        }

        /** @return {register, offset} of a memory operand */
        private int[] mem(Token t) {
            String s = t.text();
            if (!s.startsWith("[") || !s.endsWith("]")) {
                throw error(t, "expected a memory operand [%rN+OFF], got '" + s + "'");
            }
            String inner = s.substring(1, s.length() - 1);
            int sign = Math.max(inner.indexOf('+'), inner.indexOf('-'));
            String regText = sign >= 0 ? inner.substring(0, sign) : inner;
            int r = reg(new Token(regText, t.column() + 1));
            if (sign < 0) return new int[] {r, 0};
            String num = inner.substring(sign + 1);
            boolean neg = inner.charAt(sign) == '-';
            Token numTok = new Token(num, t.column() + 2 + sign);
            if (neg && num.contains("0x")) throw error(numTok, "hex offset must follow '+'");
            long v = number(numTok, num, !neg);
            if (neg) v = -v;
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw error(numTok, "offset " + (neg ? "-" : "+") + num + " out of range [-32768, 32767]");
            }
            return new int[] {r, (int) v};
        }

        private int imm32(Token t) {
            String s = t.text();
            if (s.contains("0x")) {
                boolean neg = s.startsWith("-");
                String digits = neg ? s.substring(1) : s;
                if (!digits.startsWith("0x")) throw error(t, "invalid number '" + s + "'");
                long v = number(t, digits, true);
                if (neg ? v > 0x80000000L : v > 0xffffffffL) {
                    throw error(t, "immediate " + s + " does not fit in 32 bits");
                }
                return (int) (neg ? -v : v);
            }
            long v = decimal(t, s);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw error(t, "immediate " + s + " does not fit in int32");
            }
            return (int) v;
        }

        private long imm64(Token t) {
            String s = t.text();
            boolean neg = s.startsWith("-");
            String digits = neg ? s.substring(1) : s;
            java.math.BigInteger v;
            try {
                v = digits.startsWith("0x") ? new java.math.BigInteger(digits.substring(2), 16)
                        : new java.math.BigInteger(digits, 10);
            } catch (NumberFormatException e) {
                throw error(t, "invalid number '" + s + "'");
            }
            if (digits.startsWith("+") || digits.startsWith("-") || digits.equals("0x")) {
                throw error(t, "invalid number '" + s + "'");
            }
            if (neg) v = v.negate();
            if (v.bitLength() > 64 || (v.signum() < 0 && v.bitLength() > 63)) {
                throw error(t, "immediate " + s + " does not fit in 64 bits");
            }
            return v.longValue();
        }

        /** Parses an unsigned decimal, or hex after 0x when allowed; values beyond a long saturate. */
        private long number(Token t, String s, boolean hexAllowed) {
            if (hexAllowed && s.startsWith("0x")) {
                String h = s.substring(2);
                if (h.isEmpty() || h.length() > 16 || !HEX.matcher(h).matches()) {
                    throw error(t, "invalid hex number '" + s + "'");
                }
                long v = Long.parseUnsignedLong(h, 16);
                return v < 0 ? Long.MAX_VALUE : v;
            }
            if (!DECIMAL.matcher(s).matches()) throw error(t, "invalid number '" + s + "'");
            return s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s);
        }

        private long decimal(Token t, String s) {
            String d = s.startsWith("-") ? s.substring(1) : s;
            if (!DECIMAL.matcher(d).matches()) throw error(t, "invalid number '" + s + "'");
            long v = d.length() > 18 ? Long.MAX_VALUE : Long.parseLong(d);
            return s.startsWith("-") ? -v : v;
        }

        private void count(Token mn, List<Token> ops, int n) {
            if (ops.size() != n) throw operandCount(mn, ops, String.valueOf(n));
        }

        private AssemblerException operandCount(Token mn, List<Token> ops, String expected) {
            return error(mn, mn.text() + " takes " + expected + " operand(s), got " + ops.size());
        }

        private AssemblerException unknownMnemonic(Token mn) {
            return error(mn, "unknown mnemonic '" + mn.text() + "'");
        }

        private AssemblerException error(Token t, String reason) {
            return new AssemblerException(line, t.column(), reason);
        }
    }
}
