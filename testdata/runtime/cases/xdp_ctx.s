	# returns data_end - data | (data - data_meta) << 16 | ingress_ifindex << 24 | rx_queue_index << 32
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = *(u32 *)(r1 + 8)
	r5 = *(u32 *)(r1 + 12)
	r6 = *(u32 *)(r1 + 16)
	r0 = r3
	r0 -= r2
	r7 = r2
	r7 -= r4
	r7 <<= 16
	r0 |= r7
	r5 <<= 24
	r0 |= r5
	exit
