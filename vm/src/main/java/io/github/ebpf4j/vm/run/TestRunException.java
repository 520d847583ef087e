package io.github.ebpf4j.vm.run;

import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.Errno;

/**
 * {@code BPF_PROG_TEST_RUN} refused the input, as the kernel would (packet too short or too long,
 * a context field that may not be set, an interface that does not exist). Carries the errno.
 */
public class TestRunException extends EbpfException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    /**
     * @param errno negative errno
     * @param message what is wrong with the input
     */
    public TestRunException(int errno, String message) {
        super(message + " (" + Errno.name(errno) + ")");
        this.errno = errno;
    }

    /** @return the negative errno the kernel returns */
    public int errno() {
        return errno;
    }
}
