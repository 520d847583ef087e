# type: cgroup_skb
	call 7
	exit
