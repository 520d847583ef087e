	# op 0: update 0 100 ANY
	r1 = 0 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 100 ll
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
	# op 1: update 1 101 ANY
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 101 ll
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
	# op 2: update 2 102 ANY
	r1 = 2 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 102 ll
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
	# op 3: update 3 103 ANY
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 103 ll
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
	# op 4: update 4 104 ANY
	r1 = 4 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 104 ll
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
	# op 5: update 5 105 ANY
	r1 = 5 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 105 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
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
	# op 6: update 6 106 ANY
	r1 = 6 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 106 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
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
	# op 7: update 7 107 ANY
	r1 = 7 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 107 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
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
	# op 8: update 8 108 ANY
	r1 = 8 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 108 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
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
	# op 9: update 9 109 ANY
	r1 = 9 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 109 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
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
	# op 10: update 10 110 ANY
	r1 = 10 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 110 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
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
	# op 11: update 11 111 ANY
	r1 = 11 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 111 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
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
	# op 12: update 12 112 ANY
	r1 = 12 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 112 ll
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
	# op 13: update 13 113 ANY
	r1 = 13 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 113 ll
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
	# op 14: update 14 114 ANY
	r1 = 14 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 114 ll
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
	# op 15: update 15 115 ANY
	r1 = 15 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 115 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
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
	# op 16: lookup 0
	r1 = 0 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss16
	r0 = *(u64 *)(r0 + 0)
	goto done16
miss16:
	r0 = -1
done16:
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
	# op 17: lookup 1
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss17
	r0 = *(u64 *)(r0 + 0)
	goto done17
miss17:
	r0 = -1
done17:
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
	# op 18: lookup 2
	r1 = 2 ll
	*(u32 *)(r10 - 8) = r1
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
	# op 19: lookup 3
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss19
	r0 = *(u64 *)(r0 + 0)
	goto done19
miss19:
	r0 = -1
done19:
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
	# op 20: lookup 9
	r1 = 9 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss20
	r0 = *(u64 *)(r0 + 0)
	goto done20
miss20:
	r0 = -1
done20:
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
	# op 21: update 16 116 ANY
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 116 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
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
	# op 22: update 17 117 ANY
	r1 = 17 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 117 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
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
	# op 23: lookup 0
	r1 = 0 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss23
	r0 = *(u64 *)(r0 + 0)
	goto done23
miss23:
	r0 = -1
done23:
	*(u64 *)(r10 - 24) = r0
	r1 = 23
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 24: lookup 1
	r1 = 1 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss24
	r0 = *(u64 *)(r0 + 0)
	goto done24
miss24:
	r0 = -1
done24:
	*(u64 *)(r10 - 24) = r0
	r1 = 24
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 25: lookup 2
	r1 = 2 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss25
	r0 = *(u64 *)(r0 + 0)
	goto done25
miss25:
	r0 = -1
done25:
	*(u64 *)(r10 - 24) = r0
	r1 = 25
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 26: lookup 3
	r1 = 3 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss26
	r0 = *(u64 *)(r0 + 0)
	goto done26
miss26:
	r0 = -1
done26:
	*(u64 *)(r10 - 24) = r0
	r1 = 26
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 27: lookup 4
	r1 = 4 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss27
	r0 = *(u64 *)(r0 + 0)
	goto done27
miss27:
	r0 = -1
done27:
	*(u64 *)(r10 - 24) = r0
	r1 = 27
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 28: lookup 5
	r1 = 5 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss28
	r0 = *(u64 *)(r0 + 0)
	goto done28
miss28:
	r0 = -1
done28:
	*(u64 *)(r10 - 24) = r0
	r1 = 28
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 29: lookup 6
	r1 = 6 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss29
	r0 = *(u64 *)(r0 + 0)
	goto done29
miss29:
	r0 = -1
done29:
	*(u64 *)(r10 - 24) = r0
	r1 = 29
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 30: lookup 7
	r1 = 7 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss30
	r0 = *(u64 *)(r0 + 0)
	goto done30
miss30:
	r0 = -1
done30:
	*(u64 *)(r10 - 24) = r0
	r1 = 30
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 31: lookup 8
	r1 = 8 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss31
	r0 = *(u64 *)(r0 + 0)
	goto done31
miss31:
	r0 = -1
done31:
	*(u64 *)(r10 - 24) = r0
	r1 = 31
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 32: lookup 9
	r1 = 9 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss32
	r0 = *(u64 *)(r0 + 0)
	goto done32
miss32:
	r0 = -1
done32:
	*(u64 *)(r10 - 24) = r0
	r1 = 32
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 33: lookup 10
	r1 = 10 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss33
	r0 = *(u64 *)(r0 + 0)
	goto done33
miss33:
	r0 = -1
done33:
	*(u64 *)(r10 - 24) = r0
	r1 = 33
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 34: lookup 11
	r1 = 11 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss34
	r0 = *(u64 *)(r0 + 0)
	goto done34
miss34:
	r0 = -1
done34:
	*(u64 *)(r10 - 24) = r0
	r1 = 34
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 35: lookup 12
	r1 = 12 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss35
	r0 = *(u64 *)(r0 + 0)
	goto done35
miss35:
	r0 = -1
done35:
	*(u64 *)(r10 - 24) = r0
	r1 = 35
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 36: lookup 13
	r1 = 13 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss36
	r0 = *(u64 *)(r0 + 0)
	goto done36
miss36:
	r0 = -1
done36:
	*(u64 *)(r10 - 24) = r0
	r1 = 36
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 37: lookup 14
	r1 = 14 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss37
	r0 = *(u64 *)(r0 + 0)
	goto done37
miss37:
	r0 = -1
done37:
	*(u64 *)(r10 - 24) = r0
	r1 = 37
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 38: lookup 15
	r1 = 15 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss38
	r0 = *(u64 *)(r0 + 0)
	goto done38
miss38:
	r0 = -1
done38:
	*(u64 *)(r10 - 24) = r0
	r1 = 38
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 39: lookup 16
	r1 = 16 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss39
	r0 = *(u64 *)(r0 + 0)
	goto done39
miss39:
	r0 = -1
done39:
	*(u64 *)(r10 - 24) = r0
	r1 = 39
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 40: lookup 17
	r1 = 17 ll
	*(u32 *)(r10 - 8) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto miss40
	r0 = *(u64 *)(r0 + 0)
	goto done40
miss40:
	r0 = -1
done40:
	*(u64 *)(r10 - 24) = r0
	r1 = 40
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 41: update 18 118 ANY
	r1 = 18 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 118 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 41
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 42: update 19 119 ANY
	r1 = 19 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 119 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 42
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 43: update 20 120 ANY
	r1 = 20 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 120 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 43
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 44: update 21 121 ANY
	r1 = 21 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 121 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 44
	*(u32 *)(r10 - 28) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -28
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
	# op 45: update 22 122 ANY
	r1 = 22 ll
	*(u32 *)(r10 - 8) = r1
	r1 = 122 ll
	*(u64 *)(r10 - 16) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	*(u64 *)(r10 - 24) = r0
	r1 = 45
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
