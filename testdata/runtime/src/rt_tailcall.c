// SPDX-License-Identifier: GPL-2.0
/* Tail calls through a program array initialised in the object: a program that
 * tail-calls itself until the kernel's limit of 33 tail calls per run stops it,
 * counting the calls in a global variable (.bss); the slot to jump through comes
 * from 'param' (an empty or out-of-range slot makes the call fall through). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 hops;  /* .bss */

SEC("xdp") int chain(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jmp SEC(".maps") = {
	.values = { [1] = (void *)&chain },
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 1);
} param SEC(".maps");

SEC("xdp")
int chain(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u32 *s = bpf_map_lookup_elem(&param, &k);

	hops++;
	if (s)
		bpf_tail_call(ctx, &jmp, *s);
	return hops > 40 ? XDP_ABORTED : XDP_PASS;
}

char _license[] SEC("license") = "GPL";
