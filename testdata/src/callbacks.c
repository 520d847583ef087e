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

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__type(value, __u64);
	__uint(max_entries, 8);
} queue SEC(".maps");

static long count_elem(struct bpf_map *map, __u32 *key, __u64 *value, struct loop_ctx *c)
{
	c->sum++;
	return 0;
}

SEC("xdp")
int each_queue(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_for_each_map_elem(&queue, count_elem, &c, 0);
	return XDP_PASS;
}

static long write_key(struct bpf_map *map, __u32 *key, __u64 *value, void *c)
{
	*key = 0;
	return 0;
}

SEC("xdp")
int each_write_key(struct xdp_md *ctx)
{
	bpf_for_each_map_elem(&arr, write_key, 0, 0);
	return XDP_PASS;
}

static long scale_value(struct bpf_map *map, __u32 *key, __u64 *value, struct loop_ctx *c)
{
	*value = *value * 3 + c->seed;
	return *value > 1000;
}

SEC("xdp")
int each_write_value(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = ctx->rx_queue_index };

	bpf_for_each_map_elem(&hash, scale_value, &c, 0);
	return XDP_PASS;
}

static long null_ctx(struct bpf_map *map, __u32 *key, __u64 *value, struct loop_ctx *c)
{
	c->sum++;
	return 0;
}

SEC("xdp")
int each_null_ctx(struct xdp_md *ctx)
{
	bpf_for_each_map_elem(&arr, null_ctx, 0, 0);
	return XDP_PASS;
}

static int ret_index(__u32 index, void *data)
{
	return index;
}

SEC("xdp")
int loop_ret_unknown(struct xdp_md *ctx)
{
	bpf_loop(4, ret_index, 0, 0);
	return XDP_PASS;
}

static __attribute__((noinline)) int half(__u32 v)
{
	return v / 2;
}

static int via_subprog(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	c->sum += half(index + c->seed);
	return 0;
}

SEC("xdp")
int loop_calls_subprog(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = 3 };

	bpf_loop(16, via_subprog, &c, 0);
	return c.sum > 20 ? XDP_PASS : XDP_DROP;
}

static __attribute__((noinline)) int run_loop(struct loop_ctx *c, __u32 n)
{
	return bpf_loop(n, add_index, c, 0);
}

SEC("xdp")
int subprog_calls_loop(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = 5 };
	int a = run_loop(&c, 3);
	int b = run_loop(&c, ctx->rx_queue_index & 7);

	return (a + b + c.sum) & 1 ? XDP_PASS : XDP_DROP;
}

static int pick_slot(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	/* the counter is an array index: precise, so every iteration is walked */
	if (c->seed < 4)
		c->buf[c->seed] = index;
	c->seed++;
	return 0;
}

SEC("xdp")
int loop_precise_counter(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(6, pick_slot, &c, 0);
	return c.buf[2] ? XDP_PASS : XDP_DROP;
}

