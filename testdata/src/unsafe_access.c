// SPDX-License-Identifier: GPL-2.0
/* Programs the kernel's verifier rejects, each for a mistake real parsers make, for
 * `ebpf4j verify --explain`: the failing C line, the lines that produced the failing
 * pointer, and a packet with which the interpreter really performs the unsafe access. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} counters SEC(".maps");

/* Checks the Ethernet header, then reads the IPv4 destination without checking
 * that the IPv4 header is in the packet. */
SEC("xdp")
int xdp_ipv4_unchecked(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if (ip->daddr == bpf_htonl(0x0a000001))	/* no check of ip + 1 */
		return XDP_DROP;
	return XDP_PASS;
}

/* Checks the IPv4 header, then reads the TCP port at a variable offset (the IHL)
 * without checking that the TCP header is in the packet. */
SEC("tc")
int tc_tcp_port_unchecked(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);

	if ((void *)(ip + 1) > data_end)
		return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	__u32 hlen = (ip->ihl & 0xf) * 4;
	struct tcphdr *tcp = (void *)ip + hlen;
	if (tcp->dest == bpf_htons(23))		/* no check of tcp + 1 */
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}

/* Counts packets, but uses the map value without checking it for NULL. */
SEC("xdp")
int xdp_lookup_unchecked(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *count = bpf_map_lookup_elem(&counters, &key);

	*count += 1;				/* no check of count != NULL */
	return XDP_PASS;
}

/* Reads past the checked Ethernet header only when the packet starts with a magic
 * number: unsafe, but a random packet almost never takes that path. */
SEC("xdp")
int xdp_magic_unchecked(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (*(__u32 *)eth->h_dest != 0x5eb1ad0b)
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	return ip->ttl == 1 ? XDP_DROP : XDP_PASS;	/* no check of ip + 1 */
}

#define __TARGET_ARCH_x86
#include <asm/ptrace.h>
#include <bpf/bpf_tracing.h>

/* Reads the file name a probed function got as its second argument straight
 * from kernel memory, instead of through bpf_probe_read_kernel(). */
SEC("kprobe/do_unlinkat")
int kprobe_name_unchecked(struct pt_regs *ctx)
{
	const char *name = (const char *)PT_REGS_PARM2(ctx);

	return name[0] == '/';			/* no bpf_probe_read_kernel() */
}

char _license[] SEC("license") = "GPL";
