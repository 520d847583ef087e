// SPDX-License-Identifier: GPL-2.0
/* Socket filter with old-style map definitions in the "maps" section
 * (struct bpf_map_def, as iproute2 and pre-BTF samples used). libbpf 1.0+
 * refuses the "maps" section; ebpf4j reads it the way libbpf 0.x did. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map_def_legacy {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
};

struct bpf_map_def_legacy SEC("maps") proto_count = {
	.type = BPF_MAP_TYPE_ARRAY,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 256,
};

struct bpf_map_def_legacy SEC("maps") len_hist = {
	.type = BPF_MAP_TYPE_PERCPU_HASH,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 64,
	.map_flags = BPF_F_NO_PREALLOC,
};

SEC("socket")
int socket_counter(struct __sk_buff *skb)
{
	__u32 proto = skb->protocol & 0xff;
	__u32 bucket = skb->len / 64;
	__u64 one = 1, *v;

	v = bpf_map_lookup_elem(&proto_count, &proto);
	if (v)
		__sync_fetch_and_add(v, 1);
	v = bpf_map_lookup_elem(&len_hist, &bucket);
	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&len_hist, &bucket, &one, BPF_ANY);
	return 0;
}

char _license[] SEC("license") = "GPL";
__u32 _version SEC("version") = 0x060100;
