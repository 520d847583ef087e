package io.github.ebpf4j.vm.maps;

/**
 * Flag values of the map API, named and numbered as in include/uapi/linux/bpf.h: the update
 * flags of {@code BPF_MAP_UPDATE_ELEM} / {@code bpf_map_update_elem()} and the {@code map_flags}
 * of {@code BPF_MAP_CREATE}.
 */
public final class MapFlags {
    /** Create a new element or update an existing one. */ public static final long BPF_ANY = 0;
    /** Create a new element only if it did not exist. */ public static final long BPF_NOEXIST = 1;
    /** Update an existing element only. */ public static final long BPF_EXIST = 2;
    /** Copy the value under the element's {@code bpf_spin_lock}. */ public static final long BPF_F_LOCK = 4;

    /** map_flags: do not preallocate elements (required by LPM tries). */
    public static final int BPF_F_NO_PREALLOC = 1 << 0;
    /** map_flags: per-CPU LRU lists instead of a common one. */
    public static final int BPF_F_NO_COMMON_LRU = 1 << 1;
    /** map_flags: NUMA node given. */ public static final int BPF_F_NUMA_NODE = 1 << 2;
    /** map_flags: read-only from user space. */ public static final int BPF_F_RDONLY = 1 << 3;
    /** map_flags: write-only from user space. */ public static final int BPF_F_WRONLY = 1 << 4;
    /** map_flags: stack trace map stores build ids. */ public static final int BPF_F_STACK_BUILD_ID = 1 << 5;
    /** map_flags: hash with a zero seed (deterministic bucket and bloom hashing). */
    public static final int BPF_F_ZERO_SEED = 1 << 6;
    /** map_flags: read-only for programs. */ public static final int BPF_F_RDONLY_PROG = 1 << 7;
    /** map_flags: write-only for programs. */ public static final int BPF_F_WRONLY_PROG = 1 << 8;
    /** map_flags: clone the map in sk_storage. */ public static final int BPF_F_CLONE = 1 << 9;
    /** map_flags: the array can be mmap()ed. */ public static final int BPF_F_MMAPABLE = 1 << 10;
    /** map_flags: keep perf event array entries when the map's fd is closed. */
    public static final int BPF_F_PRESERVE_ELEMS = 1 << 11;
    /** map_flags: inner map of a map-of-maps may have a different max_entries. */
    public static final int BPF_F_INNER_MAP = 1 << 12;

    /** {@code bpf_perf_event_output()}: index is the current CPU. */
    public static final long BPF_F_CURRENT_CPU = 0xffffffffL;
    /** {@code bpf_ringbuf_*()}: do not wake up the consumer. */ public static final long BPF_RB_NO_WAKEUP = 1;
    /** {@code bpf_ringbuf_*()}: always wake up the consumer. */ public static final long BPF_RB_FORCE_WAKEUP = 2;

    private MapFlags() {
    }
}
