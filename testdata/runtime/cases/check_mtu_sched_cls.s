	# bpf_check_mtu(ctx, param0, &mtu_len = param1, param2, 0)
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
	*(u32 *)(r10 - 4) = r8
	r1 = r6
	r2 = r7
	r3 = r10
	r3 += -4
	r4 = r9
	r5 = 0
	call 163
	r0 &= 0xff
	r1 = *(u32 *)(r10 - 4)
	r1 <<= 8
	r0 |= r1
	exit
