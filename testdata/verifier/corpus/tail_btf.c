// SPDX-License-Identifier: GPL-2.0
/* Tail calls in subprograms of a load with BTF func_info (clang -g, loaded through libbpf), which
 * raw corpus programs cannot have: the kernel rejects a tail call in any subprogram of a load
 * without func_info ("tail_call is not allowed in subprogs without BTF"). Each SEC("tc") program
 * probes one rule; naked functions keep every instruction and stack slot as written. The
 * callback programs at the end record what 6.18 does with tail calls in bpf_loop() and
 * bpf_for_each_map_elem() callbacks (later kernels reject them: "cannot tail call within
 * callback"). Built and
 * labelled by testdata/verifier/tools/gen_corpus.py (kernel-oracle elf tail_btf.o --json). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __naked_sub __attribute__((used, noinline, naked))

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jmp SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

/* tail calls with the ctx it was given in r1, then returns 0 */
__naked_sub static int sub_tail(void)
{
	asm volatile ("r2 = %[jmp] ll; r3 = 0; call %[tail_call]; r0 = 0; exit;"
		:: [jmp]"i"(&jmp), [tail_call]"i"(BPF_FUNC_tail_call) : "memory");
}

/* 120 bytes of its own stack, then sub_tail */
__naked_sub static int sub_mid(void)
{
	asm volatile ("r2 = 1; *(u64 *)(r10 - 120) = r2; call sub_tail; r0 = 0; exit;" ::: "memory");
}

/* a subprogram returning void may not tail call */
__naked_sub static void sub_tail_void(void)
{
	asm volatile ("r2 = %[jmp] ll; r3 = 0; call %[tail_call]; exit;"
		:: [jmp]"i"(&jmp), [tail_call]"i"(BPF_FUNC_tail_call) : "memory");
}

/* returns 23 unless the tail call succeeds, which ends it early with whatever r0 */
__naked_sub static int sub_tail_then_23(void)
{
	asm volatile ("r2 = %[jmp] ll; r3 = 0; call %[tail_call]; r0 = 23; exit;"
		:: [jmp]"i"(&jmp), [tail_call]"i"(BPF_FUNC_tail_call) : "memory");
}

/* r1: ctx, r2: pointer into the caller's stack, written only after the tail call */
__naked_sub static int sub_tail_then_write(void)
{
	asm volatile ("r6 = r2; r2 = %[jmp] ll; r3 = 0; call %[tail_call]; r1 = 7; *(u64 *)(r6 + 0) = r1; r0 = 0; exit;"
		:: [jmp]"i"(&jmp), [tail_call]"i"(BPF_FUNC_tail_call) : "memory");
}

/* a global function: verified on its own by the kernel, with the same caller-stack rule */
__attribute__((noinline)) int glob_tail(struct __sk_buff *ctx)
{
	bpf_tail_call(ctx, &jmp, 0);
	return 0;
}

