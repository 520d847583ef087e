# type: sched_cls
# map0: prog_array:4:4:4
	call f1
	r0 = 0
	exit
f1:
	r6 = r1
	r0 = *(u8 *)skb[0]
	r2 = map0 ll
	r3 = 0
	call 12
	r0 = 0
	exit
