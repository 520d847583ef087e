# type: cgroup_skb
	r0 = *(u64 *)(r1 + 152)
	r0 = 1
	exit
