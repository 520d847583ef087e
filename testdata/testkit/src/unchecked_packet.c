// SPDX-License-Identifier: GPL-2.0
/* A mistake the verifier exists for: the program reads the IPv4 protocol
 * byte without first checking that the packet is long enough. The kernel
 * refuses to load it; the testkit must fail a test that loads it, with the
 * verifier's message and this source line, unless verification is turned off. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int unchecked_packet(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if (ip->protocol == 17)	/* no data_end check before this load */
		return XDP_DROP;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
