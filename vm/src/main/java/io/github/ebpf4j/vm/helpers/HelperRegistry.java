package io.github.ebpf4j.vm.helpers;

import java.util.Arrays;
import java.util.Objects;

/**
 * The helpers an interpreter may call, by id. Immutable: {@link #with} and the {@link Builder}
 * return new registries, so a test can replace one helper (a lookup that misses, a clock that is
 * fixed) without touching a registry shared with others.
 */
public final class HelperRegistry {
    /** Largest helper id accepted (ids are {@code int}s in the instruction; this bounds the table). */
    public static final int MAX_ID = 1 << 16;

    private static final HelperRegistry EMPTY = new HelperRegistry(new Helper[0]);

    private final Helper[] byId;

    private HelperRegistry(Helper[] byId) {
        this.byId = byId;
    }

    /** @return a registry without helpers */
    public static HelperRegistry empty() {
        return EMPTY;
    }

    /** @return a builder starting empty */
    public static Builder builder() {
        return new Builder(new Helper[0]);
    }

    /** @return a builder starting with this registry's helpers */
    public Builder toBuilder() {
        return new Builder(byId.clone());
    }

    /**
     * @param id helper id ({@code imm} of the CALL)
     * @return the helper, or null if none is registered
     */
    public Helper get(int id) {
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /**
     * @param id the helper
     * @param helper its implementation
     * @return a new registry with the helper added or replaced
     */
    public HelperRegistry with(HelperId id, Helper helper) {
        return toBuilder().register(id, helper).build();
    }

    /**
     * @param id helper id
     * @param helper its implementation
     * @return a new registry with the helper added or replaced
     */
    public HelperRegistry with(int id, Helper helper) {
        return toBuilder().register(id, helper).build();
    }

    /** @return ids that have a helper, ascending */
    public int[] ids() {
        return java.util.stream.IntStream.range(0, byId.length).filter(i -> byId[i] != null).toArray();
    }

    /**
     * Describes a helper id for messages: {@code "5 (bpf_ktime_get_ns)"} or {@code "9999"}.
     *
     * @param id helper id
     * @return the description
     */
    public static String describe(int id) {
        HelperId h = HelperId.of(id);
        return h == null ? Integer.toString(id) : id + " (" + h.cName() + ")";
    }

    /** Collects helpers; not thread-safe. */
    public static final class Builder {
        private Helper[] byId;

        private Builder(Helper[] byId) {
            this.byId = byId;
        }

        /**
         * @param id the helper
         * @param helper its implementation
         * @return this builder
         */
        public Builder register(HelperId id, Helper helper) {
            return register(id.id(), helper);
        }

        /**
         * @param id helper id, 0 to {@link #MAX_ID}
         * @param helper its implementation (null removes it)
         * @return this builder
         */
        public Builder register(int id, Helper helper) {
            if (id < 0 || id > MAX_ID) throw new IllegalArgumentException("helper id out of range: " + id);
            if (id >= byId.length) {
                if (helper == null) return this;
                byId = Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
            }
            byId[id] = helper;
            return this;
        }

        /**
         * @param other helpers to add (replacing same ids)
         * @return this builder
         */
        public Builder registerAll(HelperRegistry other) {
            Objects.requireNonNull(other);
            for (int id : other.ids()) register(id, other.get(id));
            return this;
        }

        /** @return the immutable registry */
        public HelperRegistry build() {
            int n = byId.length;
            while (n > 0 && byId[n - 1] == null) n--;
            return new HelperRegistry(Arrays.copyOf(byId, n));
        }
    }
}
