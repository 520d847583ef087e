package io.github.ebpf4j.vm.maps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The kernel's common LRU for preallocated LRU hash maps (kernel/bpf/bpf_lru_list.c), kept so
 * that which elements an insert evicts, and how many, is what Linux does:
 *
 * <ul>
 *   <li>Free nodes sit on a global free list and on per-CPU local free lists. An insert takes a
 *       node from its CPU's local list; when that is empty the CPU first moves its pending nodes
 *       onto the global active (referenced) or inactive list, rotates the lists, then takes up to
 *       {@code target_free} nodes from the global free list and, if that is not enough, evicts
 *       unreferenced inactive elements from the tail (oldest first) to make up the difference,
 *       or, when every element is referenced, forcibly evicts one.</li>
 *   <li>{@code target_free} is {@code clamp(max_entries / nr_cpus / 2, 1, 128)} (Linux 6.16+):
 *       on 2 CPUs a full map of 16 loses 4 elements to one insert. Recorded with kernel-oracle in
 *       testdata/runtime/mapops/lru_*.expected.</li>
 *   <li>A program lookup sets the element's reference bit; a node freed while still pending
 *       returns to its CPU's local free list, any other to the global free list.</li>
 * </ul>
 *
 * Simplifications: the inactive rotation scans the whole inactive list (up to 128 nodes) from
 * its tail rather than resuming at the kernel's {@code next_inactive_rotation}; the per-CPU
 * LRU variant ({@code BPF_F_NO_COMMON_LRU}) uses this same common LRU.
 *
 * @param <E> element type
 */
final class LruLists<E extends LruLists.Node> {
    /** {@code LOCAL_FREE_TARGET}, also {@code LOCAL_NR_SCANS}. */
    static final int LOCAL_FREE_TARGET = 128;

    /** Where a node is. */
    enum Where { PENDING, ACTIVE, INACTIVE, NONE }

    /** LRU bookkeeping carried by each element. */
    static class Node {
        Where where = Where.NONE;
        int cpu;
        boolean ref;
    }

    /** Removes an evicted element from the hash table. */
    interface Evictor<E> {
        void evict(E element);
    }

    private final int targetFree;
    private final Evictor<E> evictor;
    private long globalFree;
    private final long[] localFree;
    private final int[] nextSteal;
    /** First = tail (oldest), last = head (newest). */
    private final LinkedHashSet<E> active = new LinkedHashSet<>();
    private final LinkedHashSet<E> inactive = new LinkedHashSet<>();
    private final List<LinkedHashSet<E>> pending = new ArrayList<>();

    LruLists(int maxEntries, int numCpus, Evictor<E> evictor) {
        this.targetFree = Math.max(1, Math.min(maxEntries / numCpus / 2, LOCAL_FREE_TARGET));
        this.evictor = evictor;
        this.globalFree = maxEntries;
        this.localFree = new long[numCpus];
        this.nextSteal = new int[numCpus];
        for (int c = 0; c < numCpus; c++) {
            pending.add(new LinkedHashSet<>());
            nextSteal[c] = c;
        }
    }

    /**
     * {@code bpf_lru_pop_free()}: reserves a node for a new element on a CPU, evicting if needed.
     *
     * @param cpu the CPU
     * @return false if no node could be found ({@code -ENOMEM})
     */
    boolean popFree(int cpu) {
        if (localFree[cpu] == 0) popFreeToLocal(cpu);
        if (localFree[cpu] > 0) {
            localFree[cpu]--;
            return true;
        }
        int n = localFree.length;
        int first = nextSteal[cpu];
        int steal = first;
        boolean got = false;
        do {
            if (localFree[steal] > 0) {
                localFree[steal]--;
                got = true;
            } else {
                got = evictPending(steal);
            }
            steal = (steal + 1) % n;
        } while (!got && steal != first);
        nextSteal[cpu] = steal;
        return got;
    }

