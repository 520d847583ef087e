package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.ArrayDeque;

/**
 * {@code BPF_MAP_TYPE_QUEUE} (FIFO) and {@code BPF_MAP_TYPE_STACK} (LIFO): mirrors
 * kernel/bpf/queue_stack_maps.c. No keys (key size 0).
 *
 * <ul>
 *   <li>Push ({@code bpf_map_push_elem()}, or update with a null key): flags other than 0 and
 *       BPF_EXIST give {@code -EINVAL}; a full map gives {@code -E2BIG}, or with BPF_EXIST drops the
 *       oldest element to make room.</li>
 *   <li>Pop and peek on an empty map give {@code -ENOENT}. User-space lookup peeks,
 *       lookup-and-delete pops.</li>
 *   <li>Delete and get_next_key give {@code -EINVAL}.</li>
 * </ul>
 */
public final class QueueStackMap extends BpfMap {
    private final boolean fifo;
    /** Oldest first. */
    private final ArrayDeque<byte[]> items = new ArrayDeque<>();

    /**
     * @param spec queue or stack spec
     * @param numCpus simulated CPUs
     */
    QueueStackMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
        this.fifo = spec.type() == MapType.QUEUE;
    }

    /** @return number of elements held */
    public int size() {
        return items.size();
    }

    @Override
    public int lookup(byte[] key, byte[] value) {
        return progPeek(value);
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        if (frozen()) return -Errno.EPERM;
        return progPush(value, flags);
    }

    @Override
    public int delete(byte[] key) {
        return -Errno.EINVAL;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return -Errno.EINVAL;
    }

    @Override
    public int lookupAndDelete(byte[] key, byte[] value) {
        return progPop(value);
    }

    @Override
    public int progPush(byte[] value, long flags) {
        checkValue(value, valueSize());
        if ((flags & MapFlags.BPF_NOEXIST) != 0 || flags < 0 || flags > MapFlags.BPF_EXIST) return -Errno.EINVAL;
        if (items.size() >= maxEntries()) {
            if (flags != MapFlags.BPF_EXIST) return -Errno.E2BIG;
            items.pollFirst(); // the kernel advances the tail over the oldest element
        }
        byte[] v = new byte[valueSize()];
        System.arraycopy(value, 0, v, 0, valueSize());
        items.addLast(v);
        return 0;
    }

    @Override
    public int progPop(byte[] value) {
        checkValue(value, valueSize());
        byte[] v = fifo ? items.pollFirst() : items.pollLast();
        if (v == null) return -Errno.ENOENT;
        System.arraycopy(v, 0, value, 0, valueSize());
        return 0;
    }

    @Override
    public int progPeek(byte[] value) {
        checkValue(value, valueSize());
        byte[] v = fifo ? items.peekFirst() : items.peekLast();
        if (v == null) return -Errno.ENOENT;
        System.arraycopy(v, 0, value, 0, valueSize());
        return 0;
    }

    @Override
    public int progUpdate(byte[] key, byte[] value, long flags, int cpu) {
        return progPush(value, flags);
    }
}
