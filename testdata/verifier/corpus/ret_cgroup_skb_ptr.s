# type: cgroup_skb
	r0 = r1
	exit
