# type: sched_cls
# map0: ringbuf:0:0:4096
	r6 = r1
	r1 = map0 ll
	r2 = 8
	r3 = 0
	call 131
	if r0 == 0 goto out
	r7 = r0
	r0 = *(u8 *)skb[12]
	r1 = r7
	r2 = 0
	call 133
out:
	r0 = 0
	exit
