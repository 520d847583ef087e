r0 = 2
exit