    /**
     * {@code __local_list_add_pending()}: the element that got the node from {@link #popFree}.
     *
     * @param e element
     * @param cpu CPU
     * @param ref initial reference bit (set when it replaced an element)
     */
    void addPending(E e, int cpu, boolean ref) {
        e.where = Where.PENDING;
        e.cpu = cpu;
        e.ref = ref;
        pending.get(cpu).add(e);
    }

    /**
     * Gives back a node reserved by {@link #popFree} that no element took (a failed update).
     *
     * @param cpu CPU it was reserved on
     */
    void unreserve(int cpu) {
        localFree[cpu]++;
    }

    /**
     * {@code bpf_lru_push_free()}: an element left the table (deleted, replaced).
     *
     * @param e element
     */
    void pushFree(E e) {
        switch (e.where) {
            case PENDING -> {
                pending.get(e.cpu).remove(e);
                localFree[e.cpu]++;
            }
            case ACTIVE -> {
                active.remove(e);
                globalFree++;
            }
            case INACTIVE -> {
                inactive.remove(e);
                globalFree++;
            }
            default -> {
            }
        }
        e.where = Where.NONE;
        e.ref = false;
    }

    /** @param e element a program looked up: {@code bpf_lru_node_set_ref()} */
    void setRef(E e) {
        e.ref = true;
    }

    private void popFreeToLocal(int cpu) {
        // __local_list_flush(): oldest pending first, to the head of active or inactive
        for (E e : new ArrayList<>(pending.get(cpu))) moveIn(e, e.ref ? Where.ACTIVE : Where.INACTIVE);
        pending.get(cpu).clear();
        rotate();
        long n = Math.min(targetFree, globalFree);
        globalFree -= n;
        localFree[cpu] += n;
        if (n < targetFree) localFree[cpu] += shrink((int) (targetFree - n));
    }

    private void moveIn(E e, Where to) {
        e.where = to;
        e.ref = false;
        (to == Where.ACTIVE ? active : inactive).add(e);
    }

    private void move(E e, Where to) {
        (e.where == Where.ACTIVE ? active : inactive).remove(e);
        moveIn(e, to);
    }

    private void rotate() {
        if (inactive.size() < active.size()) {
            // __bpf_lru_list_rotate_active(): each node once, from the tail
            int i = 0;
            for (E e : new ArrayList<>(active)) {
                move(e, e.ref ? Where.ACTIVE : Where.INACTIVE);
                if (++i == LOCAL_FREE_TARGET) break;
            }
        }
        int i = 0;
        for (E e : new ArrayList<>(inactive)) {
            if (e.ref) move(e, Where.ACTIVE);
            if (++i == LOCAL_FREE_TARGET) break;
        }
    }

    private int shrink(int target) {
        int shrunk = 0;
        int i = 0;
        for (E e : new ArrayList<>(inactive)) {
            if (e.ref) {
                move(e, Where.ACTIVE);
            } else {
                evictNode(e);
                if (++shrunk == target) break;
            }
            if (++i == LOCAL_FREE_TARGET) break;
        }
        if (shrunk > 0) return shrunk;
        LinkedHashSet<E> force = inactive.isEmpty() ? active : inactive;
        if (force.isEmpty()) return 0;
        evictNode(force.iterator().next());
        return 1;
    }

    private void evictNode(E e) {
        (e.where == Where.ACTIVE ? active : inactive).remove(e);
        e.where = Where.NONE;
        evictor.evict(e);
    }

    private boolean evictPending(int cpu) {
        // __local_list_pop_pending(): oldest unreferenced pending node, else any
        LinkedHashSet<E> p = pending.get(cpu);
        for (int pass = 0; pass < 2; pass++) {
            for (E e : p) {
                if (!e.ref || pass == 1) {
                    p.remove(e);
                    e.where = Where.NONE;
                    evictor.evict(e);
                    return true;
                }
            }
        }
        return false;
    }
}
