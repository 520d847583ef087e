// SPDX-License-Identifier: GPL-2.0
/* XDP firewall: drops IPv4 packets whose source address falls in a blocked
 * prefix (LPM trie) or whose destination port is blocked (hash map), and
 * counts verdicts per CPU. Two programs share the "xdp" section. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct lpm_v4_key {
	__u32 prefixlen;
	__u32 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__type(key, struct lpm_v4_key);
	__type(value, __u32);
	__uint(max_entries, 1024);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} blocked_prefixes SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u16);
	__type(value, __u64);
	__uint(max_entries, 256);
} blocked_ports SEC(".maps");

enum verdict_slot { SLOT_PASS, SLOT_DROP_PREFIX, SLOT_DROP_PORT, SLOT_MAX };

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, SLOT_MAX);
} verdicts SEC(".maps");

static __always_inline void count(__u32 slot)
{
	__u64 *v = bpf_map_lookup_elem(&verdicts, &slot);
	if (v)
		*v += 1;
}

static __noinline int dest_port(struct iphdr *ip, void *data_end)
{
	void *l4 = (void *)ip + ip->ihl * 4;

	if (ip->protocol == IPPROTO_TCP) {
		struct tcphdr *tcp = l4;
		if ((void *)(tcp + 1) > data_end)
			return -1;
		return bpf_ntohs(tcp->dest);
	}
	if (ip->protocol == IPPROTO_UDP) {
		struct udphdr *udp = l4;
		if ((void *)(udp + 1) > data_end)
			return -1;
		return bpf_ntohs(udp->dest);
	}
	return 0;
}

SEC("xdp")
int xdp_firewall(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip;
	struct lpm_v4_key key;
	__u16 port;
	int p;

	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	if (eth->h_proto != bpf_htons(ETH_P_IP)) {
		count(SLOT_PASS);
		return XDP_PASS;
	}
	ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_DROP;

	key.prefixlen = 32;
	key.addr = ip->saddr;
	if (bpf_map_lookup_elem(&blocked_prefixes, &key)) {
		count(SLOT_DROP_PREFIX);
		return XDP_DROP;
	}

	p = dest_port(ip, data_end);
	if (p < 0)
		return XDP_DROP;
	port = p;
	if (bpf_map_lookup_elem(&blocked_ports, &port)) {
		count(SLOT_DROP_PORT);
		return XDP_DROP;
	}
	count(SLOT_PASS);
	return XDP_PASS;
}

SEC("xdp")
int xdp_count_only(struct xdp_md *ctx)
{
	count(SLOT_PASS);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
