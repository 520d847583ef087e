# type: cgroup_skb
	*(u32 *)(r1 + 152) = 0
	r0 = 1
	exit
