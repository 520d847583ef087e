	# op 0: push 1 ANY
	r1 = 1 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	r3 = 0
	call 87
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
	# op 1: push 2 ANY
	r1 = 2 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	r3 = 0
	call 87
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
	# op 2: push 3 ANY
	r1 = 3 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	r3 = 0
	call 87
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
	# op 3: push 4 ANY
	r1 = 4 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	r3 = 0
	call 87
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
	# op 4: push 5 EXIST
	r1 = 5 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	r3 = 2
	call 87
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
	# op 5: peek
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	call 89
	if r0 != 0 goto done5
	r0 = *(u64 *)(r10 - 16)
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
	# op 6: pop
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	call 88
	if r0 != 0 goto done6
	r0 = *(u64 *)(r10 - 16)
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
	# op 7: pop
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	call 88
	if r0 != 0 goto done7
	r0 = *(u64 *)(r10 - 16)
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
	# op 8: pop
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	call 88
	if r0 != 0 goto done8
	r0 = *(u64 *)(r10 - 16)
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
	# op 9: pop
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	call 88
	if r0 != 0 goto done9
	r0 = *(u64 *)(r10 - 16)
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
	r0 = 2
	exit
