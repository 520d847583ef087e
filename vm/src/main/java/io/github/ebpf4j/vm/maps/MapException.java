package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.Errno;

/**
 * A map could not be created or was used with arguments of the wrong shape (a key of the wrong
 * length). Carries the errno the kernel's {@code bpf()} syscall would have returned, negated.
 */
public class MapException extends EbpfException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    /**
     * @param errno negative errno, e.g. {@code -Errno.EINVAL}
     * @param message what went wrong, naming the map
     */
    public MapException(int errno, String message) {
        super(message + " (" + Errno.name(errno) + ")");
        this.errno = errno;
    }

    /** @return the negative errno the kernel would have returned */
    public int errno() {
        return errno;
    }
}
