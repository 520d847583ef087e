package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maps of one simulated process: creates maps from {@link MapSpec}s with the kernel's
 * attribute checks ({@code BPF_MAP_CREATE}: the {@code map_alloc_check} of each map type) and gives
 * each a descriptor, as the kernel gives a file descriptor. Maps of maps resolve the descriptors
 * user space stores in them through this table.
 *
 * <p>Limits of ours, beyond the kernel's: a map may not need more than {@link #MAX_MAP_BYTES} of
 * memory ({@code -ENOMEM}), so a bad spec cannot exhaust the JVM. Map types without a simulation
 * (sockmap, cgroup storage, stack trace, ...) are refused with {@code -EOPNOTSUPP}.
 */
public final class MapTable {
    /** Largest memory a single map may need: 256 MiB. */
    public static final long MAX_MAP_BYTES = 256L << 20;
    /** The kernel's page size, which ring buffer sizes must be a multiple of. */
    public static final int PAGE_SIZE = 4096;
    /** Room for the kernel's {@code struct htab_elem} header and stack-sized key rounding. */
    private static final int HTAB_ELEM_OVERHEAD = 512 + 64;
    /** {@code PCPU_MIN_UNIT_SIZE}: largest per-CPU value. */
    private static final int MAX_PERCPU_VALUE = 32768;
    /** {@code KMALLOC_MAX_SIZE} on x86-64 (order-10 pages). */
    private static final long KMALLOC_MAX = 4L << 20;
    /** First descriptor handed out, after stdin/stdout/stderr. */
    private static final int FIRST_FD = 3;

    private final int numCpus;
    private final int seed;
    private final List<BpfMap> byFd = new ArrayList<>();
    private final Map<String, BpfMap> byName = new LinkedHashMap<>();

    /**
     * @param numCpus number of simulated CPUs (at least 1)
     * @param seed seed for hashing that the kernel randomizes (bloom filters without
     *     BPF_F_ZERO_SEED)
     */
    public MapTable(int numCpus, int seed) {
        if (numCpus < 1 || numCpus > 4096) {
            throw new IllegalArgumentException("numCpus must be 1-4096, got " + numCpus);
        }
        this.numCpus = numCpus;
        this.seed = seed;
    }

    /** A table for one simulated CPU and seed 0. */
    public MapTable() {
        this(1, 0);
    }

    /** @return number of simulated CPUs */
    public int numCpus() {
        return numCpus;
    }

    /**
     * Creates a map the way libbpf does when it loads an object: as {@link #create}, but a perf
     * event array without max_entries gets one slot per CPU ({@code bpf_object__create_map}).
     *
     * @param spec the map's attributes
     * @return the new map
     * @throws MapException with the kernel's errno if the attributes are invalid
     */
    public BpfMap createLikeLibbpf(MapSpec spec) {
        if (spec.type() == MapType.PERF_EVENT_ARRAY && spec.maxEntries() == 0) {
            spec = new MapSpec(spec.name(), spec.type(), spec.keySize(), spec.valueSize(), numCpus, spec.flags(),
                    spec.innerMap(), spec.initialData(), spec.frozen());
        }
        return create(spec);
    }

    /**
     * Creates a map and registers it ({@code BPF_MAP_CREATE}).
     *
     * @param spec the map's attributes
     * @return the new map
     * @throws MapException with the kernel's errno if the attributes are invalid
     */
    public BpfMap create(MapSpec spec) {
        BpfMap m = newMap(spec);
        byFd.add(m);
        byName.putIfAbsent(spec.name(), m);
        return m;
    }

    /** @param map a map of this table @return its descriptor, or -1 */
    public int fd(BpfMap map) {
        for (int i = 0; i < byFd.size(); i++) if (byFd.get(i) == map) return FIRST_FD + i;
        return -1;
    }

    /** @param fd descriptor @return the map, or null */
    public BpfMap byFd(int fd) {
        int i = fd - FIRST_FD;
        return i >= 0 && i < byFd.size() ? byFd.get(i) : null;
    }

    /** @param name map name @return the first map created with that name, or null */
    public BpfMap byName(String name) {
        return byName.get(name);
    }

    /** @return every map, in creation order */
    public List<BpfMap> maps() {
        return Collections.unmodifiableList(byFd);
    }

    private MapException invalid(MapSpec s, int errno, String why) {
        return new MapException(errno, "map '" + s.name() + "' (" + s.type().name().toLowerCase(java.util.Locale.ROOT)
                + "): " + why);
    }