SEC("tc") __attribute__((naked)) int caller_stack_240(void)
{
	asm volatile ("r2 = 42; *(u64 *)(r10 - 240) = r2; call sub_tail; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int caller_stack_248(void)
{
	asm volatile ("r2 = 42; *(u64 *)(r10 - 248) = r2; call sub_tail; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int caller_stack_256(void)
{
	asm volatile ("r2 = 42; *(u64 *)(r10 - 256) = r2; call sub_tail; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int two_callers_240(void)
{
	asm volatile ("r2 = 42; *(u64 *)(r10 - 112) = r2; call sub_mid; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int two_callers_256(void)
{
	asm volatile ("r2 = 42; *(u64 *)(r10 - 128) = r2; call sub_mid; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int void_subprog(void)
{
	asm volatile ("call sub_tail_void; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int global_caller_256(void)
{
	asm volatile ("r6 = r1; r2 = 42; *(u64 *)(r10 - 256) = r2; r1 = r6; call glob_tail; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int main_stack_512(void)
{
	asm volatile ("r2 = 42; *(u64 *)(r10 - 512) = r2; r2 = %[jmp] ll; r3 = 0; call %[tail_call]; r0 = 0; exit;"
		:: [jmp]"i"(&jmp), [tail_call]"i"(BPF_FUNC_tail_call) : "memory");
}

/* a reference held by the caller may stay held across a subprogram's tail call */
SEC("tc") __attribute__((naked)) int ref_held_by_caller(void)
{
	asm volatile ("r6 = r1; r1 = %[rb] ll; r2 = 8; r3 = 0; call %[reserve]; if r0 == 0 goto 1f; r7 = r0;"
		      "r1 = r6; call sub_tail; r1 = r7; r2 = 0; call %[discard]; 1: r0 = 0; exit;"
		:: [rb]"i"(&rb), [reserve]"i"(BPF_FUNC_ringbuf_reserve), [discard]"i"(BPF_FUNC_ringbuf_discard)
		: "memory");
}

/* after the subprogram's early exit r0 is unknown: the dereference of a scalar must be reached */
SEC("tc") __attribute__((naked)) int early_exit_r0(void)
{
	asm volatile ("call sub_tail_then_23; if r0 == 23 goto 1f; r0 = *(u64 *)(r0 + 0); 1: r0 = 0; exit;"
		::: "memory");
}

/* after the subprogram's early exit the caller's stack slot still holds 0, not 7 */
SEC("tc") __attribute__((naked)) int early_exit_stack(void)
{
	asm volatile ("r2 = 0; *(u64 *)(r10 - 8) = r2; r2 = r10; r2 += -8; call sub_tail_then_write;"
		      "r0 = *(u64 *)(r10 - 8); if r0 == 7 goto 1f; r0 = *(u64 *)(r0 + 0); 1: r0 = 0; exit;"
		::: "memory");
}

/* the same without the dereference: accepted */
SEC("tc") __attribute__((naked)) int early_exit_stack_ok(void)
{
	asm volatile ("r2 = 0; *(u64 *)(r10 - 8) = r2; r2 = r10; r2 += -8; call sub_tail_then_write;"
		      "r0 = *(u64 *)(r10 - 8); if r0 == 7 goto 1f; r0 = 1; 1: r0 = 0; exit;" ::: "memory");
}

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} one SEC(".maps");

/* callbacks get the program's context through a pointer to the caller's stack */
static __attribute__((noinline)) int cb_tail_direct(__u64 idx, void **ctx)
{
	int ret = 0;

	bpf_tail_call(*ctx, &jmp, 0);
	asm volatile ("" : "+r"(ret));
	return ret;
}

static __attribute__((noinline)) int sub_tail_c(struct __sk_buff *skb)
{
	int ret = 0;

	bpf_tail_call(skb, &jmp, 0);
	asm volatile ("" : "+r"(ret));
	return ret;
}

static __attribute__((noinline)) int cb_calls_tail(__u64 idx, void **ctx)
{
	int ret = sub_tail_c(*ctx);

	asm volatile ("" : "+r"(ret));
	return ret ? 1 : 0;
}

static __attribute__((noinline)) long cb_each_calls_tail(void *map, __u32 *key, __u64 *val, void **ctx)
{
	int ret = sub_tail_c(*ctx);

	asm volatile ("" : "+r"(ret));
	return ret ? 1 : 0;
}

static __attribute__((noinline)) int cb_empty(__u64 idx, void *data)
{
	return 0;
}

/* a tail call directly in a bpf_loop() callback */
SEC("tc") int callback_tail_direct(struct __sk_buff *skb)
{
	bpf_loop(1, cb_tail_direct, &skb, 0);
	return 0;
}

/* a bpf_loop() callback that calls a subprogram that tail calls */
SEC("tc") int callback_subprog_tail(struct __sk_buff *skb)
{
	bpf_loop(1, cb_calls_tail, &skb, 0);
	return 0;
}

/* the same through bpf_for_each_map_elem() */
SEC("tc") int for_each_subprog_tail(struct __sk_buff *skb)
{
	bpf_for_each_map_elem(&one, cb_each_calls_tail, &skb, 0);
	return 0;
}

/* a tail-calling subprogram outside the callback does not taint a callback without tail calls */
SEC("tc") int callback_and_tail_apart(struct __sk_buff *skb)
{
	int ret = sub_tail_c(skb);

	asm volatile ("" : "+r"(ret));
	bpf_loop(1, cb_empty, 0, 0);
	return 0;
}

char _license[] SEC("license") = "GPL";
