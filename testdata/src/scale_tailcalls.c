// SPDX-License-Identifier: GPL-2.0
/* A program array and a chain of tail calls: entry -> stage 1 -> stage 2 ->
 * stage 3, each stage counting itself; the array slots are filled from the
 * object (libbpf's declarative prog-array initialisation). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} hits SEC(".maps");

int tail_stage1(struct xdp_md *ctx);
int tail_stage2(struct xdp_md *ctx);
int tail_stage3(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, int (void *));
} stages SEC(".maps") = {
	.values = {
		[1] = (void *)&tail_stage1,
		[2] = (void *)&tail_stage2,
		[3] = (void *)&tail_stage3,
	},
};

static __always_inline void hit(__u32 stage)
{
	__u64 *v = bpf_map_lookup_elem(&hits, &stage);

	if (v)
		__sync_fetch_and_add(v, 1);
}

SEC("xdp")
int tail_entry(struct xdp_md *ctx)
{
	hit(0);
	bpf_tail_call(ctx, &stages, 1);
	return XDP_PASS;
}

SEC("xdp")
int tail_stage1(struct xdp_md *ctx)
{
	hit(1);
	if (ctx->data_end - ctx->data > 64)
		bpf_tail_call(ctx, &stages, 2);
	bpf_tail_call(ctx, &stages, 3);
	return XDP_PASS;
}

SEC("xdp")
int tail_stage2(struct xdp_md *ctx)
{
	__u32 next = ctx->rx_queue_index & 3;

	hit(2);
	bpf_tail_call(ctx, &stages, next);
	return XDP_DROP;
}

SEC("xdp")
int tail_stage3(struct xdp_md *ctx)
{
	hit(3);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
