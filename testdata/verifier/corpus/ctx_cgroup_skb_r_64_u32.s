# type: cgroup_skb
	r0 = *(u32 *)(r1 + 64)
	r0 = 1
	exit
