package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's hot method stays under HotSpot's {@code HugeMethodLimit} (8000 bytes of
 * bytecode), beyond which C2 refuses to compile it. Reads the method's Code attribute from
 * Interpreter.class (JVMS 4.7.3), as {@code javap -c} would show it.
 */
class HotLoopSizeTest {
    @Test
    void interpretIsCompilable() throws IOException {
        int size = codeLength(Interpreter.class, "interpret");
        assertTrue(size > 1000 && size < 8000, "Interpreter.interpret has " + size + " bytes of bytecode");
    }

    static int codeLength(Class<?> c, String method) throws IOException {
        try (InputStream raw = c.getResourceAsStream(c.getSimpleName() + ".class");
                DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: utf8[i] = in.readUTF(); break;
                    case 5: case 6: in.readLong(); i++; break; // long, double take two slots
                    case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                    case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                    default: throw new IOException("constant pool tag " + tag);
                }
            }
            in.readUnsignedShort(); // access
            in.readUnsignedShort(); // this
            in.readUnsignedShort(); // super
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            for (int f = in.readUnsignedShort(); f > 0; f--) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            int found = -1;
            for (int m = in.readUnsignedShort(); m > 0; m--) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort();
                for (int a = in.readUnsignedShort(); a > 0; a--) {
                    String an = utf8[in.readUnsignedShort()];
                    int len = in.readInt();
                    if (an.equals("Code") && name.equals(method)) {
                        in.readUnsignedShort(); // max_stack
                        in.readUnsignedShort(); // max_locals
                        found = in.readInt();
                        in.skipBytes(len - 8);
                    } else {
                        in.skipBytes(len);
                    }
                }
            }
            if (found < 0) throw new IOException("no method " + method);
            return found;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
