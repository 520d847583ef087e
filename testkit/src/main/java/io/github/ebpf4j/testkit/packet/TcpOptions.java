package io.github.ebpf4j.testkit.packet;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * TCP option encodings (RFC 9293 section 3.2, RFC 7323, RFC 2018) to concatenate into
 * {@link Tcp#options()}, and a describer for failure messages.
 */
public final class TcpOptions {
    private TcpOptions() {}

    /** @return end of option list (kind 0) */
    public static byte[] eol() { return new byte[] {0}; }

    /** @return no-operation (kind 1) */
    public static byte[] nop() { return new byte[] {1}; }

    /** @param mss maximum segment size @return kind 2, length 4 */
    public static byte[] mss(int mss) { return new byte[] {2, 4, (byte) (mss >>> 8), (byte) mss}; }

    /** @param shift window scale shift @return kind 3, length 3 */
    public static byte[] windowScale(int shift) { return new byte[] {3, 3, (byte) shift}; }

    /** @return SACK permitted: kind 4, length 2 */
    public static byte[] sackPermitted() { return new byte[] {4, 2}; }

    /** @param tsval timestamp value @param tsecr echo reply @return kind 8, length 10 */
    public static byte[] timestamps(long tsval, long tsecr) {
        return new byte[] {8, 10, (byte) (tsval >>> 24), (byte) (tsval >>> 16), (byte) (tsval >>> 8), (byte) tsval,
            (byte) (tsecr >>> 24), (byte) (tsecr >>> 16), (byte) (tsecr >>> 8), (byte) tsecr};
    }

    /**
     * @param parts options
     * @return them concatenated and padded with end-of-list bytes to a multiple of 4
     */
    public static byte[] of(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        while (out.size() % 4 != 0) out.write(0);
        return out.toByteArray();
    }

    /** @param options option bytes @return e.g. {@code mss 1460, nop, wscale 7} */
    public static String describe(byte[] options) {
        StringJoiner j = new StringJoiner(", ");
        int i = 0;
        while (i < options.length) {
            int kind = options[i] & 0xff;
            if (kind == 0) { j.add("eol"); break; }
            if (kind == 1) { j.add("nop"); i++; continue; }
            if (i + 1 >= options.length || (options[i + 1] & 0xff) < 2 || i + (options[i + 1] & 0xff) > options.length) {
                j.add("malformed at " + i);
                break;
            }
            int len = options[i + 1] & 0xff;
            j.add(switch (kind) {
                case 2 -> len == 4 ? "mss " + u16(options, i + 2) : "mss?";
                case 3 -> len == 3 ? "wscale " + (options[i + 2] & 0xff) : "wscale?";
                case 4 -> "sackOK";
                case 5 -> "sack " + (len - 2) / 8;
                case 8 -> len == 10 ? "TS val " + u32(options, i + 2) + " ecr " + u32(options, i + 6) : "TS?";
                default -> "kind " + kind + " " + HexFormat.of().formatHex(options, i + 2, i + len);
            });
            i += len;
        }
        return j.toString();
    }

    private static int u16(byte[] b, int o) { return (b[o] & 0xff) << 8 | (b[o + 1] & 0xff); }

    private static long u32(byte[] b, int o) { return (long) u16(b, o) << 16 | u16(b, o + 2); }
}