    private BpfMap newMap(MapSpec s) {
        int k = s.keySize();
        int v = s.valueSize();
        int max = s.maxEntries();
        if (k < 0 || v < 0 || max < 0) throw invalid(s, -Errno.EINVAL, "negative size");
        switch (s.type()) {
            case HASH, PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH -> {
                // htab_map_alloc_check()
                boolean lru = s.type() == MapType.LRU_HASH || s.type() == MapType.LRU_PERCPU_HASH;
                boolean percpu = s.type() == MapType.PERCPU_HASH || s.type() == MapType.LRU_PERCPU_HASH;
                if (lru && (s.flags() & MapFlags.BPF_F_NO_PREALLOC) != 0) {
                    throw invalid(s, -Errno.ENOTSUPP, "LRU maps are always preallocated");
                }
                if (max == 0 || k == 0 || v == 0) throw invalid(s, -Errno.EINVAL, "zero key size, value size or max_entries");
                // an element (key, value, header) must fit one kmalloc
                if ((long) k + v + HTAB_ELEM_OVERHEAD > KMALLOC_MAX) throw invalid(s, -Errno.E2BIG, "element larger than kmalloc allows");
                if (percpu && v > MAX_PERCPU_VALUE) throw invalid(s, -Errno.E2BIG, "per-CPU value larger than 32768");
                checkMemory(s, (long) max * (k + (long) v * (percpu ? numCpus : 1)));
                return new HashTableMap(s, numCpus);
            }
            case ARRAY, PERCPU_ARRAY -> {
                boolean percpu = s.type() == MapType.PERCPU_ARRAY;
                if (max == 0 || k != 4 || v == 0) throw invalid(s, -Errno.EINVAL, "arrays need key size 4, value size > 0, max_entries > 0");
                if (percpu && v > MAX_PERCPU_VALUE) throw invalid(s, -Errno.E2BIG, "per-CPU value larger than 32768");
                checkMemory(s, (long) max * v * (percpu ? numCpus : 1));
                return new ArrayMap(s, numCpus);
            }
            case PROG_ARRAY, PERF_EVENT_ARRAY, ARRAY_OF_MAPS -> {
                // fd_array_map_alloc_check()
                MapSpec t = s;
                if (max == 0 || k != 4 || v != 4) throw invalid(s, -Errno.EINVAL, "need key size 4, value size 4, max_entries > 0");
                checkMemory(s, (long) max * 8);
                if (s.type() == MapType.ARRAY_OF_MAPS) return mapOfMaps(t);
                return s.type() == MapType.PERF_EVENT_ARRAY ? new PerfEventArrayMap(t, numCpus) : new FdArrayMap(t, numCpus);
            }
            case HASH_OF_MAPS -> {
                if (max == 0 || k == 0 || v != 4) throw invalid(s, -Errno.EINVAL, "need value size 4, key size > 0, max_entries > 0");
                return mapOfMaps(s);
            }
            case LPM_TRIE -> {
                // trie_alloc()
                if (max == 0 || (s.flags() & MapFlags.BPF_F_NO_PREALLOC) == 0 || k < 5 || k > 4 + 256 || v < 1) {
                    throw invalid(s, -Errno.EINVAL, "LPM tries need BPF_F_NO_PREALLOC, key size 5-260, value size > 0");
                }
                checkMemory(s, (long) max * (k + v));
                return new LpmTrieMap(s, numCpus);
            }
            case QUEUE, STACK -> {
                if (max == 0 || k != 0 || v == 0) throw invalid(s, -Errno.EINVAL, "need key size 0, value size > 0, max_entries > 0");
                if (v > KMALLOC_MAX) throw invalid(s, -Errno.E2BIG, "value too large");
                checkMemory(s, (long) max * v);
                return new QueueStackMap(s, numCpus);
            }
            case BLOOM_FILTER -> {
                if (k != 0 || v == 0 || max == 0) throw invalid(s, -Errno.EINVAL, "need key size 0, value size > 0, max_entries > 0");
                return new BloomFilterMap(s, numCpus, 0, seed);
            }
            case RINGBUF -> {
                if (k != 0 || v != 0 || max == 0 || Integer.bitCount(max) != 1 || max % PAGE_SIZE != 0) {
                    throw invalid(s, -Errno.EINVAL, "ring buffers need key and value size 0 and a power-of-2 size of whole pages");
                }
                checkMemory(s, max);
                return new RingBufMap(s, numCpus);
            }
            case DEVMAP, DEVMAP_HASH, CPUMAP -> {
                if (max == 0 || k != 4 || (v != 4 && v != 8)) throw invalid(s, -Errno.EINVAL, "need key size 4, value size 4 or 8, max_entries > 0");
                checkMemory(s, (long) max * 16);
                return new RedirectMap(s, numCpus);
            }
            case XSKMAP -> {
                if (max == 0 || k != 4 || v != 4) throw invalid(s, -Errno.EINVAL, "need key size 4, value size 4, max_entries > 0");
                checkMemory(s, (long) max * 16);
                return new RedirectMap(s, numCpus);
            }
            default -> throw invalid(s, -Errno.EOPNOTSUPP, "map type not simulated by ebpf4j");
        }
    }

    private BpfMap mapOfMaps(MapSpec s) {
        if (s.innerMap() == null) throw invalid(s, -Errno.EINVAL, "map of maps without an inner map template");
        return new MapOfMaps(s, numCpus, this::byFd);
    }

    private void checkMemory(MapSpec s, long bytes) {
        if (bytes > MAX_MAP_BYTES) {
            throw invalid(s, -Errno.ENOMEM, "needs " + bytes + " bytes, more than ebpf4j allows (" + MAX_MAP_BYTES + ")");
        }
    }
}
