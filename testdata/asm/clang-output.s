	.text
	.file	"clang-output.c"
	.globl	sum                             # -- Begin function sum
	.p2align	3
	.type	sum,@function
sum:                                    # @sum
# %bb.0:
	if r2 s< 1 goto LBB0_8
# %bb.1:
	r5 = 0
	r0 = 0
	goto LBB0_2
LBB0_5:                                 #   in Loop: Header=BB0_2 Depth=1
	r5 = r4
	r5 += 1
	if r5 s>= r2 goto LBB0_11
# %bb.6:                                #   in Loop: Header=BB0_2 Depth=1
	r1 += 4
	if r4 < 63 goto LBB0_2
	goto LBB0_11
LBB0_2:                                 # =>This Inner Loop Header: Depth=1
	r4 = r5
	w5 = *(u32 *)(r1 + 0)
	w6 = w5
	w6 &= 1
	if w6 == 0 goto LBB0_4
# %bb.3:                                #   in Loop: Header=BB0_2 Depth=1
	r5 = bswap32 r5
	r0 += r5
	goto LBB0_5
LBB0_4:                                 #   in Loop: Header=BB0_2 Depth=1
	r5 = (s8)r5
	r0 -= r5
	goto LBB0_5
LBB0_11:
	r1 = 1
	lock *(u64 *)(r3 + 0) += r1
	r1 = 20015998343868 ll
	if r0 s> r1 goto LBB0_7
	goto LBB0_9
LBB0_7:
	r1 = r0
	call scale
	goto LBB0_10
LBB0_8:
	r1 = 1
	lock *(u64 *)(r3 + 0) += r1
	r0 = 0
LBB0_9:
	r1 = 9223372036854775807 ll
	r0 ^= r1
LBB0_10:
	exit
.Lfunc_end0:
	.size	sum, .Lfunc_end0-sum
                                        # -- End function
	.p2align	3                               # -- Begin function scale
	.type	scale,@function
scale:                                  # @scale
# %bb.0:
	r0 = r1
	r0 s%= r2
	r1 *= 3
	r1 s/= r2
	r0 += r1
	exit
.Lfunc_end1:
	.size	scale, .Lfunc_end1-scale
                                        # -- End function
	.addrsig
