// SPDX-License-Identifier: GPL-2.0
/* A large multi-protocol XDP parser for verifier scale tests: Ethernet, up to
 * two VLAN tags, IPv4 with options, IPv6 with a bounded walk over extension
 * headers, then TCP/UDP/ICMP/ICMPv6, with counters in a per-CPU array. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

enum counter {
	C_PACKETS, C_VLAN1, C_VLAN2, C_IPV4, C_IPV4_OPTS, C_IPV6, C_IPV6_EXT,
	C_TCP, C_UDP, C_ICMP, C_ICMP6, C_OTHER_L4, C_TRUNCATED, C_SYN, C_DNS,
	C_FRAGMENT, C_BYTES, C_MAX
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, C_MAX);
} counters SEC(".maps");

struct vlan_hdr {
	__be16 tci;
	__be16 proto;
};

/* ICMP and ICMPv6 share this leading layout (linux/icmp.h pulls in libc) */
struct icmp_common {
	__u8 type;
	__u8 code;
	__sum16 checksum;
	__be32 rest;
};

struct ext_hdr {
	__u8 nexthdr;
	__u8 len;
};

static __always_inline void count(__u32 which, __u64 by)
{
	__u64 *v = bpf_map_lookup_elem(&counters, &which);

	if (v)
		*v += by;
}

static __always_inline int parse_l4(void *l4, void *end, __u8 proto)
{
	if (proto == IPPROTO_TCP) {
		struct tcphdr *th = l4;

		if ((void *)(th + 1) > end) {
			count(C_TRUNCATED, 1);
			return XDP_DROP;
		}
		count(C_TCP, 1);
		if (th->syn && !th->ack)
			count(C_SYN, 1);
		if (th->doff < 5)
			return XDP_DROP;
		return XDP_PASS;
	}
	if (proto == IPPROTO_UDP) {
		struct udphdr *uh = l4;

		if ((void *)(uh + 1) > end) {
			count(C_TRUNCATED, 1);
			return XDP_DROP;
		}
		count(C_UDP, 1);
		if (uh->dest == bpf_htons(53) || uh->source == bpf_htons(53))
			count(C_DNS, 1);
		return XDP_PASS;
	}
	if (proto == IPPROTO_ICMP || proto == IPPROTO_ICMPV6) {
		struct icmp_common *ih = l4;

		if ((void *)(ih + 1) > end) {
			count(C_TRUNCATED, 1);
			return XDP_DROP;
		}
		count(proto == IPPROTO_ICMP ? C_ICMP : C_ICMP6, 1);
		if (ih->type == 8 || ih->type == 128)
			count(C_BYTES, end - l4);
		return XDP_PASS;
	}
	count(C_OTHER_L4, 1);
	return XDP_PASS;
}

SEC("xdp")
int scale_parser(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	void *cur;
	__u16 proto;
	int i;

	count(C_PACKETS, 1);
	if ((void *)(eth + 1) > end)
		return XDP_DROP;
	count(C_BYTES, end - data);
	proto = eth->h_proto;
	cur = eth + 1;
#pragma unroll
	for (i = 0; i < 2; i++) {
		struct vlan_hdr *vh = cur;

		if (proto != bpf_htons(ETH_P_8021Q) && proto != bpf_htons(ETH_P_8021AD))
			break;
		if ((void *)(vh + 1) > end)
			return XDP_DROP;
		count(i == 0 ? C_VLAN1 : C_VLAN2, 1);
		proto = vh->proto;
		cur = vh + 1;
	}
	if (proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *iph = cur;
		__u32 ihl;

		if ((void *)(iph + 1) > end)
			return XDP_DROP;
		ihl = iph->ihl * 4;
		if (ihl < sizeof(*iph))
			return XDP_DROP;
		if (ihl > sizeof(*iph))
			count(C_IPV4_OPTS, ihl - sizeof(*iph));
		if ((void *)iph + ihl > end)
			return XDP_DROP;
		count(C_IPV4, 1);
		if (iph->frag_off & bpf_htons(0x3fff)) {
			count(C_FRAGMENT, 1);
			return XDP_PASS;
		}
		return parse_l4((void *)iph + ihl, end, iph->protocol);
	}
	if (proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = cur;
		__u8 next;

		if ((void *)(ip6 + 1) > end)
			return XDP_DROP;
		count(C_IPV6, 1);
		next = ip6->nexthdr;
		cur = ip6 + 1;
		for (i = 0; i < 6; i++) {
			struct ext_hdr *eh = cur;

			if (next != IPPROTO_HOPOPTS && next != IPPROTO_ROUTING &&
			    next != IPPROTO_DSTOPTS && next != IPPROTO_FRAGMENT)
				break;
			if ((void *)(eh + 1) > end)
				return XDP_DROP;
			count(C_IPV6_EXT, 1);
			if (next == IPPROTO_FRAGMENT) {
				count(C_FRAGMENT, 1);
				next = eh->nexthdr;
				cur += 8;
			} else {
				next = eh->nexthdr;
				cur += (eh->len + 1) * 8;
			}
		}
		return parse_l4(cur, end, next);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
