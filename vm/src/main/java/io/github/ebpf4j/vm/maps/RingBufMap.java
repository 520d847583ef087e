package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

/**
 * {@code BPF_MAP_TYPE_RINGBUF}: mirrors kernel/bpf/ringbuf.c. max_entries is the data size in
 * bytes (a power of two, a multiple of the 4096-byte page). Each record takes its size plus an
 * 8-byte header, rounded up to 8; a reservation fails (NULL, or {@code -EAGAIN} for output) when
 * the producer would get more than size - 1 bytes ahead of the consumer. Records stay until
 * user space consumes them with {@link #consume()}, exactly as the kernel's ring fills up when
 * nobody reads it.
 */
public final class RingBufMap extends BpfMap {
    /** {@code RINGBUF_MAX_RECORD_SZ}: UINT_MAX / 4. */
    static final long MAX_RECORD_SIZE = 0xffffffffL / 4;
    private static final int HDR = 8;

    private final long mask;
    private long producerPos;
    private long consumerPos;
    private final LinkedList<Record> records = new LinkedList<>();

    /** State of a record. */
    public enum State {
        /** Reserved, not yet submitted or discarded. */ BUSY,
        /** Submitted: user space will read it. */ SUBMITTED,
        /** Discarded: user space skips it. */ DISCARDED
    }

    /**
     * One record of the ring.
     */
    public static final class Record {
        private final long position;
        private final byte[] data;
        private State state = State.BUSY;

        Record(long position, byte[] data) {
            this.position = position;
            this.data = data;
        }

        /** @return producer position of the record's header */
        public long position() { return position; }

        /** @return the sample bytes (the live storage while busy) */
        public byte[] data() { return data; }

        /** @return the record's state */
        public State state() { return state; }
    }

    /**
     * @param spec ring buffer spec
     * @param numCpus simulated CPUs
     */
    RingBufMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
        this.mask = spec.maxEntries() - 1L;
    }

    /**
     * {@code bpf_ringbuf_reserve()} without the flags check ({@link #progReserve} does it).
     *
     * @param size sample size
     * @return the reserved record, or null when it does not fit
     */
    private Record reserve(long size) {
        if (size < 0 || size > MAX_RECORD_SIZE) return null;
        long len = (size + HDR + 7) & ~7L;
        if (len > mask + 1) return null;
        long newProd = producerPos + len;
        if (newProd - consumerPos > mask) return null;
        Record r = new Record(producerPos, new byte[(int) size]);
        producerPos = newProd;
        records.add(r);
        return r;
    }

    /**
     * {@code bpf_ringbuf_reserve(map, size, flags)}.
     *
     * @param size sample size
     * @param flags must be 0
     * @return the sample storage, or null (NULL to the program)
     */
    public byte[] progReserve(long size, long flags) {
        if (flags != 0) return null;
        Record r = reserve(size);
        return r == null ? null : r.data;
    }

    /**
     * {@code bpf_ringbuf_submit()} / {@code bpf_ringbuf_discard()}.
     *
     * @param sample storage returned by {@link #progReserve}
     * @param discard true to discard
     * @return true if the sample was a busy record of this ring
     */
    public boolean progCommit(byte[] sample, boolean discard) {
        for (Record r : records) {
            if (r.data == sample && r.state == State.BUSY) {
                r.state = discard ? State.DISCARDED : State.SUBMITTED;
                return true;
            }
        }
        return false;
    }

    /**
     * {@code bpf_ringbuf_output(map, data, size, flags)}.
     *
     * @param data bytes to copy
     * @param flags 0, BPF_RB_NO_WAKEUP or BPF_RB_FORCE_WAKEUP
     * @return 0, {@code -EINVAL} for other flags, {@code -EAGAIN} when full
     */
    public int progOutput(byte[] data, long flags) {
        if ((flags & ~(MapFlags.BPF_RB_NO_WAKEUP | MapFlags.BPF_RB_FORCE_WAKEUP)) != 0) return -Errno.EINVAL;
        Record r = reserve(data.length);
        if (r == null) return -Errno.EAGAIN;
        System.arraycopy(data, 0, r.data, 0, data.length);
        r.state = State.SUBMITTED;
        return 0;
    }

    /**
     * {@code bpf_ringbuf_query(map, flags)}.
     *
     * @param flags BPF_RB_AVAIL_DATA (0), BPF_RB_RING_SIZE (1), BPF_RB_CONS_POS (2),
     *     BPF_RB_PROD_POS (3)
     * @return the value, 0 for other flags
     */
    public long progQuery(long flags) {
        if (flags == 0) return producerPos - consumerPos;
        if (flags == 1) return mask + 1;
        if (flags == 2) return consumerPos;
        if (flags == 3) return producerPos;
        return 0;
    }

    /**
     * What a user-space consumer (libbpf's {@code ring_buffer__consume()}) gets: submitted
     * samples in order, skipping discarded ones, up to the first record still busy; the
     * consumer position advances past them.
     *
     * @return the submitted samples
     */
    public List<byte[]> consume() {
        List<byte[]> out = new ArrayList<>();
        Iterator<Record> it = records.iterator();
        while (it.hasNext()) {
            Record r = it.next();
            if (r.state == State.BUSY) break;
            if (r.state == State.SUBMITTED) out.add(r.data.clone());
            consumerPos = r.position + ((r.data.length + HDR + 7) & ~7L);
            it.remove();
        }
        return out;
    }

    /** @return the records not yet consumed, oldest first */
    public List<Record> records() {
        return List.copyOf(records);
    }

    /** @return the producer position */
    public long producerPosition() { return producerPos; }

    /** @return the consumer position */
    public long consumerPosition() { return consumerPos; }

    @Override
    public int lookup(byte[] key, byte[] value) {
        return -Errno.ENOTSUPP;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        return -Errno.ENOTSUPP;
    }

    @Override
    public int delete(byte[] key) {
        return -Errno.ENOTSUPP;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return -Errno.ENOTSUPP;
    }
}
