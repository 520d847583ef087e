// SPDX-License-Identifier: GPL-2.0
/* TC classifier using global data in every data section: .data, .rodata,
 * .bss, a custom .data.* and .rodata.* section, plus bpf-to-bpf calls to a
 * global (non-static) function and a static function in .text. */
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

volatile const __u32 min_len = 64;           /* .rodata, set by the loader */
volatile const __u8 allowed_marks[4] = { 1, 2, 3, 5 };
__u64 packets_seen = 0;                      /* .bss */
__u64 bytes_seen;                            /* .bss */
__u32 last_ifindex = 0xffffffff;             /* .data */
__u32 sample_every SEC(".data.tuning") = 16; /* .data.tuning */
const char tag[8] SEC(".rodata.tags") = "tcprog";

static __noinline __u32 mark_for(__u32 mark)
{
	for (int i = 0; i < 4; i++)
		if (allowed_marks[i] == mark)
			return mark;
	return 0;
}

__noinline int classify_len(struct __sk_buff *skb)
{
	if (!skb)
		return 0;
	if (skb->len < min_len)
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}

SEC("tc")
int tc_ingress(struct __sk_buff *skb)
{
	int verdict;

	__sync_fetch_and_add(&packets_seen, 1);
	__sync_fetch_and_add(&bytes_seen, skb->len);
	last_ifindex = skb->ifindex;
	if (packets_seen % sample_every == 0)
		bpf_printk("%s: sampled packet on %u", tag, skb->ifindex);
	verdict = classify_len(skb);
	if (verdict != TC_ACT_OK)
		return verdict;
	skb->mark = mark_for(skb->mark);
	if (skb->protocol != bpf_htons(ETH_P_IP) && skb->protocol != bpf_htons(ETH_P_IPV6))
		return TC_ACT_UNSPEC;
	return TC_ACT_OK;
}

SEC("tcx/egress")
int tc_egress(struct __sk_buff *skb)
{
	return classify_len(skb) == TC_ACT_OK ? TC_ACT_OK : TC_ACT_SHOT;
}

char _license[] SEC("license") = "GPL";
