// SPDX-License-Identifier: GPL-2.0
/* LD_ABS in a subprogram of a load with BTF func_info: a load outside the packet ends the
 * subprogram early (r0 unknown), and the caller goes on; Linux 6.18 explores both outcomes, as
 * after a tail call (see tail_btf.c). Built and labelled by testdata/verifier/tools/gen_corpus.py
 * (kernel-oracle elf ldabs_btf.o --json). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* loads a byte of the packet, then returns 23 */
__attribute__((used, noinline, naked)) static int sub_ldabs(void)
{
	asm volatile ("r6 = r1; r0 = *(u8 *)skb[12]; r0 = 23; exit;" ::: "memory");
}

/* a subprogram returning void may not use LD_ABS */
__attribute__((used, noinline, naked)) static void sub_ldabs_void(void)
{
	asm volatile ("r6 = r1; r0 = *(u8 *)skb[12]; exit;" ::: "memory");
}

/* after the early exit r0 is unknown: the dereference of a scalar must be reached */
SEC("tc") __attribute__((naked)) int early_exit_r0(void)
{
	asm volatile ("call sub_ldabs; if r0 == 23 goto 1f; r0 = *(u64 *)(r0 + 0); 1: r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int early_exit_ok(void)
{
	asm volatile ("call sub_ldabs; r0 = 0; exit;" ::: "memory");
}

SEC("tc") __attribute__((naked)) int void_subprog(void)
{
	asm volatile ("call sub_ldabs_void; r0 = 0; exit;" ::: "memory");
}

char _license[] SEC("license") = "GPL";
