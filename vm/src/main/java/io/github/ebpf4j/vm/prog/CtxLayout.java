package io.github.ebpf4j.vm.prog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of a context structure: its size and fields in offset order.
 *
 * @param name the C name, e.g. {@code struct xdp_md}
 * @param size {@code sizeof}
 * @param fields the fields, ascending offsets
 */
public record CtxLayout(String name, int size, List<CtxField> fields) {
    /** Copies the field list. */
    public CtxLayout {
        fields = List.copyOf(fields);
    }

    /**
     * @param fieldName a field name, e.g. {@code data_end} or {@code cb[1]}
     * @return the field, or null
     */
    public CtxField field(String fieldName) {
        for (CtxField f : fields) if (f.name().equals(fieldName)) return f;
        return null;
    }

    /**
     * @param offset byte offset
     * @return the field containing that byte, or null for padding or out of range
     */
    public CtxField fieldAt(int offset) {
        for (CtxField f : fields) if (offset >= f.offset() && offset < f.end()) return f;
        return null;
    }

    /** @return fields by name, in offset order */
    public Map<String, CtxField> byName() {
        Map<String, CtxField> m = new LinkedHashMap<>();
        for (CtxField f : fields) m.put(f.name(), f);
        return m;
    }

    static CtxLayout of(String name, int size, Object... nameOffsetSize) {
        CtxField[] f = new CtxField[nameOffsetSize.length / 3];
        for (int i = 0; i < f.length; i++) {
            f[i] = new CtxField((String) nameOffsetSize[3 * i], (Integer) nameOffsetSize[3 * i + 1],
                    (Integer) nameOffsetSize[3 * i + 2]);
        }
        return new CtxLayout(name, size, List.of(f));
    }
}
