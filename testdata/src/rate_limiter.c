// SPDX-License-Identifier: GPL-2.0
/* XDP rate limiter: a token bucket per IPv4 source address. Each source may
 * send BURST packets at once and then RATE_PER_SEC packets per second; the
 * rest is dropped, counted, and reported on a ring buffer. Time comes from
 * bpf_ktime_get_ns(), so a test drives it with a clock it advances. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define NSEC_PER_SEC 1000000000ULL

volatile const __u64 rate_per_sec = 2;  /* tokens added per second */
volatile const __u64 burst = 3;         /* bucket size */

struct bucket {
	__u64 last_ns;   /* when tokens were last added */
	__u64 tokens;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);              /* IPv4 source address, network order */
	__type(value, struct bucket);
	__uint(max_entries, 1024);
} buckets SEC(".maps");

enum { STAT_PASSED, STAT_DROPPED, STAT_MAX };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, STAT_MAX);
} stats SEC(".maps");

struct drop_event {
	__u32 saddr;
	__u32 tokens;
	__u64 time_ns;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} drops SEC(".maps");

static __always_inline void count(__u32 slot)
{
	__u64 *v = bpf_map_lookup_elem(&stats, &slot);
	if (v)
		__sync_fetch_and_add(v, 1);
}

SEC("xdp")
int rate_limit(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct bucket *b;
	__u64 now, refill;
	__u32 saddr;

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;

	saddr = ip->saddr;
	now = bpf_ktime_get_ns();
	b = bpf_map_lookup_elem(&buckets, &saddr);
	if (!b) {
		struct bucket fresh = { .last_ns = now, .tokens = burst - 1 };
		if (bpf_map_update_elem(&buckets, &saddr, &fresh, BPF_NOEXIST))
			return XDP_ABORTED;
		count(STAT_PASSED);
		return XDP_PASS;
	}

	refill = (now - b->last_ns) * rate_per_sec / NSEC_PER_SEC;
	if (refill) {
		b->tokens += refill;
		if (b->tokens > burst)
			b->tokens = burst;
		b->last_ns += refill * NSEC_PER_SEC / rate_per_sec;
	}
	if (b->tokens == 0) {
		struct drop_event ev = { .saddr = saddr, .tokens = 0, .time_ns = now };
		bpf_ringbuf_output(&drops, &ev, sizeof(ev), 0);
		count(STAT_DROPPED);
		return XDP_DROP;
	}
	b->tokens--;
	count(STAT_PASSED);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
