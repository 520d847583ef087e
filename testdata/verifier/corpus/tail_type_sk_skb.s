# type: sk_skb
# map0: prog_array:4:4:4
	r2 = map0 ll
	r3 = 0
	call 12
	r0 = 0
	exit
