package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfMap;
import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.ElfSection;
import io.github.ebpf4j.elf.Extern;
import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.BtfExt;
import io.github.ebpf4j.elf.btf.BtfKind;
import io.github.ebpf4j.elf.btf.BtfType;
import io.github.ebpf4j.elf.btf.CoreReloKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ebpf4j inspect FILE.o [--json]}: what a BPF object file holds, as libbpf would load it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show what a BPF object file (clang -target bpf output) holds, read the way libbpf "
                + "reads it: sections, programs (name, section, program type, attach type, instruction "
                + "count after linking subprograms), maps (name, type, key/value size, max entries, flags), "
                + "externs and a BTF summary."})
final class Inspect implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the object file")
    Path file;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() {
        BpfObject obj = ObjectFiles.load(file);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(obj) : text(obj));
        out.flush();
        return 0;
    }

    private static String flags(ElfSection s) {
        StringBuilder sb = new StringBuilder();
        if ((s.flags() & ElfSection.SHF_WRITE) != 0) sb.append('W');
        if ((s.flags() & ElfSection.SHF_ALLOC) != 0) sb.append('A');
        if ((s.flags() & ElfSection.SHF_EXECINSTR) != 0) sb.append('X');
        return sb.toString();
    }

    private static String typeName(int t) {
        switch (t) {
            case ElfSection.SHT_NULL: return "NULL";
            case ElfSection.SHT_PROGBITS: return "PROGBITS";
            case ElfSection.SHT_SYMTAB: return "SYMTAB";
            case ElfSection.SHT_STRTAB: return "STRTAB";
            case ElfSection.SHT_NOBITS: return "NOBITS";
            case ElfSection.SHT_REL: return "REL";
            default: return "0x" + Integer.toHexString(t);
        }
    }

    private static List<String> subprograms(BpfProgram p) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < p.functions().size(); i++) out.add(p.functions().get(i).name());
        return out;
    }

    private static Map<BtfKind, Integer> kinds(Btf btf) {
        Map<BtfKind, Integer> m = new EnumMap<>(BtfKind.class);
        for (BtfType t : btf.types()) {
            if (t.id() != 0) m.merge(t.kind(), 1, Integer::sum);
        }
        return m;
    }

    private static Map<CoreReloKind, Integer> coreKinds(BtfExt ext) {
        Map<CoreReloKind, Integer> m = new EnumMap<>(CoreReloKind.class);
        for (BtfExt.CoreRelo r : ext.coreRelos()) m.merge(r.kind(), 1, Integer::sum);
        return m;
    }

    private String text(BpfObject o) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": BPF object '").append(o.name()).append("', ELF64 relocatable, ")
                .append(o.elf().bigEndian() ? "big" : "little").append("-endian\n");
        o.license().ifPresent(l -> sb.append("license: ").append(l).append('\n'));
        o.kernelVersion().ifPresent(v -> sb.append("kernel version: 0x").append(Integer.toHexString(v)).append('\n'));
        sb.append("\nsections:\n");
        for (ElfSection s : o.elf().sections()) {
            if (s.index() == 0) continue;
            sb.append(String.format("  [%2d] %-24s %-9s %-3s size %d%n", s.index(), s.name(), typeName(s.type()),
                    flags(s), s.size()));
        }
        sb.append("\nprograms:\n");
        for (BpfProgram p : o.programs()) {
            sb.append(String.format("  %-24s section %-28s type %-14s attach %-16s insns %d", p.name(), p.section(),
                    p.type(), p.attachType() == null ? "-" : p.attachType().name(), p.instructions().size()));
            if (p.functions().size() > 1) sb.append("  subprograms ").append(String.join(", ", subprograms(p)));
            if (!p.autoload()) sb.append("  (not autoloaded: SEC(\"?...\"))");
            sb.append('\n');
        }
        sb.append("\nmaps:\n");
        for (BpfMap m : o.maps()) {
            sb.append(String.format("  %-20s type %-16s key %4d  value %6d  max_entries %8d  flags 0x%x  (%s%s)", m.name(),
                    m.type(), m.keySize(), m.valueSize(), Integer.toUnsignedLong(m.maxEntries()), m.flags(),
                    m.origin().name().toLowerCase(java.util.Locale.ROOT),
                    m.kernelName().equals(m.name()) ? "" : ", kernel name " + m.kernelName()));
            if (m.spec().innerMap() != null) {
                sb.append(String.format("  inner %s key %d value %d max_entries %d", m.spec().innerMap().type(),
                        m.spec().innerMap().keySize(), m.spec().innerMap().valueSize(), m.spec().innerMap().maxEntries()));
            }
            for (BpfMap.Slot s : m.initialSlots()) sb.append("  [").append(s.index()).append("]=").append(s.target());
            if (m.pinning() != 0) sb.append("  pinned by name");
            sb.append('\n');
        }
        if (!o.externs().isEmpty()) {
            sb.append("\nexterns:\n");
            for (Extern e : o.externs()) {
                sb.append(String.format("  %-24s %s%s%s%n", e.name(), e.kind().name().toLowerCase(java.util.Locale.ROOT),
                        e.weak() ? " weak" : "", e.kind() == Extern.Kind.KCONFIG
                                ? " (" + e.size() + " bytes at .kconfig+" + e.dataOffset() + ")" : e.function() ? " function" : ""));
            }
        }
        sb.append("\nbtf: ");
        if (o.btf().isEmpty()) {
            sb.append("none\n");
        } else {
            Btf btf = o.btf().get();
            sb.append(btf.typeCount()).append(" types, ").append(btf.stringsLength()).append(" bytes of strings\n  ");
            List<String> parts = new ArrayList<>();
            kinds(btf).forEach((k, n) -> parts.add(k + " " + n));
            sb.append(String.join(", ", parts)).append('\n');
            BtfExt ext = o.btfExt();
            sb.append(String.format("btf.ext: %d func_info, %d line_info, %d CO-RE relocations%n", ext.funcInfos().size(),
                    ext.lineInfos().size(), ext.coreRelos().size()));
            if (!ext.coreRelos().isEmpty()) {
                List<String> ck = new ArrayList<>();
                coreKinds(ext).forEach((k, n) -> ck.add(k.libbpfName() + " " + n));
                sb.append("  ").append(String.join(", ", ck)).append('\n');
            }
        }
        return sb.toString();
    }

    private String json(BpfObject o) {
        Json j = new Json();
        j.open('{');
        j.key("file").value(file.toString());
        j.key("name").value(o.name());
        j.key("endian").value(o.elf().bigEndian() ? "big" : "little");
        j.key("license").value(o.license().orElse(null));
        j.key("kernel_version").value(o.kernelVersion().map(Integer::longValue).orElse(null));
        j.key("sections").open('[');
        for (ElfSection s : o.elf().sections()) {
            if (s.index() == 0) continue;
            j.open('{').key("index").value(s.index()).key("name").value(s.name()).key("type").value(typeName(s.type()))
                    .key("flags").value(flags(s)).key("size").value(s.size()).close('}');
        }
        j.close(']');
        j.key("programs").open('[');
        for (BpfProgram p : o.programs()) {
            j.open('{').key("name").value(p.name()).key("section").value(p.section())
                    .key("type").value(p.type().name())
                    .key("attach_type").value(p.attachType() == null ? null : p.attachType().name())
                    .key("insns").value(p.instructions().size())
                    .key("autoload").value(p.autoload());
            j.key("subprograms").open('[');
            for (String s : subprograms(p)) j.value(s);
            j.close(']').close('}');
        }
        j.close(']');
        j.key("maps").open('[');
        for (BpfMap m : o.maps()) {
            j.open('{').key("name").value(m.name()).key("kernel_name").value(m.kernelName())
                    .key("type").value(m.type().name()).key("key_size").value(m.keySize())
                    .key("value_size").value(m.valueSize()).key("max_entries").value(Integer.toUnsignedLong(m.maxEntries()))
                    .key("flags").value(m.flags()).key("origin").value(m.origin().name().toLowerCase(java.util.Locale.ROOT))
                    .key("pinning").value(m.pinning());
            if (m.spec().innerMap() != null) {
                j.key("inner").open('{').key("type").value(m.spec().innerMap().type().name())
                        .key("key_size").value(m.spec().innerMap().keySize())
                        .key("value_size").value(m.spec().innerMap().valueSize())
                        .key("max_entries").value(m.spec().innerMap().maxEntries()).close('}');
            }
            j.key("initial_slots").open('[');
            for (BpfMap.Slot s : m.initialSlots()) {
                j.open('{').key("index").value(s.index()).key("target").value(s.target())
                        .key("program").value(s.program()).close('}');
            }
            j.close(']').close('}');
        }
        j.close(']');
        j.key("externs").open('[');
        for (Extern e : o.externs()) {
            j.open('{').key("name").value(e.name()).key("kind").value(e.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .key("weak").value(e.weak()).key("function").value(e.function()).close('}');
        }
        j.close(']');
        if (o.btf().isPresent()) {
            Btf btf = o.btf().get();
            j.key("btf").open('{').key("types").value(btf.typeCount()).key("strings_bytes").value(btf.stringsLength());
            j.key("kinds").open('{');
            kinds(btf).forEach((k, n) -> j.key(k.name()).value(n));
            j.close('}');
            j.key("func_info").value(o.btfExt().funcInfos().size());
            j.key("line_info").value(o.btfExt().lineInfos().size());
            j.key("core_relocations").open('{');
            coreKinds(o.btfExt()).forEach((k, n) -> j.key(k.libbpfName()).value(n));
            j.close('}').close('}');
        } else {
            j.key("btf").value((String) null);
        }
        j.close('}');
        return j.toString() + "\n";
    }
}
