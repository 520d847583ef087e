// SPDX-License-Identifier: GPL-2.0
/* Global (non-static) __noinline functions called from XDP and TC programs.
 * The kernel verifies each called global function once, on its own, from its
 * BTF prototype (int -> any scalar, pointer to the program type's context ->
 * ctx, pointer to a sized type -> memory of that size that may be NULL), and
 * at each call site only checks the arguments against that prototype.
 *   gf_xdp_ok, gf_tc_ok     accepted: ctx, scalar, stack buffer and map value arguments
 *   gf_many_calls           accepted only because gf_mix is verified once: walked at
 *                           each of its 100 call sites it would pass the 1M-insn limit
 *   gf_tc_oob               rejected although every caller passes 8 bytes: the prototype
 *                           says 1 (__u8 *), and gf_oob reads byte 3
 *   gf_nullable_deref       rejected: gf_nocheck reads through a pointer that may be NULL
 *   gf_nonnull_ok           accepted: the same read with the argument tagged arg:nonnull
 *   gf_nonnull_null         rejected: a maybe-NULL map value passed to an arg:nonnull argument
 *   gf_ret_pointer, gf_ptr_as_scalar, gf_stack_as_ctx, gf_small_buffer,
 *   gf_void_arg, gf_wrong_ctx
 *                           rejected at the call: the arguments do not match the prototype
 *   gf_second_bad           rejected in the second global function (the first passes)
 *   gf_chain                a global function calling another global function
 *   gf_exit_pointer         rejected: gf_leak returns its pointer argument (exit needs a scalar)
 *   gf_pkt_invalidated      rejected: gf_adjust moves packet data, so the caller's packet
 *                           pointers are gone after the call
 *   gf_pkt_arg(_short)      a packet pointer as a struct pair * argument: 8 bytes checked
 *                           (accepted), 4 bytes checked (rejected at the call)
 *   gf_arg_ctx              a void * tagged arg:ctx is the context
 *   gf_enum_tc              enum argument and return value are scalars
 *   gf_deep_chain           9 frames through two global functions: every call chain counts
 *                           for check_max_stack_depth() (rejected)
 *   gf_stack_sum            200 + 400 bytes of stack through a global function (rejected)
 *   gf_main_void_ctx        a program whose own ctx parameter is void *: the kernel logs that
 *                           it cannot size it, then verifies (and rejects a scalar dereference)
 *   gf_wrong_tagged_ctx     an XDP program calls a function whose arg:ctx is a struct __sk_buff *
 *                           (rejected at the call)
 *   gf_recursion            a global function calling itself: each call is assumed valid and
 *                           the function is verified once (accepted)
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __nonnull __attribute__((btf_decl_tag("arg:nonnull")))
#define __ctx __attribute__((btf_decl_tag("arg:ctx")))

struct pair { __u32 a; __u32 b; };
struct big { __u64 x[4]; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct pair);
	__uint(max_entries, 4);
} vals SEC(".maps");

volatile int sink;

__noinline int gf_len(struct xdp_md *ctx)
{
	return ctx->data_end - ctx->data;
}

__noinline int gf_scale(int x)
{
	return x * 3 + 1;
}

__noinline int gf_fill(struct pair *p, int v)
{
	if (!p)
		return 0;
	p->a = v;
	p->b = v + 1;
	return p->a + p->b;
}

SEC("xdp")
int gf_xdp_ok(struct xdp_md *ctx)
{
	struct pair p = {};
	__u32 key = 1;
	int r = gf_len(ctx);

	r += gf_scale(r);
	r += gf_fill(&p, r);
	r += gf_fill(bpf_map_lookup_elem(&vals, &key), r);
	return r & 1 ? XDP_DROP : XDP_PASS;
}

__noinline int gf_skb_len(struct __sk_buff *skb)
{
	return skb->len;
}

SEC("tc")
int gf_tc_ok(struct __sk_buff *skb)
{
	struct pair p = {};
	int r = gf_skb_len(skb);

	return gf_fill(&p, r) > 100;
}

__noinline int gf_mix(int x)
{
	int acc = x;
	int i;

#pragma clang loop unroll(disable)
	for (i = 0; i < 3000; i++)
		acc = acc * 31 + (x ^ i);
	return acc;
}

#define MIX4(r) r = gf_mix(r); r = gf_mix(r); r = gf_mix(r); r = gf_mix(r)
#define MIX20(r) MIX4(r); MIX4(r); MIX4(r); MIX4(r); MIX4(r)

SEC("xdp")
int gf_many_calls(struct xdp_md *ctx)
{
	int r = ctx->ingress_ifindex;

	MIX20(r); MIX20(r); MIX20(r); MIX20(r); MIX20(r);
	return r & 1 ? XDP_DROP : XDP_PASS;
}

__noinline int gf_oob(__u8 *buf)
{
	if (!buf)
		return 0;
	return buf[3];
}

SEC("tc")
int gf_tc_oob(struct __sk_buff *skb)
{
	__u8 b[8] = {1, 2, 3, 4, 5, 6, 7, 8};

	return gf_oob(b);
}

__noinline int gf_nocheck(struct pair *p)
{
	return p->a;
}

SEC("xdp")
int gf_nullable_deref(struct xdp_md *ctx)
{
	struct pair p = {1, 2};

	return gf_nocheck(&p) & 1;
}

__noinline int gf_nn(struct pair *p __nonnull)
{
	return p->b;
}

SEC("xdp")
int gf_nonnull_ok(struct xdp_md *ctx)
{
	struct pair p = {1, 2};

	return gf_nn(&p) & 1;
}

SEC("xdp")
int gf_nonnull_null(struct xdp_md *ctx)
{
	__u32 key = 2;

	return gf_nn(bpf_map_lookup_elem(&vals, &key)) & 1;
}

__noinline struct pair *gf_retptr(struct pair *p)
{
	if (p)
		p->a++;
	sink = 1;
	return p;
}

SEC("xdp")
int gf_ret_pointer(struct xdp_md *ctx)
{
	struct pair p = {1, 2};

	return gf_retptr(&p) ? 1 : 2;
}

__noinline int gf_scalar(long x)
{
	sink = x;
	return x + 1;
}

SEC("xdp")
int gf_ptr_as_scalar(struct xdp_md *ctx)
{
	struct pair p = {1, 2};

	return gf_scalar((long)&p);
}

SEC("xdp")
int gf_stack_as_ctx(struct xdp_md *ctx)
{
	struct xdp_md fake = {};

	return gf_len(&fake);
}

__noinline int gf_big(struct big *b)
{
	if (!b)
		return 0;
	return b->x[0] + b->x[3];
}

SEC("xdp")
int gf_small_buffer(struct xdp_md *ctx)
{
	__u64 buf[2] = {1, 2};

	return gf_big((struct big *)buf);
}

__noinline int gf_void(void *p)
{
	sink = 2;
	return 0;
}

SEC("xdp")
int gf_void_arg(struct xdp_md *ctx)
{
	return gf_void(ctx);
}

SEC("xdp")
int gf_wrong_ctx(struct xdp_md *ctx)
{
	return gf_skb_len((void *)ctx);
}

SEC("xdp")
int gf_second_bad(struct xdp_md *ctx)
{
	struct pair p = {1, 2};
	int r = gf_scale(ctx->ingress_ifindex);

	return gf_nocheck(&p) + r;
}

__noinline int gf_inner(int x)
{
	return x ^ 0x55;
}

__noinline int gf_outer(struct pair *p, int x)
{
	if (!p)
		return gf_inner(x);
	return gf_inner(p->a + x);
}

SEC("xdp")
int gf_chain(struct xdp_md *ctx)
{
	struct pair p = {3, 4};

	return gf_outer(&p, ctx->rx_queue_index) & 1;
}

__noinline long gf_leak(struct pair *p)
{
	sink = 1;
	return (long)p;
}

SEC("xdp")
int gf_exit_pointer(struct xdp_md *ctx)
{
	struct pair p = {1, 2};
	return gf_leak(&p) != 0;
}

__noinline int gf_adjust(struct xdp_md *ctx)
{
	return bpf_xdp_adjust_head(ctx, 0);
}

SEC("xdp")
int gf_pkt_invalidated(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	if (data + 4 > end)
		return XDP_PASS;
	gf_adjust(ctx);
	return *(__u8 *)data;
}

__noinline int gf_hdr(struct pair *p)
{
	if (!p)
		return 0;
	return p->a + p->b;
}

SEC("xdp")
int gf_pkt_arg(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	if (data + 8 > end)
		return XDP_PASS;
	return gf_hdr(data) & 1;
}

SEC("xdp")
int gf_pkt_arg_short(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	if (data + 4 > end)
		return XDP_PASS;
	return gf_hdr(data) & 1;
}

__noinline int gf_tagged_ctx(void *ctx __ctx)
{
	struct xdp_md *x = ctx;
	return x->data_end - x->data;
}

SEC("xdp")
int gf_arg_ctx(struct xdp_md *ctx)
{
	return gf_tagged_ctx(ctx) > 64;
}

enum color { RED, GREEN, BLUE };
__noinline enum color gf_enum(enum color c)
{
	return c == RED ? GREEN : BLUE;
}

SEC("tc")
int gf_enum_tc(struct __sk_buff *skb)
{
	return gf_enum(skb->len & 1) == BLUE;
}

#define LVL(n, next)                                               \
static __noinline int s##n(int x)                                  \
{                                                                  \
	volatile int b[2];                                         \
	b[0] = x;                                                  \
	b[1] = x + n;                                              \
	return next(b[0] ^ b[1]) + b[1];                           \
}
__noinline int g9(int x)
{
	volatile int b[2];

	b[0] = x;
	b[1] = 3;
	return b[0] + b[1];
}

LVL(8, g9)
LVL(7, s8)
LVL(6, s7)
LVL(5, s6)
__noinline int g4(int x)
{
	volatile int b[2];

	b[0] = x;
	b[1] = 4;
	return s5(b[0]) + b[1];
}

LVL(3, g4)
LVL(2, s3)
LVL(1, s2)

SEC("xdp")
int gf_deep_chain(struct xdp_md *ctx)
{
	return s1(ctx->rx_queue_index) & 1;
}

__noinline int gf_bigstack(int x)
{
	volatile char buf[400];
	buf[x & 255] = 1;
	return buf[3];
}

static __noinline int s_mid(int x)
{
	volatile char buf[200];
	buf[x & 127] = 2;
	return gf_bigstack(buf[5]);
}

SEC("xdp")
int gf_stack_sum(struct xdp_md *ctx)
{
	return s_mid(ctx->rx_queue_index) & 1;
}

SEC("xdp")
int gf_main_void_ctx(void *ctx)
{
	return *(volatile int *)(long)bpf_get_prandom_u32();
}

__noinline int gf_skbctx(struct __sk_buff *skb __ctx)
{
	return skb->len;
}

SEC("xdp")
int gf_wrong_tagged_ctx(struct xdp_md *ctx)
{
	return gf_skbctx((void *)ctx) & 1;
}

__noinline int gf_rec(int x)
{
	if (x <= 0)
		return 0;
	return gf_rec(x - 1) + 1;
}

SEC("xdp")
int gf_recursion(struct xdp_md *ctx)
{
	return gf_rec(ctx->rx_queue_index) & 1;
}

char _license[] SEC("license") = "GPL";
