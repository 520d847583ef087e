package io.github.ebpf4j.vm.asm;

import io.github.ebpf4j.vm.asm.AsmLexer.Kind;
import io.github.ebpf4j.vm.asm.AsmLexer.Token;
import io.github.ebpf4j.vm.isa.AluOp;
import io.github.ebpf4j.vm.isa.AtomicOp;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Instruction;
import io.github.ebpf4j.vm.isa.JumpOp;
import io.github.ebpf4j.vm.isa.Operand;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.isa.Size;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Assembles LLVM's BPF assembler syntax, the text {@code llvm-mc -triple bpf} accepts and
 * {@link Disassembler} prints: {@code r0 = *(u32 *)(r1 + 0x4)}, {@code w1 += w2},
 * {@code if w1 s> 3 goto +5}, {@code r1 = 0x1234 ll}, {@code lock *(u64 *)(r1 + 0) += r2},
 * {@code r2 = atomic_fetch_add((u64 *)(r1 + 0), r2)}, {@code call 1}, {@code callx r2},
 * {@code gotol +3}, {@code exit}, ...
 *
 * <p>Also accepted, as llvm-mc accepts them: labels ({@code LBB0_1:}, {@code .LBB0_2:}) as jump
 * targets and as {@code call} targets (a bpf-to-bpf call); comments {@code #}, {@code //} and
 * {@code /* * /}; {@code ;} between statements; upper-case register names; decimal, {@code 0x}
 * hex, {@code 0b} binary and leading-zero octal numbers; the directives clang emits around code
 * ({@code .text}, {@code .globl}, {@code .p2align}, {@code .type}, {@code .size}, {@code .file},
 * ...), which are ignored, and {@code .quad N}, which emits one raw slot.
 *
 * <p>Extensions, so that {@code assemble(disassemble(p))} gives back {@code p}: llvm-objdump's
 * layout ({@code "      12:\t"} before an instruction, {@code <.text+0x78>} after a jump target,
 * and its header lines); {@link Disassembler}'s extension syntax {@code call pc-0x1}
 * (bpf-to-bpf call by offset), {@code call kfunc ID[, OFF]}, {@code ld_pseudo rD, SRC, IMM,
 * NEXT_IMM} and {@code skb[rS + IMM]}.
 *
 * <p>Stricter than llvm-mc, which silently truncates: an immediate must fit 32 bits (signed or
 * unsigned), an offset 16 signed bits, an {@code lddw} value 64 bits; registers are r0 to r10;
 * the two registers of a 32-bit operation are both {@code wN}. Symbols other than labels need
 * relocations and are refused, except kernel-oracle's convention {@code r1 = mapN ll}: an
 * {@code lddw} of map number N ({@code BPF_PSEUDO_MAP_FD}, imm N). Every error is an
 * {@link AssemblerException} with the line and column of the offending token.
 */
public final class Assembler {
    private Assembler() {}

    /**
     * @param source LLVM BPF assembly
     * @return the program
     * @throws AssemblerException at the first error
     */
    public static Program assemble(String source) {
        return new Pass().run(source).program();
    }

    /**
     * Assembles and keeps the labels, for tools that name jump targets as llvm-objdump does
     * ({@link Annotator#symbols(Map)} with {@link Assembly#symbols()}).
     *
     * @param source LLVM BPF assembly
     * @return the program and its labels
     * @throws AssemblerException at the first error
     */
    public static Assembly assembleWithLabels(String source) {
        return new Pass().run(source);
    }

    /**
     * A program and the labels of its source.
     *
     * @param program the program
     * @param labels every label and the slot it names
     */
    public record Assembly(Program program, Map<String, Integer> labels) {
        /** Copies the labels. */
        public Assembly {
            labels = Map.copyOf(labels);
        }

        /**
         * @return the labels llvm-mc puts into the object's symbol table (all but the assembler-local
         *     {@code .L} ones), by slot; of several labels at one slot, the first in name order
         */
        public Map<Integer, String> symbols() {
            Map<Integer, String> out = new java.util.TreeMap<>();
            labels.entrySet().stream().filter(e -> !e.getKey().startsWith(".L"))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.putIfAbsent(e.getValue(), e.getKey()));
            return out;
        }
    }

    private static final Map<String, AluOp> ALU_ASSIGN = Map.ofEntries(
            Map.entry("+=", AluOp.ADD), Map.entry("-=", AluOp.SUB), Map.entry("*=", AluOp.MUL),
            Map.entry("/=", AluOp.DIV), Map.entry("s/=", AluOp.SDIV), Map.entry("|=", AluOp.OR),
            Map.entry("&=", AluOp.AND), Map.entry("<<=", AluOp.LSH), Map.entry(">>=", AluOp.RSH),
            Map.entry("%=", AluOp.MOD), Map.entry("s%=", AluOp.SMOD), Map.entry("^=", AluOp.XOR),
            Map.entry("s>>=", AluOp.ARSH));

    private static final Map<String, JumpOp> CONDITIONS = Map.ofEntries(
            Map.entry("==", JumpOp.JEQ), Map.entry(">", JumpOp.JGT), Map.entry(">=", JumpOp.JGE),
            Map.entry("&", JumpOp.JSET), Map.entry("!=", JumpOp.JNE), Map.entry("s>", JumpOp.JSGT),
            Map.entry("s>=", JumpOp.JSGE), Map.entry("<", JumpOp.JLT), Map.entry("<=", JumpOp.JLE),
            Map.entry("s<", JumpOp.JSLT), Map.entry("s<=", JumpOp.JSLE));

    private static final Map<String, AtomicOp> LOCK_OPS = Map.of(
            "+=", AtomicOp.ADD, "|=", AtomicOp.OR, "&=", AtomicOp.AND, "^=", AtomicOp.XOR);

    private static final Set<String> IGNORED_DIRECTIVES = Set.of(".text", ".globl", ".global",
            ".p2align", ".align", ".type", ".size", ".file", ".ident", ".addrsig", ".addrsig_sym",
            ".local", ".weak", ".hidden", ".cfi_sections", ".cfi_startproc", ".cfi_endproc", ".loc");

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private static final Pattern ENDIAN = Pattern.compile("(le|be|bswap)(16|32|64)");
    private static final Pattern MAP_SYMBOL = Pattern.compile("map[0-9]{1,5}");
    private static final Pattern REGISTER = Pattern.compile("[rwRW]\\d+");

    /** A register operand: number and whether it was written {@code wN}. */
    private record Reg(int n, boolean w, Token token) {}

    /** A memory reference {@code (rN + off)}. */
    private record Mem(int base, short off) {}

    /** A jump or call whose target is a label, patched once all labels are known. */
    private record Fixup(int slot, boolean inImm, Token label) {}

    /** The state of one assembly run. */
    private static final class Pass {
        private final List<Long> slots = new ArrayList<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private final List<Fixup> fixups = new ArrayList<>();
        private List<Token> toks;
        private int pos;
        /** The type name ({@code u32}, {@code s8}) the last {@link #typedPointer} read. */
        private String lastType = "";

        Assembly run(String source) {
            for (List<Token> statement : AsmLexer.statements(source)) {
                toks = statement;
                pos = 0;
                statement();
            }
            for (Fixup f : fixups) {
                Integer target = labels.get(f.label().text());
                if (target == null) throw error(f.label(), "unknown label '" + f.label().text() + "'");
                long offset = (long) target - (f.slot() + 1);
                long w = slots.get(f.slot());
                if (f.inImm()) {
                    w = (w & 0xffffffffL) | offset << 32;
                } else {
                    if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
                        throw error(f.label(), "'" + f.label().text() + "' is " + offset
                                + " slots away, beyond a 16-bit jump offset (use gotol)");
                    }
                    w = (w & ~0xffff0000L) | (offset & 0xffffL) << 16;
                }
                slots.set(f.slot(), w);
            }
            long[] words = new long[slots.size()];
            for (int i = 0; i < words.length; i++) words[i] = slots.get(i);
            return new Assembly(Program.of(words), labels);
        }

        // ---- statements -------------------------------------------------------------------

        private void statement() {
            Token first = peek();
            // llvm-objdump layout: "    12:" before an instruction, "0000000000000040 <sym>:"
            // headers, "Disassembly of section .text:", "x.o:  file format elf64-bpf"
            if (first.kind() == Kind.NUMBER && toks.size() > 1) {
                if (toks.get(1).is(":")) {
                    pos = 2;
                    if (atEnd()) return;
                    first = peek();
                } else if (toks.get(1).is("<") && last().is(":")) {
                    return;
                }
            }
            if (first.is("Disassembly") || containsSequence("file", "format")) return;
            while (pos + 1 < toks.size() && (peek().kind() == Kind.IDENT) && toks.get(pos + 1).is(":")) {
                Token label = next();
                next();
                if (labels.putIfAbsent(label.text(), slots.size()) != null) {
                    throw error(label, "duplicate label '" + label.text() + "'");
                }
            }
            if (atEnd()) return;
            Token t = peek();
            if (t.kind() == Kind.IDENT && t.text().startsWith(".")) {
                directive();
                return;
            }
            instruction();
            if (!atEnd()) throw error(peek(), "unexpected '" + peek().text() + "' after the instruction");
        }

        private boolean containsSequence(String a, String b) {
            for (int i = 0; i + 1 < toks.size(); i++) {
                if (toks.get(i).is(a) && toks.get(i + 1).is(b)) return true;
            }
            return false;
        }

        private void directive() {
            Token d = next();
            String name = d.text().toLowerCase(Locale.ROOT);
            if (name.equals(".quad")) {
                while (true) {
                    slots.add(number(BigInteger.ONE.shiftLeft(63).negate(), TWO_64.subtract(BigInteger.ONE)).longValue());
                    if (atEnd()) return;
                    expect(",");
                }
            }
            if (name.equals(".section")) {
                if (atEnd() || !peek().text().startsWith(".text")) {
                    throw error(d, "only the .text section can be assembled");
                }
                pos = toks.size();
                return;
            }
            if (!IGNORED_DIRECTIVES.contains(name)) throw error(d, "unsupported directive '" + d.text() + "'");
            pos = toks.size();
        }

        private void instruction() {
            Token t = peek();
            if (t.kind() == Kind.IDENT) {
                switch (t.text()) {
                    case "exit": next(); emit(new Instruction.Exit()); return;
                    case "callx": next(); emit(new Instruction.CallX(reg64())); return;
                    case "call": next(); call(); return;
                    case "goto": next(); ja(false); return;
                    case "gotol": next(); ja(true); return;
                    case "if": next(); conditional(); return;
                    case "lock": next(); lock(); return;
                    case "ld_pseudo": next(); ldPseudo(); return;
                    default: break;
                }
                if (isRegister(t)) {
                    assignment();
                    return;
                }
                throw error(t, "unknown instruction '" + t.text() + "'");
            }
            if (t.is("*")) {
                store();
                return;
            }
            throw error(t, "expected an instruction, got '" + t.text() + "'");
        }

        private void call() {
            Token t = peek();
            if (t.is("pc")) {
                next();
                int off = (int) signedNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
                emit(new Instruction.Call(Instruction.CallKind.LOCAL, off, (short) 0));
                return;
            }
            if (t.is("kfunc")) {
                next();
                int id = imm32();
                short off = 0;
                if (accept(",")) off = (short) signedNumber(Short.MIN_VALUE, Short.MAX_VALUE);
                emit(new Instruction.Call(Instruction.CallKind.KFUNC, id, off));
                return;
            }
            if (t.kind() == Kind.IDENT) {
                next();
                fixups.add(new Fixup(slots.size(), true, t));
                emit(new Instruction.Call(Instruction.CallKind.LOCAL, 0, (short) 0));
                return;
            }
            emit(new Instruction.Call(Instruction.CallKind.HELPER, imm32(), (short) 0));
        }

        private void ja(boolean gotol) {
            int slot = slots.size();
            int off = target(gotol, slot);
            emit(new Instruction.Jump(gotol, JumpOp.JA, 0, Operand.imm(0), off));
        }

        private void conditional() {
            Reg dst = reg();
            Token opTok = next();
            JumpOp op = CONDITIONS.get(opTok.text());
            if (op == null || opTok.kind() != Kind.PUNCT) {
                throw error(opTok, "expected a comparison (==, !=, >, s>=, &, ...), got '" + opTok.text() + "'");
            }
            Operand src = isRegister(peek()) ? Operand.reg(sameWidth(dst, reg()).n()) : Operand.imm(imm32());
            expect("goto");
            int slot = slots.size();
            int off = target(false, slot);
            emit(new Instruction.Jump(dst.w(), op, dst.n(), src, off));
        }

        /** A jump target: {@code +N}, {@code -N}, {@code N} or a label, then llvm-objdump's {@code <...>}. */
        private int target(boolean wide, int slot) {
            Token t = peek();
            int off = 0;
            if (t.kind() == Kind.IDENT) {
                next();
                fixups.add(new Fixup(slot, wide, t));
            } else {
                off = (int) signedNumber(wide ? Integer.MIN_VALUE : Short.MIN_VALUE,
                        wide ? Integer.MAX_VALUE : Short.MAX_VALUE);
            }
            if (!atEnd() && peek().is("<")) {
                // llvm-objdump's "<.text+0x78>" after the target: informative only
                while (!atEnd() && !peek().is(">")) next();
                expect(">");
            }
            return off;
        }

        private void lock() {
            Size size = typedPointer(false);
            Mem mem = memRef();
            Token opTok = next();
            AtomicOp op = LOCK_OPS.get(opTok.text());
            if (op == null) throw error(opTok, "expected +=, |=, &= or ^= after lock, got '" + opTok.text() + "'");
            Reg src = reg();
            atomicWidth(size, src);
            emit(new Instruction.Atomic(size, op, false, mem.base(), src.n(), mem.off()));
        }

        private void ldPseudo() {
            Reg dst = reg64Reg();
            expect(",");
            Token srcTok = peek();
            long pseudo = signedNumber(0, 15);
            if (pseudo > Bpf.BPF_PSEUDO_MAP_IDX_VALUE) throw error(srcTok, "unknown pseudo source " + pseudo);
            expect(",");
            int imm = imm32();
            int nextImm = 0;
            if (accept(",")) nextImm = imm32();
            emit(new Instruction.LoadImm64(dst.n(), (int) pseudo, imm, nextImm));
        }

        private void store() {
            Size size = typedPointer(false);
            Mem mem = memRef();
            expect("=");
            Operand value;
            if (isRegister(peek())) {
                Reg r = reg();
                if (r.w() && size == Size.DW) throw error(r.token(), "a 64-bit store takes an rN register");
                value = Operand.reg(r.n());
            } else {
                value = Operand.imm(imm32());
            }
            emit(new Instruction.Store(size, mem.base(), mem.off(), value));
        }

        private void assignment() {
            Reg dst = reg();
            Token op = next();
            AluOp alu = ALU_ASSIGN.get(op.text());
            if (alu != null && op.kind() == Kind.PUNCT) {
                Operand src = isRegister(peek()) ? Operand.reg(sameWidth(dst, reg()).n()) : Operand.imm(imm32());
                emit(new Instruction.Alu(!dst.w(), alu, dst.n(), src));
                return;
            }
            if (!op.is("=")) throw error(op, "expected an assignment operator, got '" + op.text() + "'");
            Token t = peek();
            if (t.is("*")) {
                load(dst);
            } else if (t.is("-") && pos + 1 < toks.size() && isRegister(toks.get(pos + 1))) {
                next();
                Reg src = reg();
                if (src.n() != dst.n() || src.w() != dst.w()) throw error(src.token(), "negation works in place: expected " + name(dst));
                emit(new Instruction.Alu(!dst.w(), AluOp.NEG, dst.n(), Operand.imm(0)));
            } else if (t.is("(")) {
                next();
                Token type = next();
                AluOp op2 = switch (type.text()) {
                    case "s8" -> AluOp.MOVSX8;
                    case "s16" -> AluOp.MOVSX16;
                    case "s32" -> AluOp.MOVSX32;
                    default -> throw error(type, "expected s8, s16 or s32, got '" + type.text() + "'");
                };
                if (op2 == AluOp.MOVSX32 && dst.w()) throw error(type, "(s32) needs 64-bit registers");
                expect(")");
                Reg src = sameWidth(dst, reg());
                emit(new Instruction.Alu(!dst.w(), op2, dst.n(), Operand.reg(src.n())));
            } else if (t.kind() == Kind.IDENT && ENDIAN.matcher(t.text()).matches()) {
                next();
                String s = t.text();
                int bits = Integer.parseInt(s.substring(s.length() - 2));
                Instruction.EndianKind kind = s.startsWith("le") ? Instruction.EndianKind.TO_LE
                        : s.startsWith("be") ? Instruction.EndianKind.TO_BE : Instruction.EndianKind.BSWAP;
                if (dst.w()) throw error(dst.token(), "byte swaps are written with rN registers");
                Reg src = reg();
                if (src.n() != dst.n() || src.w()) throw error(src.token(), "a byte swap works in place: expected " + name(dst));
                emit(new Instruction.Endian(kind, bits, dst.n()));
            } else if (t.kind() == Kind.IDENT && t.text().startsWith("atomic_fetch_")) {
                atomicFetch(dst);
            } else if (t.is("xchg_64") || t.is("xchg32_32") || t.is("cmpxchg_64") || t.is("cmpxchg32_32")) {
                exchange(dst);
            } else if (isRegister(t)) {
                Reg src = sameWidth(dst, reg());
                emit(new Instruction.Alu(!dst.w(), AluOp.MOV, dst.n(), Operand.reg(src.n())));
            } else if (t.kind() == Kind.IDENT && MAP_SYMBOL.matcher(t.text()).matches() && peekAt(1) != null && peekAt(1).is("ll")) {
                // kernel-oracle's convention: "r1 = mapN ll" is an LDDW of map N (BPF_PSEUDO_MAP_FD, imm N)
                next();
                next();
                if (dst.w()) throw error(dst.token(), "lddw loads a 64-bit register");
                emit(new Instruction.LoadImm64(dst.n(), Bpf.BPF_PSEUDO_MAP_FD, Integer.parseInt(t.text().substring(3)), 0));
            } else if (t.kind() == Kind.IDENT) {
                throw error(t, "unknown operand '" + t.text() + "' (symbols need relocations and are not supported)");
            } else {
                Token numTok = peek();
                BigInteger v = number(BigInteger.ONE.shiftLeft(63).negate(), TWO_64.subtract(BigInteger.ONE));
                if (!atEnd() && peek().is("ll")) {
                    next();
                    if (dst.w()) throw error(dst.token(), "lddw loads a 64-bit register");
                    long value = v.longValue();
                    emit(new Instruction.LoadImm64(dst.n(), 0, (int) value, (int) (value >>> 32)));
                } else {
                    emit(new Instruction.Alu(!dst.w(), AluOp.MOV, dst.n(), Operand.imm(toImm32(numTok, v))));
                }
            }
        }

        private void load(Reg dst) {
            Size size = typedPointer(true);
            boolean signed = lastType.startsWith("s");
            if (!atEnd() && peek().is("skb")) {
                next();
                expect("[");
                if (dst.n() != 0 || dst.w()) throw error(dst.token(), "packet loads write r0");
                if (signed || size == Size.DW) throw error(dst.token(), "packet loads are u8, u16 or u32");
                if (isRegister(peek())) {
                    Reg idx = reg64Reg();
                    int imm = 0;
                    if (accept("+")) imm = imm32();
                    expect("]");
                    emit(new Instruction.PacketLoad(size, true, idx.n(), imm));
                } else {
                    int imm = imm32();
                    expect("]");
                    emit(new Instruction.PacketLoad(size, false, 0, imm));
                }
                return;
            }
            Mem mem = memRef();
            if (dst.w() && (signed || size == Size.DW)) {
                throw error(dst.token(), "this load writes a 64-bit register: use r" + dst.n());
            }
            emit(new Instruction.Load(size, signed, dst.n(), mem.base(), mem.off()));
        }

        private void atomicFetch(Reg dst) {
            Token fn = next();
            AtomicOp op = switch (fn.text()) {
                case "atomic_fetch_add" -> AtomicOp.ADD;
                case "atomic_fetch_or" -> AtomicOp.OR;
                case "atomic_fetch_and" -> AtomicOp.AND;
                case "atomic_fetch_xor" -> AtomicOp.XOR;
                default -> throw error(fn, "unknown atomic '" + fn.text() + "'");
            };
            expect("(");
            Size size = typedPointer(false);
            Mem mem = memRef();
            expect(",");
            Reg src = reg();
            expect(")");
            atomicWidth(size, src);
            if (src.n() != dst.n() || src.w() != dst.w()) {
                throw error(src.token(), "the fetched value goes to the source register: expected " + name(dst));
            }
            emit(new Instruction.Atomic(size, op, true, mem.base(), src.n(), mem.off()));
        }

        private void exchange(Reg dst) {
            Token fn = next();
            boolean cmp = fn.text().startsWith("cmp");
            Size size = fn.text().endsWith("_64") ? Size.DW : Size.W;
            expect("(");
            Reg base = reg64Reg();
            Mem mem = new Mem(base.n(), offset());
            expect(",");
            if (cmp) {
                Reg r0 = reg();
                if (r0.n() != 0 || r0.w() != dst.w()) throw error(r0.token(), "cmpxchg compares with " + (dst.w() ? "w0" : "r0"));
                expect(",");
            }
            Reg src = reg();
            expect(")");
            atomicWidth(size, src);
            if (src.w() != dst.w()) throw error(src.token(), "mixed register widths");
            if (cmp ? dst.n() != 0 : src.n() != dst.n()) {
                throw error(dst.token(), cmp ? "cmpxchg returns the old value in r0" : "xchg returns the old value in its source register");
            }
            emit(new Instruction.Atomic(size, cmp ? AtomicOp.CMPXCHG : AtomicOp.XCHG, true, mem.base(), src.n(), mem.off()));
        }

        private static void atomicWidth(Size size, Reg src) {
            if (size != Size.W && size != Size.DW) throw new AssemblerException(src.token().line(), src.token().column(), "atomics are u32 or u64");
            if (size == Size.DW && src.w()) {
                throw new AssemblerException(src.token().line(), src.token().column(), "a 64-bit atomic takes rN registers");
            }
        }

        // ---- operands ---------------------------------------------------------------------

        /** {@code *(u32 *)} or {@code (u32 *)}: returns the size, leaves the type in lastType. */
        private Size typedPointer(boolean signedAllowed) {
            accept("*");
            expect("(");
            Token type = next();
            Size size = switch (type.text()) {
                case "u8", "s8" -> Size.B;
                case "u16", "s16" -> Size.H;
                case "u32", "s32" -> Size.W;
                case "u64" -> Size.DW;
                default -> throw error(type, "expected u8, u16, u32, u64" + (signedAllowed ? ", s8, s16 or s32" : "")
                        + ", got '" + type.text() + "'");
            };
            if (type.text().startsWith("s") && !signedAllowed) throw error(type, "only loads sign-extend");
            lastType = type.text();
            expect("*");
            expect(")");
            return size;
        }

        /** {@code (rN + off)}. */
        private Mem memRef() {
            expect("(");
            Reg base = reg64Reg();
            short off = offset();
            expect(")");
            return new Mem(base.n(), off);
        }

        /** {@code + N} or {@code - N}, N fitting a signed 16-bit offset. */
        private short offset() {
            Token sign = next();
            if (!sign.is("+") && !sign.is("-")) throw error(sign, "expected + or - and an offset, got '" + sign.text() + "'");
            Token numTok = peek();
            BigInteger v = number(BigInteger.ZERO, TWO_64);
            if (sign.is("-")) v = v.negate();
            if (v.compareTo(BigInteger.valueOf(Short.MIN_VALUE)) < 0 || v.compareTo(BigInteger.valueOf(Short.MAX_VALUE)) > 0) {
                throw error(numTok, "offset " + sign.text() + numTok.text() + " does not fit 16 signed bits");
            }
            return v.shortValue();
        }

        private int imm32() {
            Token t = peek();
            BigInteger v = number(TWO_64.negate(), TWO_64);
            return toImm32(t, v);
        }

        private int toImm32(Token t, BigInteger v) {
            if (v.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0 || v.compareTo(BigInteger.valueOf(0xffffffffL)) > 0) {
                throw error(t, "immediate " + v + " does not fit 32 bits");
            }
            return v.intValue();
        }

        /** An optionally signed number within [min, max]. */
        private long signedNumber(long min, long max) {
            return number(BigInteger.valueOf(min), BigInteger.valueOf(max)).longValue();
        }

        /** An optionally signed number, checked against [min, max]. */
        private BigInteger number(BigInteger min, BigInteger max) {
            boolean neg = false;
            Token first = peek();
            if (first.is("-") || first.is("+")) {
                next();
                neg = first.is("-");
            }
            Token t = next();
            if (t.kind() != Kind.NUMBER) throw error(t, "expected a number, got '" + t.text() + "'");
            BigInteger v = parse(t);
            if (neg) v = v.negate();
            if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                throw error(first, "value " + (neg ? "-" : "") + t.text() + " out of range [" + min + ", " + max + "]");
            }
            return v;
        }

        private BigInteger parse(Token t) {
            String s = t.text().toLowerCase(Locale.ROOT);
            try {
                if (s.startsWith("0x")) return new BigInteger(s.substring(2), 16);
                if (s.startsWith("0b")) return new BigInteger(s.substring(2), 2);
                if (s.length() > 1 && s.startsWith("0")) return new BigInteger(s.substring(1), 8);
                return new BigInteger(s, 10);
            } catch (NumberFormatException e) {
                throw error(t, "invalid number '" + t.text() + "'");
            }
        }

        private static boolean isRegister(Token t) {
            return t.kind() == Kind.IDENT && REGISTER.matcher(t.text()).matches();
        }

        private Reg reg() {
            Token t = next();
            if (!isRegister(t)) throw error(t, "expected a register, got '" + t.text() + "'");
            int n = Integer.parseInt(t.text().substring(1));
            if (n > Bpf.FP) throw error(t, "invalid register '" + t.text() + "' (r0 to r10)");
            return new Reg(n, Character.toLowerCase(t.text().charAt(0)) == 'w', t);
        }

        private Reg reg64Reg() {
            Reg r = reg();
            if (r.w()) throw error(r.token(), "expected a 64-bit register r" + r.n() + ", got '" + r.token().text() + "'");
            return r;
        }

        private int reg64() {
            return reg64Reg().n();
        }

        private Reg sameWidth(Reg dst, Reg src) {
            if (src.w() != dst.w()) {
                throw error(src.token(), "mixed register widths: " + name(dst) + " and " + src.token().text());
            }
            return src;
        }

        private static String name(Reg r) {
            return (r.w() ? "w" : "r") + r.n();
        }

        // ---- token cursor -----------------------------------------------------------------

        private boolean atEnd() {
            return pos >= toks.size();
        }

        /** @return the token {@code k} places after the current one, or null past the end */
        private Token peekAt(int k) {
            return pos + k < toks.size() ? toks.get(pos + k) : null;
        }

        private Token peek() {
            if (atEnd()) {
                Token last = last();
                throw new AssemblerException(last.line(), last.column() + last.text().length(),
                        "unexpected end of statement after '" + last.text() + "'");
            }
            return toks.get(pos);
        }

        private Token last() {
            return toks.get(toks.size() - 1);
        }

        private Token next() {
            Token t = peek();
            pos++;
            return t;
        }

        private boolean accept(String s) {
            if (!atEnd() && peek().is(s)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(String s) {
            Token t = next();
            if (!t.is(s)) throw error(t, "expected '" + s + "', got '" + t.text() + "'");
        }

        private void emit(Instruction insn) {
            for (long w : insn.encode()) slots.add(w);
        }

        private static AssemblerException error(Token t, String reason) {
            return new AssemblerException(t.line(), t.column(), reason);
        }
    }
}
