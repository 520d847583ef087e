package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Sections, symbols and relocations of every testdata object against llvm-readelf-19 (testdata/obj/*.readelf.txt). */
class ElfLayerTest {

    private static ElfFile parse(Path obj) throws Exception {
        return ElfFile.parse(Files.readAllBytes(obj), obj.getFileName().toString());
    }

    @TestFactory
    Stream<DynamicTest> sectionsMatchReadelf() {
        return ToolFacts.allObjects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            List<ToolFacts.Section> expected = ToolFacts.sections(obj);
            ElfFile elf = parse(obj);
            assertFalse(expected.isEmpty());
            assertEquals(expected.size(), elf.sections().size(), "section count");
            for (ToolFacts.Section s : expected) {
                ElfSection ours = elf.section(s.index());
                assertEquals(s.name(), ours.name(), "name of section " + s.index());
                assertEquals(s.offset(), ours.offset(), s.name() + " offset");
                assertEquals(s.size(), ours.size(), s.name() + " size");
                assertEquals(s.type(), typeName(ours.type()), s.name() + " type");
            }
        }));
    }

    private static String typeName(int t) {
        switch (t) {
            case ElfSection.SHT_NULL: return "NULL";
            case ElfSection.SHT_PROGBITS: return "PROGBITS";
            case ElfSection.SHT_SYMTAB: return "SYMTAB";
            case ElfSection.SHT_STRTAB: return "STRTAB";
            case ElfSection.SHT_NOBITS: return "NOBITS";
            case ElfSection.SHT_REL: return "REL";
            case 0x6fff4c03: return "LLVM_ADDRSIG";
            default: return "0x" + Integer.toHexString(t);
        }
    }

    @TestFactory
    Stream<DynamicTest> symbolsMatchReadelf() {
        return ToolFacts.allObjects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            List<ToolFacts.Symbol> expected = ToolFacts.symbols(obj);
            ElfFile elf = parse(obj);
            assertEquals(expected.size(), elf.symbols().size(), "symbol count");
            for (ToolFacts.Symbol s : expected) {
                ElfSymbol ours = elf.symbols().get(s.index());
                String name = ours.type() == ElfSymbol.STT_SECTION ? elf.section(ours.sectionIndex()).name() : ours.name();
                assertEquals(s.name(), name, "symbol " + s.index());
                assertEquals(s.value(), ours.value(), s.name() + " value");
                assertEquals(s.size(), ours.size(), s.name() + " size");
                String ndx = ours.sectionIndex() == 0 ? "UND" : ours.sectionIndex() == ElfSymbol.SHN_ABS ? "ABS"
                        : Integer.toString(ours.sectionIndex());
                assertEquals(s.ndx(), ndx, s.name() + " section");
                assertEquals(s.bind(), List.of("LOCAL", "GLOBAL", "WEAK").get(ours.bind()), s.name() + " bind");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> relocationsMatchReadelf() {
        return ToolFacts.allObjects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            Map<String, List<ToolFacts.Reloc>> expected = ToolFacts.relocations(obj);
            ElfFile elf = parse(obj);
            List<String> ours = new ArrayList<>();
            for (ElfSection s : elf.sections()) {
                if (s.type() == ElfSection.SHT_REL) ours.add(s.name());
            }
            assertEquals(new ArrayList<>(expected.keySet()), ours, "relocation sections");
            for (Map.Entry<String, List<ToolFacts.Reloc>> e : expected.entrySet()) {
                ElfSection rel = elf.section(e.getKey()).orElseThrow();
                List<ElfRelocation> got = elf.relocations(rel.info());
                assertEquals(e.getValue().size(), got.size(), e.getKey() + " count");
                // readelf lists them in file order; ours are sorted by offset: compare as sorted lists
                List<ToolFacts.Reloc> exp = new ArrayList<>(e.getValue());
                exp.sort(java.util.Comparator.comparingLong(ToolFacts.Reloc::offset));
                for (int i = 0; i < exp.size(); i++) {
                    assertEquals(exp.get(i).offset(), got.get(i).offset(), e.getKey() + " #" + i + " offset");
                    assertEquals(exp.get(i).type(), ElfRelocation.typeName(got.get(i).type()), e.getKey() + " #" + i);
                    assertEquals(exp.get(i).symbolIndex(), got.get(i).symbolIndex(), e.getKey() + " #" + i + " symbol");
                }
            }
        }));
    }
}
