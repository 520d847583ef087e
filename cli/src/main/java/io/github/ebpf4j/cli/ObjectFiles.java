package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.EbpfException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** BPF object files (ELF {@code .o}) on the command line. */
final class ObjectFiles {
    private ObjectFiles() {}

    /** @param file a file @return whether it starts with the ELF magic (or, unreadable, is named *.o) */
    static boolean isObject(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] m = in.readNBytes(4);
            return m.length == 4 && m[0] == 0x7f && m[1] == 'E' && m[2] == 'L' && m[3] == 'F';
        } catch (IOException e) {
            return file.toString().endsWith(".o");
        }
    }

    /**
     * @param file the object file
     * @return it, loaded
     * @throws EbpfException naming the file if it cannot be read or loaded
     */
    static BpfObject load(Path file) {
        try {
            return BpfObject.load(file);
        } catch (IOException e) {
            throw new EbpfException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * @param obj an object @param file its file (for messages)
     * @param name a program name, or null to take the only program
     * @return the program
     * @throws EbpfException if there is no such program, or several and none was named
     */
    static BpfProgram program(BpfObject obj, Path file, String name) {
        if (name != null) {
            return obj.program(name).orElseThrow(() -> new EbpfException(file + ": no program '" + name
                    + "' (programs: " + names(obj) + ")"));
        }
        if (obj.programs().size() != 1) {
            throw new EbpfException(file + ": " + obj.programs().size() + " programs (" + names(obj)
                    + "): choose one with --program NAME");
        }
        return obj.programs().get(0);
    }

    private static String names(BpfObject obj) {
        return obj.programs().stream().map(BpfProgram::name).collect(Collectors.joining(", "));
    }
}
