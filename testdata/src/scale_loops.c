// SPDX-License-Identifier: GPL-2.0
/* Bounded loops of 100+ iterations, a nested loop and a bpf_loop callback:
 * the verifier must walk every iteration of the open-coded loops. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 8);
} sums SEC(".maps");

struct cb_ctx {
	__u64 acc;
	__u32 seed;
};

static void store(__u32 slot, __u64 value)
{
	__u64 *v = bpf_map_lookup_elem(&sums, &slot);

	if (v)
		*v = value;
}

static int mix(__u32 index, void *data)
{
	struct cb_ctx *c = data;

	c->acc = c->acc * 31 + (index ^ c->seed);
	return index > 900 ? 1 : 0;
}

SEC("xdp")
int scale_loop_simple(struct xdp_md *ctx)
{
	__u64 acc = ctx->data_end - ctx->data;
	__u32 i;

#pragma clang loop unroll(disable)
	for (i = 0; i < 200; i++)
		acc = acc * 17 + (i ^ (acc >> 3));
	store(0, acc);
	return XDP_PASS;
}

SEC("xdp")
int scale_loop_nested(struct xdp_md *ctx)
{
	__u64 acc = ctx->ingress_ifindex;
	__u32 i, j;

#pragma clang loop unroll(disable)
	for (i = 0; i < 12; i++) {
#pragma clang loop unroll(disable)
		for (j = 0; j < 10; j++) {
			if ((acc + j) & 1)
				acc += i * j;
			else
				acc ^= i + j;
		}
	}
	store(1, acc);
	return XDP_PASS;
}

SEC("xdp")
int scale_loop_packet(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	__u32 sum = 0;
	__u32 i;

#pragma clang loop unroll(disable)
	for (i = 0; i < 128; i++) {
		__u8 *p = data + i;

		if ((void *)(p + 1) > end)
			break;
		sum += *p;
	}
	store(2, sum);
	return sum & 1 ? XDP_DROP : XDP_PASS;
}

SEC("xdp")
int scale_bpf_loop(struct xdp_md *ctx)
{
	struct cb_ctx c = { .acc = 1, .seed = ctx->rx_queue_index };
	long n;

	n = bpf_loop(1000, mix, &c, 0);
	store(3, c.acc + n);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
