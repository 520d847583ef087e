package io.github.ebpf4j.vm.pcap;

import io.github.ebpf4j.vm.EbpfException;

/** A capture file that is not valid pcap or pcapng: names the file and the byte offset. */
public final class CaptureFormatException extends EbpfException {
    private final String file;
    private final long offset;

    /** @param file file name @param offset byte offset of the defect @param reason what is wrong */
    public CaptureFormatException(String file, long offset, String reason) {
        super(file + ": at byte " + offset + ": " + reason);
        this.file = file;
        this.offset = offset;
    }

    /** @return the file */
    public String file() { return file; }

    /** @return the byte offset of the defect */
    public long offset() { return offset; }
}
