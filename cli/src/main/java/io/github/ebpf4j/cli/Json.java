package io.github.ebpf4j.cli;

/** A minimal JSON writer for the CLI's {@code --json} output: objects, arrays, strings, numbers, booleans. */
final class Json {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;
    private boolean afterKey;
    private int depth;

    private void beforeValue() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (needComma) sb.append(',');
        if (depth > 0) sb.append('\n').append("  ".repeat(depth));
    }

    Json open(char c) {
        beforeValue();
        sb.append(c);
        depth++;
        needComma = false;
        return this;
    }

    Json close(char c) {
        depth--;
        if (needComma) sb.append('\n').append("  ".repeat(depth));
        sb.append(c);
        needComma = true;
        return this;
    }

    Json key(String k) {
        beforeValue();
        quote(k);
        sb.append(": ");
        afterKey = true;
        return this;
    }

    Json value(String s) {
        beforeValue();
        if (s == null) sb.append("null");
        else quote(s);
        needComma = true;
        return this;
    }

    Json value(Long n) {
        beforeValue();
        sb.append(n == null ? "null" : n.toString());
        needComma = true;
        return this;
    }

    Json value(long n) {
        return value(Long.valueOf(n));
    }

    Json value(boolean b) {
        beforeValue();
        sb.append(b);
        needComma = true;
        return this;
    }

    private void quote(String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
