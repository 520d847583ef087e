# type: sched_cls
# map0: prog_array:4:4:4
	r6 = r1
	call f1
	call f2
	r0 = 0
	exit
f1:
	r0 = 0
	exit
f2:
	r6 = r1
	r0 = *(u8 *)skb[0]
	exit
