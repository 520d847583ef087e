// SPDX-License-Identifier: GPL-2.0
/* A deep chain of static __noinline bpf-to-bpf calls, each using its own
 * stack, so the verifier tracks frames and the combined stack depth; one level
 * passes a pointer to its stack to the next. scale_calls goes eight frames
 * deep (the kernel's MAX_CALL_FRAMES); scale_calls_too_deep goes nine, which
 * the kernel rejects ("the call stack of 9 frames is too deep"). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} out SEC(".maps");

#define LEVEL(n, next)                                              \
static __noinline __u64 level##n(__u64 x)                           \
{                                                                   \
	volatile __u64 buf[4];                                      \
	int i;                                                      \
	for (i = 0; i < 4; i++)                                     \
		buf[i] = x + i * n;                                 \
	return next(buf[0] ^ buf[3]) + buf[1] + buf[2];             \
}

static __noinline __u64 level8(__u64 x)
{
	volatile __u64 buf[2];

	buf[0] = x * 3;
	buf[1] = x >> 2;
	return buf[0] + buf[1];
}

static __noinline __u64 fill(__u64 *slots, __u64 x)
{
	if (!slots)
		return 0;
	slots[0] = x;
	slots[1] = x << 1;
	return slots[0] + slots[1];
}

LEVEL(7, level8)
LEVEL(6, level7)
LEVEL(5, level6)
LEVEL(4, level5)

static __noinline __u64 level3(__u64 x)
{
	__u64 slots[2] = {};
	__u64 r = fill(slots, x);

	return level4(r + slots[1]);
}

LEVEL(2, level3)
LEVEL(1, level2)

SEC("xdp")
int scale_calls(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 r = level2(ctx->data_end - ctx->data);
	__u64 *v = bpf_map_lookup_elem(&out, &key);

	if (v)
		*v = r;
	return r & 1 ? XDP_DROP : XDP_PASS;
}

SEC("xdp")
int scale_calls_too_deep(struct xdp_md *ctx)
{
	__u32 key = 2;
	__u64 r = level1(ctx->data_end - ctx->data);
	__u64 *v = bpf_map_lookup_elem(&out, &key);

	if (v)
		*v = r;
	return r & 1 ? XDP_DROP : XDP_PASS;
}

SEC("tc")
int scale_calls_tc(struct __sk_buff *skb)
{
	__u32 key = 1;
	__u64 r = level4(skb->len) + level6(skb->mark);
	__u64 *v = bpf_map_lookup_elem(&out, &key);

	if (v)
		*v = r;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
