# type: cgroup_skb
	r0 = *(u32 *)(r1 + 4)
	r0 = 1
	exit
