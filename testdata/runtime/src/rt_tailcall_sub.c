// SPDX-License-Identifier: GPL-2.0
/* A tail call from a subprogram: it replaces only the subprogram's frame, so when the
 * tail-called program exits, its return value comes back to the subprogram's caller, which
 * goes on ('after' counts those returns, 'sum' adds up the values). 'entry' tail-calls itself
 * through slot 1 (a program array can only name loaded programs, and the oracle loads one); on
 * that second entry ('entered' is then non-zero) it returns XDP_TX at once. Slot 0 is empty:
 * the call falls through and the subprogram returns 'fallback' (XDP_DROP). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 entered;  /* .bss */
__u64 after;
__u64 sum;
volatile __u32 fallback = XDP_DROP;  /* .data: read at run time, so the compiler keeps r0 */

SEC("xdp") int entry(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jmp SEC(".maps") = {
	.values = { [1] = (void *)&entry },
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 1);
} param SEC(".maps");

static __attribute__((noinline)) int hop(struct xdp_md *ctx, __u32 slot)
{
	bpf_tail_call(ctx, &jmp, slot);
	return fallback;
}

SEC("xdp")
int entry(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u32 *s;
	int r;

	if (entered++)
		return XDP_TX;
	s = bpf_map_lookup_elem(&param, &k);
	r = hop(ctx, s ? *s : 0);
	after++;
	sum += r;
	return r;
}

char _license[] SEC("license") = "GPL";
