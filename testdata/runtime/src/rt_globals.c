// SPDX-License-Identifier: GPL-2.0
/* Global data in TC: a .rodata constant, a .data variable, a .bss counter, and
 * __sk_buff writes the kernel copies back to ctx_out (mark, priority, cb). */
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

volatile const __u32 magic = 0x5a5a;  /* .rodata */
__u32 mark_to_set = 7;                /* .data */
__u64 packets;                        /* .bss */
__u64 bytes;                          /* .bss */

SEC("tc")
int tc_globals_rt(struct __sk_buff *skb)
{
	packets++;
	bytes += skb->len;
	skb->mark = mark_to_set + magic;
	skb->priority = skb->len;
	skb->cb[1] = skb->protocol;
	mark_to_set++;
	return packets > 2 ? TC_ACT_SHOT : TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
