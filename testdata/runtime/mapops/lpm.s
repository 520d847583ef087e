	# op 0: update 8/10.0.0.0 1 ANY
	r1 = 8 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 10 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 1 ll
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
	# op 1: update 16/10.1.0.0 2 ANY
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 266 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 2 ll
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
	# op 2: update 24/10.1.2.0 3 ANY
	r1 = 24 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 131338 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 3 ll
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
	# op 3: lookup 32/10.1.2.3
	r1 = 32 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 50462986 ll
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss3
	r0 = *(u64 *)(r0 + 0)
	goto done3
miss3:
	r0 = -1
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
	# op 4: lookup 32/10.1.3.3
	r1 = 32 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 50528522 ll
	*(u32 *)(r10 - 4) = r1
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
	# op 5: lookup 32/10.2.3.4
	r1 = 32 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 67305994 ll
	*(u32 *)(r10 - 4) = r1
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
	# op 6: lookup 32/11.0.0.1
	r1 = 32 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 16777227 ll
	*(u32 *)(r10 - 4) = r1
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
	# op 7: lookup 16/10.1.2.3
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 50462986 ll
	*(u32 *)(r10 - 4) = r1
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
	# op 8: lookup 8/10.1.2.3
	r1 = 8 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 50462986 ll
	*(u32 *)(r10 - 4) = r1
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
	# op 9: lookup 7/10.1.2.3
	r1 = 7 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 50462986 ll
	*(u32 *)(r10 - 4) = r1
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
	# op 10: update 16/10.1.0.0 4 NOEXIST
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 266 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 4 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 1
	call 2
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
	# op 11: update 16/10.9.0.0 5 EXIST
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 2314 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 5 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 2
	call 2
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
	# op 12: update 0/0.0.0.0 6 ANY
	r1 = 0 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 0 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 6 ll
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
	# op 13: update 32/1.2.3.4 7 ANY
	r1 = 32 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 67305985 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 7 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 13
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 14: update 16/10.1.0.0 8 ANY
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 266 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 8 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 14
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 15: update 16/10.1.255.255 9 EXIST
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 4294902026 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 9 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 2
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 15
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 16: update 24/10.1.2.0 9 4
	r1 = 24 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 131338 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 9 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 4
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 16
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 17: update 33/10.1.2.0 9 ANY
	r1 = 33 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 131338 ll
	*(u32 *)(r10 - 4) = r1
	r1 = 9 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 17
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 18: lookup 32/11.0.0.1
	r1 = 32 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 16777227 ll
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss18
	r0 = *(u64 *)(r0 + 0)
	goto done18
miss18:
	r0 = -1
done18:
	*(u64 *)(r10 - 24) = r0
	r1 = 18
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 19: delete 24/10.1.2.0
	r1 = 24 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 131338 ll
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 3
	*(u64 *)(r10 - 24) = r0
	r1 = 19
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 20: delete 24/10.1.2.0
	r1 = 24 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 131338 ll
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 3
	*(u64 *)(r10 - 24) = r0
	r1 = 20
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 21: delete 40/10.1.2.0
	r1 = 40 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 131338 ll
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 3
	*(u64 *)(r10 - 24) = r0
	r1 = 21
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 22: lookup 32/10.1.2.3
	r1 = 32 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 50462986 ll
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss22
	r0 = *(u64 *)(r0 + 0)
	goto done22
miss22:
	r0 = -1
done22:
	*(u64 *)(r10 - 24) = r0
	r1 = 22
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
