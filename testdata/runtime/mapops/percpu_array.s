	# op 0: update 0 10 ANY
	r1 = 0 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 10 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 0
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 1: update 1 11 NOEXIST
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 11 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 1
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 1
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 2: update 2 12 ANY
	r1 = 2 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 12 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 2
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 3: update 1 11 LOCK
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 11 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 4
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 3
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 4: lookup 1
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss4
	r0 = *(u64 *)(r0 + 0)
	goto done4
miss4:
	r0 = -1
done4:
	*(u64 *)(r10 - 24) = r0
	r1 = 4
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 5: delete 1
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 3
	*(u64 *)(r10 - 24) = r0
	r1 = 5
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	r0 = 2
	exit
