// SPDX-License-Identifier: GPL-2.0
/* XDP router: forwards IPv4 packets out of the port the routing table names
 * for their destination (bpf_redirect_map over a devmap, falling back to the
 * stack when the slot is empty), decrementing the TTL with an incremental
 * checksum update (RFC 1624); packets whose TTL would expire go to the stack,
 * UDP to the VXLAN port is sent out of a fixed tunnel interface (bpf_redirect)
 * and ICMP echo requests to the router itself are answered in place (XDP_TX). */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define VXLAN_PORT 4789
#define ICMP_ECHOREPLY 0
#define ICMP_ECHO 8
#define TUNNEL_IFINDEX 7

/* the first 8 bytes of an ICMP message (linux/icmp.h pulls in libc headers) */
struct icmp_echo {
	__u8 type;
	__u8 code;
	__u16 checksum;
	__u16 id;
	__u16 sequence;
};

volatile const __u32 router_addr = 0xc0a80001; /* 192.168.0.1, host order */

struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 8);
} tx_ports SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__type(key, struct { __u32 prefixlen; __u32 addr; });
	__type(value, __u32);          /* index into tx_ports */
	__uint(max_entries, 64);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} routes SEC(".maps");

static __always_inline void decrement_ttl(struct iphdr *ip)
{
	__u32 check = ip->check;

	check += bpf_htons(0x0100);
	ip->check = (__u16)(check + (check >= 0xffff));
	ip->ttl--;
}

static __always_inline void swap_macs(struct ethhdr *eth)
{
	__u8 tmp[ETH_ALEN];

	__builtin_memcpy(tmp, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, tmp, ETH_ALEN);
}

SEC("xdp")
int xdp_router(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct { __u32 prefixlen; __u32 addr; } key;
	__u32 *port;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP) || ip->ihl != 5)
		return XDP_PASS;

	if (ip->daddr == bpf_htonl(router_addr) && ip->protocol == IPPROTO_ICMP) {
		struct icmp_echo *icmp = (void *)(ip + 1);
		__u32 tmp, check;

		if ((void *)(icmp + 1) > data_end || icmp->type != ICMP_ECHO)
			return XDP_PASS;
		icmp->type = ICMP_ECHOREPLY;
		/* type 8 -> 0 in the high byte of the first word: checksum + 0x0800 */
		check = icmp->checksum;
		check += bpf_htons(ICMP_ECHO << 8);
		icmp->checksum = (__u16)(check + (check >= 0xffff));
		tmp = ip->saddr;
		ip->saddr = ip->daddr;
		ip->daddr = tmp;
		swap_macs(eth);
		return XDP_TX;
	}

	if (ip->ttl <= 1)
		return XDP_PASS;

	if (ip->protocol == IPPROTO_UDP) {
		struct udphdr *udp = (void *)(ip + 1);

		if ((void *)(udp + 1) > data_end)
			return XDP_PASS;
		if (udp->dest == bpf_htons(VXLAN_PORT)) {
			decrement_ttl(ip);
			return bpf_redirect(TUNNEL_IFINDEX, 0);
		}
	}

	key.prefixlen = 32;
	key.addr = ip->daddr;
	port = bpf_map_lookup_elem(&routes, &key);
	if (!port)
		return XDP_PASS;
	decrement_ttl(ip);
	return bpf_redirect_map(&tx_ports, *port, XDP_PASS);
}

char _license[] SEC("license") = "GPL";
