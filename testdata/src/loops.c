// SPDX-License-Identifier: GPL-2.0
/* bpf_loop with a callback passed by address, a bounded loop and a chain of
 * static and global subprograms called from two programs. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct loop_ctx {
	__u64 sum;
	__u32 limit;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} results SEC(".maps");

static int add_index(__u32 index, void *data)
{
	struct loop_ctx *lc = data;

	if (index >= lc->limit)
		return 1;
	lc->sum += index * index;
	return 0;
}

static __noinline __u64 square_sum(__u32 n)
{
	struct loop_ctx lc = { .sum = 0, .limit = n };

	bpf_loop(100, add_index, &lc, 0);
	return lc.sum;
}

__noinline __u64 bounded_sum(__u32 n)
{
	__u64 s = 0;

	for (__u32 i = 0; i < 32; i++) {
		if (i >= n)
			break;
		s += i;
	}
	return s;
}

static __noinline void store(__u32 slot, __u64 v)
{
	bpf_map_update_elem(&results, &slot, &v, BPF_ANY);
}

SEC("xdp")
int loop_xdp(struct xdp_md *ctx)
{
	__u32 n = ctx->data_end - ctx->data;

	store(0, square_sum(n & 63));
	store(1, bounded_sum(n & 31));
	return 2; /* XDP_PASS */
}

SEC("tc")
int loop_tc(struct __sk_buff *skb)
{
	store(2, bounded_sum(skb->len & 31));
	return 0;
}

char _license[] SEC("license") = "GPL";
