package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs of every testdata object against the kernel (kernel-oracle: which programs libbpf
 * loads, in its order), llvm-readelf-19 (function sizes) and llvm-objdump-19 -d -r (every
 * instruction's bytes and relocation): unrelocated instructions are byte-identical, relocated
 * ones point where the relocation's symbol says.
 */
class ProgramFactsTest {

    @TestFactory
    Stream<DynamicTest> programsAreTheOnesLibbpfLoads() {
        return ToolFacts.objects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            BpfObject o = BpfObject.load(obj);
            List<String> ours = o.programs().stream().map(p -> p.name() + " (" + p.section() + ")").toList();
            List<ToolFacts.KernelVerdict> kernel = ToolFacts.kernelVerdicts(obj);
            List<String> expected;
            if (!kernel.isEmpty()) {
                expected = kernel.stream().map(v -> v.program() + " (" + v.section() + ")").toList();
            } else { // libbpf 1.x refuses the object (legacy maps): global functions outside .text, per readelf
                Map<Integer, String> secNames = new HashMap<>();
                ToolFacts.sections(obj).forEach(s -> secNames.put(s.index(), s.name()));
                expected = ToolFacts.symbols(obj).stream()
                        .filter(s -> s.type().equals("FUNC") && !s.bind().equals("LOCAL")
                                && !secNames.get(Integer.parseInt(s.ndx())).equals(".text"))
                        .sorted(Comparator.comparingInt((ToolFacts.Symbol s) -> Integer.parseInt(s.ndx()))
                                .thenComparingLong(ToolFacts.Symbol::value))
                        .map(s -> s.name() + " (" + secNames.get(Integer.parseInt(s.ndx())) + ")").toList();
            }
            assertFalse(expected.isEmpty());
            assertEquals(expected, ours);
        }));
    }

    @TestFactory
    Stream<DynamicTest> instructionsMatchObjdump() {
        return ToolFacts.allObjects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            BpfObject o = BpfObject.load(obj);
            Map<String, ToolFacts.Symbol> funcs = new HashMap<>();
            for (ToolFacts.Symbol s : ToolFacts.symbols(obj)) {
                if (s.type().equals("FUNC")) funcs.put(s.name(), s);
            }
            Map<Integer, String> secNames = new HashMap<>();
            ToolFacts.sections(obj).forEach(s -> secNames.put(s.index(), s.name()));
            Map<String, ToolFacts.Symbol> syms = new HashMap<>();
            for (ToolFacts.Symbol s : ToolFacts.symbols(obj)) {
                syms.putIfAbsent(s.type().equals("SECTION") ? s.name() : s.name(), s);
            }
            List<ToolFacts.ObjdumpInsn> dump = ToolFacts.objdump(obj);
            int checked = 0;
            for (BpfProgram p : o.programs()) {
                for (BpfProgram.Function f : p.functions()) {
                    ToolFacts.Symbol sym = funcs.get(f.name());
                    assertNotNull(sym, "readelf has function " + f.name());
                    assertEquals(sym.size() / 8, f.length(), f.name() + ": instruction count");
                    List<ToolFacts.ObjdumpInsn> body = dump.stream().filter(d -> f.name().equals(d.function())).toList();
                    assertFalse(body.isEmpty(), "objdump lists " + f.name());
                    int first = body.get(0).index();
                    for (ToolFacts.ObjdumpInsn d : body) {
                        int pc = f.pc() + d.index() - first;
                        long[] want = words(d.bytes(), o.elf().bigEndian());
                        long got = p.instructions().word(pc);
                        String where = p.name() + " pc " + pc + " (" + f.name() + "+" + (d.index() - first) + ": "
                                + d.text() + ")";
                        checked++;
                        if (d.relocType() == null) {
                            Insn in = Insn.decode(want[0]);
                            boolean local = in.opcode() == Bpf.CALL && in.src() == Bpf.BPF_PSEUDO_CALL
                                    || in.opcode() == Bpf.LD_IMM64 && in.src() == Bpf.BPF_PSEUDO_FUNC;
                            if (!local) {
                                assertEquals(want[0], got, where);
                                if (want.length > 1) assertEquals(want[1], p.instructions().word(pc + 1), where);
                            }
                            continue;
                        }
                        checkRelocated(o, p, pc, want, d, syms, secNames, funcs, where);
                    }
                }
            }
            assertTrue(checked > 0);
        }));
    }

    private static void checkRelocated(BpfObject o, BpfProgram p, int pc, long[] orig, ToolFacts.ObjdumpInsn d,
            Map<String, ToolFacts.Symbol> syms, Map<Integer, String> secNames, Map<String, ToolFacts.Symbol> funcs,
            String where) {
        Insn was = Insn.decode(orig[0]);
        Insn now = p.instructions().insn(pc);
        ToolFacts.Symbol s = syms.get(d.relocSymbol());
        assertNotNull(s, where + ": symbol " + d.relocSymbol());
        String symSection = s.ndx().equals("UND") ? null : secNames.get(Integer.parseInt(s.ndx()));
        if (d.relocType().equals("R_BPF_64_32") || s.type().equals("FUNC") || ".text".equals(symSection)) {
            // a call or a callback address: the relocated offset lands on the start of the named function
            long target = pc + now.imm() + 1;
            String expectedName;
            if (s.type().equals("FUNC")) {
                expectedName = s.name();
            } else { // section symbol: the original immediate locates the function within .text
                long byteOff = was.opcode() == Bpf.CALL ? (was.imm() + 1L) * 8 : was.imm();
                expectedName = funcs.values().stream().filter(f -> f.ndx().equals(s.ndx()) && f.value() == byteOff)
                        .map(ToolFacts.Symbol::name).findFirst().orElse("?");
            }
            BpfProgram.Function at = p.functionAt((int) target).orElseThrow(() -> new AssertionError(where));
            assertEquals(target, at.pc(), where + ": lands on a function start");
            assertEquals(expectedName, at.name(), where);
            // calls keep BPF_PSEUDO_CALL; an address load becomes BPF_PSEUDO_FUNC (libbpf marks RELO_SUBPROG_ADDR)
            assertEquals(now.opcode() == Bpf.CALL ? was.src() : Bpf.BPF_PSEUDO_FUNC, now.src(), where + ": src");
            return;
        }
        assertEquals(Bpf.LD_IMM64, now.opcode(), where);
        if (symSection == null) { // extern
            Extern e = o.externs().stream().filter(x -> x.name().equals(s.name())).findFirst().orElseThrow();
            if (e.kind() == Extern.Kind.KCONFIG) {
                assertEquals(Bpf.BPF_PSEUDO_MAP_IDX_VALUE, now.src(), where);
                assertEquals(".kconfig", o.maps().get(now.imm()).name(), where);
            }
            return;
        }
        if (symSection.equals(".maps") || symSection.equals("maps")) {
            assertEquals(Bpf.BPF_PSEUDO_MAP_IDX, now.src(), where);
            assertEquals(s.name(), o.maps().get(now.imm()).name(), where);
            return;
        }
        assertEquals(Bpf.BPF_PSEUDO_MAP_IDX_VALUE, now.src(), where);
        assertEquals(symSection, o.maps().get(now.imm()).section(), where);
        long valueOff = s.type().equals("SECTION") ? was.imm() : s.value() + was.imm();
        assertEquals(valueOff, p.instructions().insn(pc + 1).imm(), where + ": offset into the map value");
    }

    /** Instruction slots from objdump's bytes; big-endian: registers swapped, off and imm big-endian. */
    private static long[] words(byte[] b, boolean bigEndian) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        long[] w = new long[b.length / 8];
        for (int i = 0; i < w.length; i++) {
            if (!bigEndian) {
                w[i] = bb.getLong();
                continue;
            }
            int op = bb.get() & 0xff, regs = bb.get() & 0xff;
            short off = bb.getShort();
            int imm = bb.getInt();
            w[i] = Insn.of(op, regs >>> 4, regs & 0xf, off, imm).encode();
        }
        return w;
    }

    /** Every line-info text is the line of testdata/src it names (the compiler copies it into .BTF). */
    @TestFactory
    Stream<DynamicTest> lineInfoQuotesTheSource() {
        return ToolFacts.objects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            BpfObject o = BpfObject.load(obj);
            int n = 0;
            for (BpfProgram p : o.programs()) {
                for (BpfProgram.LineEntry e : p.lineInfo()) {
                    Path src = ToolFacts.root().resolve("testdata").resolve(e.line().file());
                    List<String> lines = java.nio.file.Files.readAllLines(src);
                    assertEquals(lines.get(e.line().line() - 1), e.line().text(), p.name() + " pc " + e.pc());
                    assertTrue(e.line().column() <= lines.get(e.line().line() - 1).length() + 1);
                    n++;
                }
            }
            assertTrue(n > 0);
        }));
    }

    /**
     * Where line info starts a new statement, llvm-objdump -S (from DWARF) prints the same source
     * text above the instruction, for the functions it lists under their own name.
     */
    @TestFactory
    Stream<DynamicTest> lineInfoAgreesWithObjdumpSource() {
        return ToolFacts.objects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            BpfObject o = BpfObject.load(obj);
            Map<String, Map<Integer, List<String>>> quoted = objdumpSource(obj);
            int agree = 0, total = 0;
            for (BpfProgram p : o.programs()) {
                BpfProgram.Function main = p.functions().get(0);
                Map<Integer, List<String>> byIndex = quoted.get(main.name());
                if (byIndex == null) continue;
                int base = byIndex.keySet().stream().min(Integer::compare).orElse(0);
                for (BpfProgram.LineEntry e : p.lineInfo()) {
                    // BTF marks a function's first instruction with its declaration line, DWARF with "{"
                    if (e.pc() == 0 || e.pc() >= main.length()) continue;
                    List<String> q = byIndex.get(base + e.pc());
                    if (q == null) continue;
                    total++;
                    if (q.contains(e.line().text().strip())) agree++;
                }
            }
            assertTrue(total > 0, "some line info falls where objdump quotes source");
            assertEquals(total, agree, "line info texts that llvm-objdump -S quotes at the same instruction");
        }));
    }

    /** function -> instruction index -> source lines quoted right above it. */
    private static Map<String, Map<Integer, List<String>>> objdumpSource(Path obj) {
        Map<String, Map<Integer, List<String>>> out = new HashMap<>();
        String fn = null;
        List<String> pending = new ArrayList<>();
        for (String l : ToolFacts.lines(obj, "source.txt")) {
            java.util.regex.Matcher f = java.util.regex.Pattern.compile("^[0-9a-f]{16} <(.*)>:$").matcher(l);
            java.util.regex.Matcher i = java.util.regex.Pattern.compile("^\\s*(\\d+):\\t.*$").matcher(l);
            if (f.matches()) {
                fn = f.group(1);
                pending.clear();
            } else if (l.startsWith("; ")) {
                pending.add(l.substring(2).strip());
            } else if (i.matches() && fn != null) {
                if (!pending.isEmpty()) {
                    out.computeIfAbsent(fn, k -> new HashMap<>()).put(Integer.parseInt(i.group(1)), new ArrayList<>(pending));
                }
                pending.clear();
            }
        }
        return out;
    }
}
