// SPDX-License-Identifier: GPL-2.0
/* Helpers that need BTF or read-only strings: a spin lock in a hash map value,
 * bpf_loop and bpf_for_each_map_elem callbacks, bpf_snprintf and bpf_strncmp
 * on .rodata strings, ring buffer reserve/submit. Results go to the 'out' array. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct locked {
	struct bpf_spin_lock lock;
	__u32 count;
	__u64 total;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, struct locked);
	__uint(max_entries, 4);
} counters SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 8);
} out SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, char[32]);
	__uint(max_entries, 1);
} text SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

static void put(__u32 i, __u64 v)
{
	bpf_map_update_elem(&out, &i, &v, BPF_ANY);
}

struct loop_ctx {
	__u64 sum;
	__u32 stop;
};

static long loop_cb(__u32 i, void *data)
{
	struct loop_ctx *c = data;

	c->sum += i;
	return i == c->stop ? 1 : 0;
}

static long each_cb(void *map, __u32 *key, __u64 *val, void *data)
{
	__u64 *acc = data;

	*acc += *val + *key;
	return 0;
}

SEC("xdp")
int helpers(struct xdp_md *ctx)
{
	__u32 k = 1, zero = 0;
	struct locked init = {}, *l;
	struct loop_ctx lc = { .sum = 0, .stop = 6 };
	__u64 acc = 0, args[2];
	char *buf;
	long n;

	bpf_map_update_elem(&counters, &k, &init, BPF_NOEXIST);
	l = bpf_map_lookup_elem(&counters, &k);
	if (l) {
		bpf_spin_lock(&l->lock);
		l->count++;
		l->total += ctx->data_end - ctx->data;
		bpf_spin_unlock(&l->lock);
	}
	n = bpf_loop(10, loop_cb, &lc, 0);
	put(0, n);
	put(1, lc.sum);
	n = bpf_for_each_map_elem(&out, each_cb, &acc, 0);
	put(2, n);
	put(3, acc);
	buf = bpf_map_lookup_elem(&text, &zero);
	if (buf) {
		args[0] = lc.sum;
		args[1] = (__u64)-3;
		put(4, bpf_snprintf(buf, 32, "sum=%llu neg=%d", args, sizeof(args)));
		put(5, bpf_strncmp(buf, 8, "sum=21 n") + 10);
	}
	char *e = bpf_ringbuf_reserve(&events, 16, 0);
	if (e) {
		__builtin_memcpy(e, "ebpf4j-ringbuf!", 16);
		bpf_ringbuf_submit(e, 0);
	}
	put(6, bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA));
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
