package io.github.ebpf4j.vm.helpers;

import io.github.ebpf4j.vm.Errno;
import io.github.ebpf4j.vm.interp.Memory;
import java.nio.charset.StandardCharsets;

/**
 * The format language of {@code bpf_trace_printk} and {@code bpf_snprintf}, with the kernel's
 * checks ({@code bpf_bprintf_prepare()} in kernel/bpf/helpers.c): only printable ASCII, flags
 * {@code 0 + - space} and a width, conversions {@code %d %i %u %x %X} with {@code l}/{@code ll},
 * {@code %c}, {@code %s} (a string read from program memory), {@code %p} variants
 * ({@code %px}, {@code %pK}, {@code %pI4}, {@code %pi4}, {@code %pI6}, {@code %pi6}), {@code %%};
 * more conversions than arguments, or anything else, is {@code -EINVAL}.
 *
 * <p>Divergence: plain {@code %p} and {@code %pK} print hashed or zeroed addresses in the kernel;
 * here {@code %p} prints the hexadecimal value and {@code %pK} zeros.
 */
final class BpfPrintf {
    /** Result: the text, or an error. */
    record Result(String text, int error) {
    }

    private BpfPrintf() {
    }

    /**
     * @param fmt the format, without its NUL
     * @param args the argument values (u64 each)
     * @param mem program memory, for {@code %s} and {@code %pI4}
     * @return the formatted text or -EINVAL
     */
    static Result format(String fmt, long[] args, Memory mem) {
        StringBuilder out = new StringBuilder();
        int argi = 0;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char ch = fmt.charAt(i);
            if (ch > 127 || (ch < 32 && !Character.isWhitespace(ch)) || ch == 127) return err();
            if (ch != '%') {
                out.append(ch);
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '%') {
                out.append('%');
                i++;
                continue;
            }
            if (argi >= args.length) return err();
            i++;
            boolean left = false;
            boolean zero = false;
            boolean plus = false;
            boolean space = false;
            while (i < n && "0+- ".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '-') left = true;
                else if (f == '0') zero = true;
                else if (f == '+') plus = true;
                else space = true;
            }
            int width = 0;
            while (i < n && Character.isDigit(fmt.charAt(i))) width = width * 10 + (fmt.charAt(i++) - '0');
            if (i >= n) return err();
            long a = args[argi++];
            char c = fmt.charAt(i);
            String body;
            if (c == 'p') {
                String ext = i + 1 < n ? fmt.substring(i + 1, Math.min(n, i + 3)) : "";
                if (ext.startsWith("x")) {
                    body = String.format("%016x", a);
                    i++;
                } else if (ext.startsWith("K")) {
                    body = "0000000000000000";
                    i++;
                } else if (ext.equals("I4") || ext.equals("i4")) {
                    byte[] b = readOrNull(mem, a, 4);
                    if (b == null) return err();
                    String f = ext.equals("I4") ? "%d.%d.%d.%d" : "%03d.%03d.%03d.%03d";
                    body = String.format(f, b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff);
                    i += 2;
                } else if (ext.equals("I6") || ext.equals("i6")) {
                    byte[] b = readOrNull(mem, a, 16);
                    if (b == null) return err();
                    StringBuilder s = new StringBuilder();
                    for (int k = 0; k < 16; k += 2) {
                        if (k > 0 && ext.equals("I6")) s.append(':');
                        s.append(String.format("%02x%02x", b[k] & 0xff, b[k + 1] & 0xff));
                    }
                    body = s.toString();
                    i += 2;
                } else if (ext.isEmpty() || !Character.isLetterOrDigit(ext.charAt(0))) {
                    body = "0x" + Long.toHexString(a);
                } else {
                    return err();
                }
            } else if (c == 's') {
                body = cString(mem, a);
            } else if (c == 'c') {
                body = String.valueOf((char) (a & 0xff));
            } else {
                int size = 4;
                if (c == 'l') {
                    size = 8;
                    if (++i >= n) return err();
                    c = fmt.charAt(i);
                    if (c == 'l') {
                        if (++i >= n) return err();
                        c = fmt.charAt(i);
                    }
                }
                long v = size == 4 ? a & 0xffffffffL : a;
                switch (c) {
                    case 'd', 'i' -> {
                        long sv = size == 4 ? (int) a : a;
                        String digits = Long.toString(Math.abs(sv));
                        if (sv == Long.MIN_VALUE) digits = "9223372036854775808";
                        String sign = sv < 0 ? "-" : plus ? "+" : space ? " " : "";
                        body = pad(sign, digits, width, left, zero);
                        out.append(body);
                        continue;
                    }
                    case 'u' -> body = Long.toUnsignedString(v);
                    case 'x' -> body = Long.toHexString(v);
                    case 'X' -> body = Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
                    default -> {
                        return err();
                    }
                }
                out.append(pad("", body, width, left, zero));
                continue;
            }
            out.append(pad("", body, width, left, false));
        }
        return new Result(out.toString(), 0);
    }

    private static String pad(String sign, String digits, int width, boolean left, boolean zero) {
        int len = sign.length() + digits.length();
        if (len >= width) return sign + digits;
        String fill = (zero && !left ? "0" : " ").repeat(width - len);
        if (left) return sign + digits + " ".repeat(width - len);
        return zero ? sign + fill + digits : fill + sign + digits;
    }

    private static Result err() {
        return new Result(null, -Errno.EINVAL);
    }

    private static byte[] readOrNull(Memory mem, long addr, int len) {
        return mem.accessible(addr, len, false) ? mem.read(addr, len) : null;
    }

    /**
     * @param mem program memory
     * @param addr address of a NUL-terminated string
     * @return the string (up to the NUL or the end of its region), or "(efault)" when unreadable
     */
    static String cString(Memory mem, long addr) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 4096; k++) {
            if (!mem.accessible(addr + k, 1, false)) return k == 0 ? "(efault)" : s.toString();
            int b = (int) mem.load(addr + k, 1);
            if (b == 0) break;
            s.append((char) b);
        }
        return s.toString();
    }

    /**
     * @param s text
     * @return its bytes as the kernel writes them
     */
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
