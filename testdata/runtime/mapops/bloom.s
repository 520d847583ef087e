	# op 0: peek
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	call 89
	if r0 != 0 goto done0
	r0 = *(u64 *)(r10 - 16)
done0:
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
	# op 1: push 1 ANY
	r1 = 1 ll
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
	# op 2: push 2 EXIST
	r1 = 2 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	r3 = 2
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
	# op 3: peek
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -16
	call 89
	if r0 != 0 goto done3
	r0 = *(u64 *)(r10 - 16)
done3:
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
	r0 = 2
	exit
