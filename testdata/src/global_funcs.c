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
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __nonnull __attribute__((btf_decl_tag("arg:nonnull")))

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

char _license[] SEC("license") = "GPL";
