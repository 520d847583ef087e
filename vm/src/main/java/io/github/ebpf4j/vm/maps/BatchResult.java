package io.github.ebpf4j.vm.maps;

import java.util.List;

/**
 * Outcome of a batch operation, as {@code BPF_MAP_*_BATCH} reports it.
 *
 * @param count number of elements processed ({@code attr->batch.count} on return)
 * @param errno 0, or the negative errno that stopped the batch; {@code -ENOENT} from a lookup
 *     batch means the map has no more elements (the kernel reports the end that way)
 * @param entries the elements read (lookup batches), else empty
 * @param next cursor to pass to the next lookup batch (the last key read), or null
 */
public record BatchResult(int count, int errno, List<MapEntry> entries, byte[] next) {
    /** Copies the entry list. */
    public BatchResult {
        entries = List.copyOf(entries);
    }
}
