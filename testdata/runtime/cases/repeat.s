	# count runs in map1[0], bpf_xdp_adjust_head(param0) each run, return the length
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
	r1 = 0
	*(u32 *)(r10 - 32) = r1
	r1 = map1 ll
	r2 = r10
	r2 += -32
	call 1
	if r0 == 0 goto out
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
	r1 = r6
	r2 = r7
	call 44
	r2 = *(u32 *)(r6 + 0)
	r3 = *(u32 *)(r6 + 4)
	r0 = r3
	r0 -= r2
out:
	exit
