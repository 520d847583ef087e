# packet_parse.s: interpreter benchmark (b), a packet-parsing loop. r1/r2 hold a batch of captured
# Ethernet frames (the memory a uBPF-style caller passes: r1 = address, r2 = length), each record a
# little-endian u16 capture length followed by that many bytes of the frame. The program walks the
# batch 1,000 times; per frame it checks every header against the record's end before reading it
# (Ethernet, IPv4 with options or IPv6, then TCP or UDP) and counts the frames whose destination
# port is 80 or 443. r0 = 1,000 * that count. The batch comes from io.github.ebpf4j.bench.PacketBatch,
# which knows the expected count by construction.
# LLVM BPF syntax: llvm-mc-19 -triple bpfel -filetype=obj packet_parse.s -o /tmp/packet_parse.o
	r0 = 0
	r6 = r1
	r9 = r1
	r9 += r2
	r8 = 1000
pass:
	r1 = r6
record:
	r2 = r1
	r2 += 2
	if r2 > r9 goto next_pass
	r3 = *(u16 *)(r1 + 0)
	r4 = r2
	r4 += r3
	if r4 > r9 goto next_pass
	r5 = r2
	r5 += 14
	if r5 > r4 goto skip
	r7 = *(u16 *)(r2 + 12)
	if r7 == 0x8 goto ipv4
	if r7 == 0xdd86 goto ipv6
	goto skip
ipv4:
	r5 = r2
	r5 += 34
	if r5 > r4 goto skip
	r7 = *(u8 *)(r2 + 14)
	r7 &= 15
	r7 <<= 2
	if r7 < 20 goto skip
	r3 = *(u8 *)(r2 + 23)
	r5 = r2
	r5 += 14
	r5 += r7
	goto l4
ipv6:
	r5 = r2
	r5 += 54
	if r5 > r4 goto skip
	r3 = *(u8 *)(r2 + 20)
l4:
	if r3 == 6 goto ports
	if r3 == 17 goto ports
	goto skip
ports:
	r7 = r5
	r7 += 4
	if r7 > r4 goto skip
	r7 = *(u16 *)(r5 + 2)
	r7 = be16 r7
	if r7 == 80 goto count
	if r7 != 443 goto skip
count:
	r0 += 1
skip:
	r1 = r4
	goto record
next_pass:
	r8 += -1
	if r8 != 0 goto pass
	exit
