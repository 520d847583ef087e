# type: cgroup_skb
	r0 = *(u64 *)(r1 + 48)
	r0 = 1
	exit
