# type: cgroup_skb
	r0 = 0
	exit
