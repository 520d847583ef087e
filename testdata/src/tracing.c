// SPDX-License-Identifier: GPL-2.0
/* kprobe, kretprobe, tracepoint and raw tracepoint programs sending events
 * through a ring buffer; CO-RE field reads against our own vmlinux-like
 * struct declarations; .kconfig and .ksyms externs. */
#define __TARGET_ARCH_x86 /* pt_regs layout for BPF_KPROBE */
#define __VMLINUX_H__     /* kernel-style pt_regs names (di, si, ax), declared below */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

/* A minimal vmlinux.h: only the fields we read. CO-RE relocations make the
 * offsets in the kernel's own layout apply at load time. */
struct task_struct {
	int pid;
	int tgid;
	struct task_struct *real_parent;
	char comm[16];
	unsigned int flags;
} __attribute__((preserve_access_index));

struct pt_regs {
	unsigned long di;
	unsigned long si;
	unsigned long ax;
} __attribute__((preserve_access_index));

struct trace_event_raw_sys_enter {
	unsigned short common_type;
	long id;
	unsigned long args[6];
} __attribute__((preserve_access_index));

enum event_kind { EV_EXEC = 1, EV_EXIT = 2, EV_SYSCALL = 3 };

struct event {
	__u32 pid;
	__u32 ppid;
	__u32 kind;
	__u32 flags;
	__s64 value;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern int CONFIG_HZ __kconfig __weak;
extern const void bpf_prog_active __ksym __weak;

const volatile int target_pid = 0;

static __always_inline int fill(struct event *e, __u32 kind)
{
	struct task_struct *t = (struct task_struct *)bpf_get_current_task();

	e->pid = BPF_CORE_READ(t, tgid);
	e->ppid = BPF_CORE_READ(t, real_parent, tgid);
	e->kind = kind;
	e->flags = BPF_CORE_READ(t, flags);
	if (bpf_core_field_exists(t->comm))
		bpf_core_read_str(&e->comm, sizeof(e->comm), &t->comm);
	return target_pid && e->pid != target_pid;
}

SEC("kprobe/do_nanosleep")
int BPF_KPROBE(on_nanosleep, void *rqtp)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);

	if (!e)
		return 0;
	if (fill(e, EV_EXEC)) {
		bpf_ringbuf_discard(e, 0);
		return 0;
	}
	e->value = (long)rqtp + LINUX_KERNEL_VERSION + CONFIG_HZ;
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("kretprobe/do_nanosleep")
int BPF_KRETPROBE(on_nanosleep_ret, long ret)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);

	if (!e)
		return 0;
	fill(e, EV_EXIT);
	e->value = ret + (&bpf_prog_active ? 1 : 0);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("tracepoint/raw_syscalls/sys_enter")
int on_sys_enter(struct trace_event_raw_sys_enter *ctx)
{
	struct event *e;

	if (bpf_core_type_exists(struct trace_event_raw_sys_enter) &&
	    BPF_CORE_READ(ctx, id) != 35 /* nanosleep */)
		return 0;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	fill(e, EV_SYSCALL);
	e->value = bpf_core_field_size(ctx->args) + bpf_core_enum_value(enum bpf_func_id, BPF_FUNC_loop)
		   + bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_ringbuf_output);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
