# type: cgroup_skb
	r0 = *(u32 *)(r1 + 20)
	r0 = 1
	exit
