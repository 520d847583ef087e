// SPDX-License-Identifier: GPL-2.0
/* Map-in-map with a static initialiser, and a prog array with tail calls
 * whose slots are initialised from the object ("values" in .maps). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct inner_counters {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 8);
} inner_a SEC(".maps"), inner_b SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, struct inner_counters);
} outer SEC(".maps") = {
	.values = { [0] = &inner_a, [2] = &inner_b },
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
	__uint(max_entries, 16);
	__type(key, __u32);
	__uint(pinning, LIBBPF_PIN_BY_NAME);
	__array(values, struct {
		__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
		__uint(max_entries, 32);
		__type(key, __u64);
		__type(value, __u64);
	});
} per_tenant SEC(".maps");

int stage_two(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jump_table SEC(".maps") = {
	.values = { [1] = (void *)&stage_two },
};

SEC("xdp")
int stage_one(struct xdp_md *ctx)
{
	__u32 key = 0, slot = 1;
	void *inner = bpf_map_lookup_elem(&outer, &key);
	__u64 *cnt;

	if (inner) {
		cnt = bpf_map_lookup_elem(inner, &slot);
		if (cnt)
			__sync_fetch_and_add(cnt, 1);
	}
	bpf_tail_call(ctx, &jump_table, 1);
	return 2; /* XDP_PASS */
}

SEC("xdp")
int stage_two(struct xdp_md *ctx)
{
	__u64 tenant = ctx->ingress_ifindex;
	__u32 k = (__u32)tenant;
	void *inner = bpf_map_lookup_elem(&per_tenant, &k);

	if (!inner)
		return 1; /* XDP_DROP */
	return 2;
}

char _license[] SEC("license") = "GPL";
