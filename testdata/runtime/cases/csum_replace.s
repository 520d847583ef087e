	# rewrite the IPv4 source address to param0 fixing the IP (l3_csum_replace flags param1) and UDP (l4_csum_replace flags param2) checksums
	# r6 = ctx; r7 = param0, r8 = param1, r9 = param2 (from map0[0..2])
	r6 = r1
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto fail0
	r7 = *(u64 *)(r0 + 0)
	goto ok0
fail0:
	r0 = 99
	exit
ok0:
	r1 = 1
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto fail1
	r8 = *(u64 *)(r0 + 0)
	goto ok1
fail1:
	r0 = 99
	exit
ok1:
	r1 = 2
	*(u32 *)(r10 - 4) = r1
	r1 = map0 ll
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto fail2
	r9 = *(u64 *)(r0 + 0)
	goto ok2
fail2:
	r0 = 99
	exit
ok2:
	r1 = r6
	r2 = 26
	r3 = r10
	r3 += -16
	r4 = 4
	call 26
	r1 = r6
	r2 = 24
	r3 = *(u32 *)(r10 - 16)
	r4 = r7
	r5 = r8
	call 10
	r0 &= 0xff
	*(u64 *)(r10 - 32) = r0
	r1 = r6
	r2 = 40
	r3 = *(u32 *)(r10 - 16)
	r4 = r7
	r5 = r9
	call 11
	r0 &= 0xff
	r0 <<= 8
	r1 = *(u64 *)(r10 - 32)
	r0 |= r1
	*(u64 *)(r10 - 32) = r0
	*(u32 *)(r10 - 8) = r7
	r1 = r6
	r2 = 26
	r3 = r10
	r3 += -8
	r4 = 4
	r5 = 0
	call 9
	r0 = *(u64 *)(r10 - 32)
	exit
