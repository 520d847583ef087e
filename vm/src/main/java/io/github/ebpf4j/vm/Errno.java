package io.github.ebpf4j.vm;

/**
 * The Linux errno values that map operations and helpers return, negated as the kernel returns
 * them ({@code -ENOENT} is {@code -Errno.ENOENT}). Numbers from include/uapi/asm-generic/errno-base.h,
 * errno.h and include/linux/errno.h ({@code ENOTSUPP}, kernel-internal).
 */
public final class Errno {
    /** Operation not permitted. */ public static final int EPERM = 1;
    /** No such file or directory (no such element). */ public static final int ENOENT = 2;
    /** Argument list too long (map full, index out of range). */ public static final int E2BIG = 7;
    /** Bad file number. */ public static final int EBADF = 9;
    /** Try again (ring buffer full). */ public static final int EAGAIN = 11;
    /** Out of memory. */ public static final int ENOMEM = 12;
    /** Bad address. */ public static final int EFAULT = 14;
    /** Device or resource busy. */ public static final int EBUSY = 16;
    /** File exists. */ public static final int EEXIST = 17;
    /** No such device. */ public static final int ENODEV = 19;
    /** Invalid argument. */ public static final int EINVAL = 22;
    /** No space left on device (LPM trie full). */ public static final int ENOSPC = 28;
    /** Math result not representable. */ public static final int ERANGE = 34;
    /** Too many symbolic links (tail call limit is reported differently; used by loops). */
    public static final int ELOOP = 40;
    /** No data available. */ public static final int ENODATA = 61;
    /** Value too large for defined data type. */ public static final int EOVERFLOW = 75;
    /** Operation not supported on transport endpoint. */ public static final int EOPNOTSUPP = 95;
    /** Kernel-internal "operation is not supported" (include/linux/errno.h). */
    public static final int ENOTSUPP = 524;

    private Errno() {
    }

    /**
     * @param err a negative errno as returned by the kernel, or 0
     * @return its symbolic name such as {@code -ENOENT}, or the number when unknown
     */
    public static String name(long err) {
        if (err == 0) return "0";
        String n = switch ((int) -err) {
            case EPERM -> "EPERM";
            case ENOENT -> "ENOENT";
            case E2BIG -> "E2BIG";
            case EBADF -> "EBADF";
            case EAGAIN -> "EAGAIN";
            case ENOMEM -> "ENOMEM";
            case EFAULT -> "EFAULT";
            case EBUSY -> "EBUSY";
            case EEXIST -> "EEXIST";
            case ENODEV -> "ENODEV";
            case EINVAL -> "EINVAL";
            case ENOSPC -> "ENOSPC";
            case ERANGE -> "ERANGE";
            case ELOOP -> "ELOOP";
            case ENODATA -> "ENODATA";
            case EOVERFLOW -> "EOVERFLOW";
            case EOPNOTSUPP -> "EOPNOTSUPP";
            case ENOTSUPP -> "ENOTSUPP";
            default -> null;
        };
        return n == null ? Long.toString(err) : "-" + n;
    }
}
