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
	# op 1: update 1 11 EXIST
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 11 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 2
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
	# op 2: update 2 12 NOEXIST
	r1 = 2 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 12 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 1
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
	# op 3: update 4 14 ANY
	r1 = 4 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 14 ll
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
	# op 4: update 7 17 EXIST
	r1 = 7 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 17 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 2
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
	# op 5: update 3 13 3
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 13 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 3
	call 2
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
	# op 6: update 3 13 LOCK
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 13 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 4
	call 2
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
	# op 7: lookup 0
	r1 = 0 ll
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
	# op 8: lookup 2
	r1 = 2 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss8
	r0 = *(u64 *)(r0 + 0)
	goto done8
miss8:
	r0 = -1
done8:
	*(u64 *)(r10 - 24) = r0
	r1 = 8
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 9: lookup 4
	r1 = 4 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss9
	r0 = *(u64 *)(r0 + 0)
	goto done9
miss9:
	r0 = -1
done9:
	*(u64 *)(r10 - 24) = r0
	r1 = 9
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 10: delete 0
	r1 = 0 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 3
	*(u64 *)(r10 - 24) = r0
	r1 = 10
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 11: delete 9
	r1 = 9 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 3
	*(u64 *)(r10 - 24) = r0
	r1 = 11
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 12: update 3 33 ANY
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 33 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 12
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
