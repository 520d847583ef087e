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
	# op 1: update 1 11 ANY
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 11 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
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
	# op 3: update 3 13 ANY
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 13 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
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
	# op 4: update 3 23 ANY
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 23 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
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
	# op 5: lookup 0
	r1 = 0 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss5
	r0 = *(u64 *)(r0 + 0)
	goto done5
miss5:
	r0 = -1
done5:
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
	# op 6: lookup 1
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss6
	r0 = *(u64 *)(r0 + 0)
	goto done6
miss6:
	r0 = -1
done6:
	*(u64 *)(r10 - 24) = r0
	r1 = 6
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 7: lookup 3
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss7
	r0 = *(u64 *)(r0 + 0)
	goto done7
miss7:
	r0 = -1
done7:
	*(u64 *)(r10 - 24) = r0
	r1 = 7
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
