	# stores __sk_buff fields (len, pkt_type, mark, queue_mapping, protocol, vlan_present, vlan_tci,
	# vlan_proto, priority, ingress_ifindex, ifindex, tc_index, cb[0], cb[4], hash, u16 protocol,
	# u8 at protocol+1) into map0[0..16] and returns 1
	r6 = r1
	r1 = *(u32 *)(r6 + 0)
	r2 = 0
	call store
	r1 = *(u32 *)(r6 + 4)
	r2 = 1
	call store
	r1 = *(u32 *)(r6 + 8)
	r2 = 2
	call store
	r1 = *(u32 *)(r6 + 12)
	r2 = 3
	call store
	r1 = *(u32 *)(r6 + 16)
	r2 = 4
	call store
	r1 = *(u32 *)(r6 + 20)
	r2 = 5
	call store
	r1 = *(u32 *)(r6 + 24)
	r2 = 6
	call store
	r1 = *(u32 *)(r6 + 28)
	r2 = 7
	call store
	r1 = *(u32 *)(r6 + 32)
	r2 = 8
	call store
	r1 = *(u32 *)(r6 + 36)
	r2 = 9
	call store
	r1 = *(u32 *)(r6 + 40)
	r2 = 10
	call store
	r1 = *(u32 *)(r6 + 44)
	r2 = 11
	call store
	r1 = *(u32 *)(r6 + 48)
	r2 = 12
	call store
	r1 = *(u32 *)(r6 + 64)
	r2 = 13
	call store
	r1 = *(u32 *)(r6 + 68)
	r2 = 14
	call store
	r1 = *(u16 *)(r6 + 16)
	r2 = 15
	call store
	r1 = *(u8 *)(r6 + 17)
	r2 = 16
	call store
	r0 = 1
	exit
store:
	*(u64 *)(r10 - 8) = r1
	*(u32 *)(r10 - 12) = r2
	r1 = map0 ll
	r2 = r10
	r2 += -12
	r3 = r10
	r3 += -8
	r4 = 0
	call 2
	r0 = 0
	exit
