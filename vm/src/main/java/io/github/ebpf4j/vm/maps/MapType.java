package io.github.ebpf4j.vm.maps;

/**
 * BPF map types. Numbered as {@code enum bpf_map_type} in include/uapi/linux/bpf.h (Linux 6.1 header plus
 * later additions); the numbers are kernel ABI.
 */
public enum MapType {
    /** BPF_MAP_TYPE_UNSPEC = 0. */ UNSPEC(0),
    /** BPF_MAP_TYPE_HASH = 1. */ HASH(1),
    /** BPF_MAP_TYPE_ARRAY = 2. */ ARRAY(2),
    /** BPF_MAP_TYPE_PROG_ARRAY = 3. */ PROG_ARRAY(3),
    /** BPF_MAP_TYPE_PERF_EVENT_ARRAY = 4. */ PERF_EVENT_ARRAY(4),
    /** BPF_MAP_TYPE_PERCPU_HASH = 5. */ PERCPU_HASH(5),
    /** BPF_MAP_TYPE_PERCPU_ARRAY = 6. */ PERCPU_ARRAY(6),
    /** BPF_MAP_TYPE_STACK_TRACE = 7. */ STACK_TRACE(7),
    /** BPF_MAP_TYPE_CGROUP_ARRAY = 8. */ CGROUP_ARRAY(8),
    /** BPF_MAP_TYPE_LRU_HASH = 9. */ LRU_HASH(9),
    /** BPF_MAP_TYPE_LRU_PERCPU_HASH = 10. */ LRU_PERCPU_HASH(10),
    /** BPF_MAP_TYPE_LPM_TRIE = 11. */ LPM_TRIE(11),
    /** BPF_MAP_TYPE_ARRAY_OF_MAPS = 12. */ ARRAY_OF_MAPS(12),
    /** BPF_MAP_TYPE_HASH_OF_MAPS = 13. */ HASH_OF_MAPS(13),
    /** BPF_MAP_TYPE_DEVMAP = 14. */ DEVMAP(14),
    /** BPF_MAP_TYPE_SOCKMAP = 15. */ SOCKMAP(15),
    /** BPF_MAP_TYPE_CPUMAP = 16. */ CPUMAP(16),
    /** BPF_MAP_TYPE_XSKMAP = 17. */ XSKMAP(17),
    /** BPF_MAP_TYPE_SOCKHASH = 18. */ SOCKHASH(18),
    /** BPF_MAP_TYPE_CGROUP_STORAGE = 19. */ CGROUP_STORAGE(19),
    /** BPF_MAP_TYPE_REUSEPORT_SOCKARRAY = 20. */ REUSEPORT_SOCKARRAY(20),
    /** BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE = 21. */ PERCPU_CGROUP_STORAGE(21),
    /** BPF_MAP_TYPE_QUEUE = 22. */ QUEUE(22),
    /** BPF_MAP_TYPE_STACK = 23. */ STACK(23),
    /** BPF_MAP_TYPE_SK_STORAGE = 24. */ SK_STORAGE(24),
    /** BPF_MAP_TYPE_DEVMAP_HASH = 25. */ DEVMAP_HASH(25),
    /** BPF_MAP_TYPE_STRUCT_OPS = 26. */ STRUCT_OPS(26),
    /** BPF_MAP_TYPE_RINGBUF = 27. */ RINGBUF(27),
    /** BPF_MAP_TYPE_INODE_STORAGE = 28. */ INODE_STORAGE(28),
    /** BPF_MAP_TYPE_TASK_STORAGE = 29. */ TASK_STORAGE(29),
    /** BPF_MAP_TYPE_BLOOM_FILTER = 30. */ BLOOM_FILTER(30),
    /** BPF_MAP_TYPE_USER_RINGBUF = 31. */ USER_RINGBUF(31),
    /** BPF_MAP_TYPE_CGRP_STORAGE = 32. */ CGRP_STORAGE(32),
    /** BPF_MAP_TYPE_ARENA = 33. */ ARENA(33);

    private static final MapType[] BY_ID = values();

    private final int id;

    MapType(int id) {
        this.id = id;
    }

    /** @return the kernel's number for it */
    public int id() { return id; }

    /** @param id kernel number @return the constant, or null if unknown */
    public static MapType of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
