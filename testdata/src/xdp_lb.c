// SPDX-License-Identifier: GPL-2.0
/* XDP load balancer: picks a backend for each IPv4 TCP/UDP flow (remembered in
 * an LRU hash), encapsulates the packet in an outer IPv4 header (IPIP) towards
 * the backend with bpf_xdp_adjust_head and sends it back out (XDP_TX). */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define MAX_BACKENDS 16

struct flow_key {
	__u32 saddr;
	__u32 daddr;
	__u8 proto;
	__u8 pad[3];
};

struct backend {
	__u32 addr;
	__u8 mac[ETH_ALEN];
	__u16 weight;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct backend);
	__uint(max_entries, MAX_BACKENDS);
} backends SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__type(key, struct flow_key);
	__type(value, __u32);
	__uint(max_entries, 65536);
} flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} lb_stats SEC(".maps");

const volatile __u32 vip = 0x0a000001; /* 10.0.0.1, host order */
const volatile __u32 backend_count = 4;
const volatile __u32 local_addr = 0x0a0000fe;

static __always_inline __u16 csum_fold(__u32 sum)
{
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return ~sum;
}

static __always_inline void ip_checksum(struct iphdr *ip)
{
	__u16 *p = (__u16 *)ip;
	__u32 sum = 0;

	ip->check = 0;
#pragma clang loop unroll(full)
	for (int i = 0; i < (int)sizeof(*ip) / 2; i++)
		sum += p[i];
	ip->check = csum_fold(sum);
}

static __always_inline void bump(__u32 slot)
{
	__u64 *c = bpf_map_lookup_elem(&lb_stats, &slot);
	if (c)
		*c += 1;
}

SEC("xdp")
int xdp_lb(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data, *new_eth;
	struct iphdr *ip = (void *)(eth + 1), *outer;
	struct flow_key key = {};
	struct backend *be;
	__u32 *idx, pick;
	__u16 inner_len;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	if (ip->daddr != bpf_htonl(vip) || (ip->protocol != IPPROTO_TCP && ip->protocol != IPPROTO_UDP))
		return XDP_PASS;

	key.saddr = ip->saddr;
	key.daddr = ip->daddr;
	key.proto = ip->protocol;
	idx = bpf_map_lookup_elem(&flows, &key);
	if (idx) {
		pick = *idx;
	} else {
		pick = bpf_get_prandom_u32() % (backend_count ? backend_count : 1);
		bpf_map_update_elem(&flows, &key, &pick, BPF_ANY);
	}
	be = bpf_map_lookup_elem(&backends, &pick);
	if (!be || !be->addr) {
		bump(1);
		return XDP_DROP;
	}
	inner_len = bpf_ntohs(ip->tot_len);

	if (bpf_xdp_adjust_head(ctx, -(int)sizeof(struct iphdr)))
		return XDP_DROP;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	new_eth = data;
	eth = data + sizeof(struct iphdr);
	outer = (void *)(new_eth + 1);
	if ((void *)(outer + 1) > data_end || (void *)(eth + 1) > data_end)
		return XDP_DROP;

	__builtin_memcpy(new_eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(new_eth->h_dest, be->mac, ETH_ALEN);
	new_eth->h_proto = bpf_htons(ETH_P_IP);

	outer->version = 4;
	outer->ihl = 5;
	outer->tos = 0;
	outer->tot_len = bpf_htons(inner_len + sizeof(struct iphdr));
	outer->id = 0;
	outer->frag_off = 0;
	outer->ttl = 64;
	outer->protocol = IPPROTO_IPIP;
	outer->saddr = bpf_htonl(local_addr);
	outer->daddr = be->addr;
	ip_checksum(outer);
	bump(0);
	return XDP_TX;
}

char _license[] SEC("license") = "GPL";
