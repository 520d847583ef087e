/* bpf_loop and bpf_for_each_map_elem callbacks: the verifier walks each callback in a frame of
 * its own, returns to the call instruction and walks it again until the states converge. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} arr SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} hash SEC(".maps");

struct bpf_map;

struct loop_ctx {
	__u64 sum;
	__u32 seed;
	__u32 buf[4];
};

static int add_index(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	c->sum += index ^ c->seed;
	return 0;
}

SEC("xdp")
int loop_const(struct xdp_md *ctx)
{
	struct loop_ctx c = { .sum = 0, .seed = ctx->rx_queue_index };

	bpf_loop(10, add_index, &c, 0);
	return c.sum & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int loop_unknown_count(struct xdp_md *ctx)
{
	struct loop_ctx c = { .sum = 1, .seed = 7 };
	long n;

	n = bpf_loop(ctx->rx_queue_index, add_index, &c, 0);
	return (c.sum + n) & 1 ? XDP_PASS : XDP_DROP;
}

static int fill_buf(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	if (index >= 4)
		return 1;
	c->buf[index] = index * c->seed;
	c->sum += c->buf[index];
	return 0;
}

SEC("xdp")
int loop_stack_rw(struct xdp_md *ctx)
{
	struct loop_ctx c = { .sum = 0, .seed = ctx->rx_queue_index };

	bpf_loop(8, fill_buf, &c, 0);
	return c.buf[3] > c.buf[1] ? XDP_PASS : XDP_DROP;
}

static int bad_ret(__u32 index, void *data)
{
	return 2;
}

SEC("xdp")
int loop_bad_ret(struct xdp_md *ctx)
{
	bpf_loop(4, bad_ret, 0, 0);
	return XDP_PASS;
}

static int unbounded_write(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	c->buf[index] = 1;
	return 0;
}

SEC("xdp")
int loop_oob(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(8, unbounded_write, &c, 0);
	return c.buf[0] ? XDP_PASS : XDP_DROP;
}

static long sum_elem(struct bpf_map *map, __u32 *key, __u64 *value, struct loop_ctx *c)
{
	c->sum += *value + *key;
	return 0;
}

SEC("xdp")
int each_array(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_for_each_map_elem(&arr, sum_elem, &c, 0);
	return c.sum > 10 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int each_hash(struct xdp_md *ctx)
{
	struct loop_ctx c = {};
	long n;

	n = bpf_for_each_map_elem(&hash, sum_elem, &c, 0);
	return c.sum > n ? XDP_PASS : XDP_DROP;
}

static long read_past_value(struct bpf_map *map, __u32 *key, __u64 *value, void *c)
{
	return value[1] == 0;
}

SEC("xdp")
int each_oob(struct xdp_md *ctx)
{
	bpf_for_each_map_elem(&arr, read_past_value, 0, 0);
	return XDP_PASS;
}

static int inner(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	c->sum += index;
	return c->sum > 100;
}

static int outer(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	c->seed++;
	bpf_loop(3, inner, c, 0);
	return 0;
}

SEC("xdp")
int loop_nested(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(5, outer, &c, 0);
	return c.sum & 1 ? XDP_PASS : XDP_DROP;
}

int global_cb(__u32 index, void *data)
{
	return 0;
}

SEC("xdp")
int loop_global_cb(struct xdp_md *ctx)
{
	bpf_loop(4, global_cb, 0, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
