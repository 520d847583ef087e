package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsmDisasmCommandTest extends CliTestBase {
    @TempDir
    Path tmp;


    private static Path testdata(String file) {
        return testdataPath("asm", file);
    }

    @Test
    void asmThenDisasmReproducesLlvmObjdump() throws IOException {
        Path bin = tmp.resolve("all.bin");
        assertEquals(0, run("asm", testdata("all-opcodes.s").toString(), "-o", bin.toString()), err.toString());
        // the bytes llvm-mc-19 produced for the same source (testdata/asm/README.md)
        assertArrayEquals(Files.readAllBytes(testdata("all-opcodes.bin")), Files.readAllBytes(bin));
        assertEquals(0, run("disasm", "--alu32", bin.toString()), err.toString());
        String golden = Files.readString(testdata("all-opcodes.objdump-v4.txt"));
        for (String line : out.toString().split("\n")) {
            assertTrue(golden.contains(line + "\n"), "llvm-objdump-19 --mcpu=v4 printed: " + line);
        }
    }

    /** The labels of a .s name jump targets as llvm-objdump-19 names them in llvm-mc-19's object. */
    @Test
    void disasmOfSourcesPrintsLlvmObjdumpInstructionLines() throws IOException {
        for (String name : new String[] {"sum_loop", "labels", "clang-output"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("disasm", testdata(name + ".s").toString()), err.toString());
            StringBuilder expected = new StringBuilder();
            for (String line : Files.readAllLines(testdata(name + ".objdump.txt"))) {
                if (line.matches(" *\\d+:\t.*")) expected.append(line).append('\n');
            }
            assertEquals(expected.toString(), out.toString(), name);
        }
    }

    @Test
    void conformanceSyntaxIsDetectedAndHexOutputWritten() throws IOException {
        Path s = tmp.resolve("p.s");
        Files.writeString(s, "mov32 %r0, 1\nexit\n");
        Path hex = tmp.resolve("p.hex");
        assertEquals(0, run("asm", s.toString(), "-o", hex.toString()), err.toString());
        assertEquals("b4 00 00 00 01 00 00 00\n95 00 00 00 00 00 00 00\n", Files.readString(hex));
        assertEquals(0, run("disasm", hex.toString()));
        assertEquals("       0:\tw0 = 0x1\n       1:\texit\n", out.toString());
    }

    @Test
    void assemblyErrorIsOneLineWithFileLineAndColumn() throws IOException {
        Path s = tmp.resolve("bad.s");
        Files.writeString(s, "r0 = 0\nr0 += w1\n");
        assertEquals(1, run("asm", s.toString(), "-o", tmp.resolve("bad.bin").toString()));
        assertEquals("error: " + s + ":2:7: mixed register widths: r0 and w1\n", err.toString());
        assertTrue(Files.notExists(tmp.resolve("bad.bin")));
    }

    @Test
    void asmRefusesToOverwriteItsInput() throws IOException {
        Path s = tmp.resolve("p.s");
        Files.writeString(s, "exit\n");
        assertEquals(1, run("asm", s.toString(), "-o", tmp.resolve(".").resolve("p.s").toString()));
        assertEquals("exit\n", Files.readString(s, StandardCharsets.UTF_8));
        assertTrue(err.toString().contains("refusing to overwrite the input file"), err.toString());
    }

    @Test
    void disasmOfTruncatedBytecodeNamesTheFile() throws IOException {
        Path bin = tmp.resolve("short.bin");
        Files.write(bin, new byte[] {(byte) 0x95, 0, 0});
        assertEquals(1, run("disasm", bin.toString()));
        assertTrue(err.toString().startsWith("error: " + bin + ": "), err.toString());
        assertEquals(1, err.toString().split("\n").length);
    }

    @Test
    void helperNamesAndReassemblableOptions() throws IOException {
        Path s = tmp.resolve("c.s");
        Files.writeString(s, "call 1\ncall sub\nexit\nsub: exit\n");
        assertEquals(0, run("disasm", "--helper-names", "--reassemblable", s.toString()));
        assertEquals("       0:\tcall 0x1 # bpf_map_lookup_elem\n       1:\tcall pc+0x1\n"
                + "       2:\texit\n       3:\texit\n", out.toString());
    }
}