static int reserve_in_cb(__u32 index, void *data)
{
	__u64 *e = bpf_ringbuf_reserve(&events, 8, 0);

	if (!e)
		return 1;
	*e = index;
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("xdp")
int loop_ringbuf(struct xdp_md *ctx)
{
	bpf_loop(32, reserve_in_cb, 0, 0);
	return XDP_PASS;
}

static int leak_in_cb(__u32 index, void *data)
{
	__u64 *e = bpf_ringbuf_reserve(&events, 8, 0);

	if (!e)
		return 1;
	*e = index;
	return 0;
}

SEC("xdp")
int loop_ringbuf_leak(struct xdp_md *ctx)
{
	bpf_loop(2, leak_in_cb, 0, 0);
	return XDP_PASS;
}

static int deep3(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	c->buf[0] += index;
	return 0;
}

static int deep2(__u32 index, void *data)
{
	bpf_loop(2, deep3, data, 0);
	return 0;
}

static int deep1(__u32 index, void *data)
{
	bpf_loop(2, deep2, data, 0);
	return 0;
}

SEC("xdp")
int loop_three_levels(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(2, deep1, &c, 0);
	return c.buf[0] & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int loop_masked_count(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = 1 };

	bpf_loop(ctx->rx_queue_index & 7, add_index, &c, 0);
	return c.sum & 1 ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int loop_in_loop(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = 2 };

	for (int i = 0; i < 4; i++)
		bpf_loop(i + 1, add_index, &c, 0);
	return c.sum & 1 ? XDP_PASS : XDP_DROP;
}

static int bounded_inner_loop(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	for (int i = 0; i < 4; i++)
		c->buf[i] += index;
	return 0;
}

SEC("xdp")
int loop_cb_with_loop(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(ctx->rx_queue_index, bounded_inner_loop, &c, 0);
	return c.buf[1] & 1 ? XDP_PASS : XDP_DROP;
}

static int big_frame(__u32 index, void *data)
{
	volatile char buf[200];

	buf[index & 127] = 1;
	return buf[3] == 1;
}

SEC("xdp")
int loop_stack_too_big(struct xdp_md *ctx)
{
	volatile char big[400];

	big[ctx->rx_queue_index & 255] = 1;
	bpf_loop(2, big_frame, 0, 0);
	return big[7] ? XDP_PASS : XDP_DROP;
}

static long find_big(struct bpf_map *map, __u32 *key, __u64 *value, struct loop_ctx *c)
{
	if (*value > c->sum) {
		c->sum = *value;
		c->seed = *key;
	}
	return *value > 1000000;
}

SEC("xdp")
int each_max(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_for_each_map_elem(&hash, find_big, &c, 0);
	bpf_for_each_map_elem(&arr, find_big, &c, 0);
	return c.seed < 4 ? XDP_PASS : XDP_DROP;
}

static int step_index(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	/* c->seed walks 0, 1, 2, ... and is an array index: never the same state twice */
	c->buf[c->seed & 3] += index;
	c->seed++;
	return 0;
}

SEC("xdp")
int loop_unknown_precise(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(ctx->rx_queue_index & 63, step_index, &c, 0);
	return c.buf[0] ? XDP_PASS : XDP_DROP;
}

static long ret_pointer(__u32 index, void *data)
{
	return (long)data;
}

SEC("xdp")
int loop_ret_pointer(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(2, ret_pointer, &c, 0);
	return XDP_PASS;
}

static long ret_map(__u32 index, void *data)
{
	return (long)&arr;
}

SEC("xdp")
int loop_ret_map(struct xdp_md *ctx)
{
	bpf_loop(2, ret_map, 0, 0);
	return XDP_PASS;
}

static __attribute__((noinline)) int d7(struct loop_ctx *c) { return bpf_loop(2, add_index, c, 0); }
static __attribute__((noinline)) int d6(struct loop_ctx *c) { return d7(c) + 1; }
static __attribute__((noinline)) int d5(struct loop_ctx *c) { return d6(c) + 1; }
static __attribute__((noinline)) int d4(struct loop_ctx *c) { return d5(c) + 1; }
static __attribute__((noinline)) int d3(struct loop_ctx *c) { return d4(c) + 1; }
static __attribute__((noinline)) int d2(struct loop_ctx *c) { return d3(c) + 1; }
static __attribute__((noinline)) int d1(struct loop_ctx *c) { return d2(c) + 1; }

SEC("xdp")
int loop_frames_8(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	return d1(&c) & 1 ? XDP_PASS : XDP_DROP;
}

static __attribute__((noinline)) int e8(struct loop_ctx *c) { return bpf_loop(2, add_index, c, 0); }
static __attribute__((noinline)) int e7(struct loop_ctx *c) { return e8(c) + 1; }
static __attribute__((noinline)) int e6(struct loop_ctx *c) { return e7(c) + 1; }
static __attribute__((noinline)) int e5(struct loop_ctx *c) { return e6(c) + 1; }
static __attribute__((noinline)) int e4(struct loop_ctx *c) { return e5(c) + 1; }
static __attribute__((noinline)) int e3(struct loop_ctx *c) { return e4(c) + 1; }
static __attribute__((noinline)) int e2(struct loop_ctx *c) { return e3(c) + 1; }
static __attribute__((noinline)) int e1(struct loop_ctx *c) { return e2(c) + 1; }

SEC("xdp")
int loop_frames_9(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	return e1(&c) & 1 ? XDP_PASS : XDP_DROP;
}

static int pick_path(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	/* on one path the seed becomes an index: precision has to reach the earlier iterations */
	if (index & 1)
		c->seed = index & 3;
	else
		c->buf[c->seed & 3] = index;
	return 0;
}

SEC("xdp")
int loop_precision_paths(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = 1 };

	bpf_loop(ctx->rx_queue_index & 15, pick_path, &c, 0);
	return c.buf[1] ? XDP_PASS : XDP_DROP;
}

static long sum_into(struct bpf_map *map, __u32 *key, __u64 *value, struct loop_ctx *c)
{
	c->sum += *value;
	return 0;
}

static int each_in_loop(__u32 index, void *data)
{
	bpf_for_each_map_elem(&arr, sum_into, data, 0);
	return ((struct loop_ctx *)data)->sum > 100;
}

SEC("xdp")
int loop_calls_for_each(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	bpf_loop(3, each_in_loop, &c, 0);
	return c.sum & 1 ? XDP_PASS : XDP_DROP;
}

static int index_stack(__u32 index, void *data)
{
	struct loop_ctx *c = data;

	if (index < 4)
		c->buf[index] = c->seed;
	return index >= 3;
}

SEC("xdp")
int loop_index_checked(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = ctx->rx_queue_index };

	bpf_loop(100, index_stack, &c, 0);
	return c.buf[3] == c.seed ? XDP_PASS : XDP_DROP;
}

static long lookup_other(struct bpf_map *map, __u32 *key, __u64 *value, struct loop_ctx *c)
{
	__u32 k = *key & 3;
	__u64 *v = bpf_map_lookup_elem(&arr, &k);

	if (v)
		*v += *value;
	return 0;
}

SEC("xdp")
int each_lookup(struct xdp_md *ctx)
{
	struct loop_ctx c = {};

	return bpf_for_each_map_elem(&hash, lookup_other, &c, 0) > 2 ? XDP_PASS : XDP_DROP;
}

__attribute__((noinline)) int global_runs_loop(struct loop_ctx *c)
{
	if (!c)
		return 0;
	return bpf_loop(4, add_index, c, 0);
}

SEC("xdp")
int loop_in_global(struct xdp_md *ctx)
{
	struct loop_ctx c = { .seed = 9 };

	return global_runs_loop(&c) > 2 ? XDP_PASS : XDP_DROP;
}

struct ptr_ctx {
	__u64 *slot;
	__u64 total;
};

static int through_pointer(__u32 index, void *data)
{
	struct ptr_ctx *p = data;

	if (p->slot)
		*p->slot += index;
	p->total += index;
	return 0;
}

SEC("xdp")
int loop_map_value_in_ctx(struct xdp_md *ctx)
{
	__u32 key = 1;
	struct ptr_ctx p = { .slot = bpf_map_lookup_elem(&arr, &key) };

	bpf_loop(5, through_pointer, &p, 0);
	return p.total > 3 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
