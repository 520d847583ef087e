# type: xdp
	r0 = 0x100000000 ll
	r0 >>= 32
	r0 += -1
	if r0 == 0 goto +1
	r0 = *(u64 *)(r0 + 0)
	exit
