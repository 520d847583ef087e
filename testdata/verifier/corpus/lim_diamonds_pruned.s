# type: xdp
	call 7
	r6 = r0
	r0 = 0
	if r6 > 0 goto d0
	r1 = 1
	goto j0
d0:
	r1 = 2
j0:
	if r6 > 1 goto d1
	r1 = 1
	goto j1
d1:
	r1 = 2
j1:
	if r6 > 2 goto d2
	r1 = 1
	goto j2
d2:
	r1 = 2
j2:
	if r6 > 3 goto d3
	r1 = 1
	goto j3
d3:
	r1 = 2
j3:
	if r6 > 4 goto d4
	r1 = 1
	goto j4
d4:
	r1 = 2
j4:
	if r6 > 5 goto d5
	r1 = 1
	goto j5
d5:
	r1 = 2
j5:
	if r6 > 6 goto d6
	r1 = 1
	goto j6
d6:
	r1 = 2
j6:
	if r6 > 7 goto d7
	r1 = 1
	goto j7
d7:
	r1 = 2
j7:
	if r6 > 8 goto d8
	r1 = 1
	goto j8
d8:
	r1 = 2
j8:
	if r6 > 9 goto d9
	r1 = 1
	goto j9
d9:
	r1 = 2
j9:
	if r6 > 10 goto d10
	r1 = 1
	goto j10
d10:
	r1 = 2
j10:
	if r6 > 11 goto d11
	r1 = 1
	goto j11
d11:
	r1 = 2
j11:
	if r6 > 12 goto d12
	r1 = 1
	goto j12
d12:
	r1 = 2
j12:
	if r6 > 13 goto d13
	r1 = 1
	goto j13
d13:
	r1 = 2
j13:
	if r6 > 14 goto d14
	r1 = 1
	goto j14
d14:
	r1 = 2
j14:
	if r6 > 15 goto d15
	r1 = 1
	goto j15
d15:
	r1 = 2
j15:
	if r6 > 16 goto d16
	r1 = 1
	goto j16
d16:
	r1 = 2
j16:
	if r6 > 17 goto d17
	r1 = 1
	goto j17
d17:
	r1 = 2
j17:
	if r6 > 18 goto d18
	r1 = 1
	goto j18
d18:
	r1 = 2
j18:
	if r6 > 19 goto d19
	r1 = 1
	goto j19
d19:
	r1 = 2
j19:
	if r6 > 20 goto d20
	r1 = 1
	goto j20
d20:
	r1 = 2
j20:
	if r6 > 21 goto d21
	r1 = 1
	goto j21
d21:
	r1 = 2
j21:
	if r6 > 22 goto d22
	r1 = 1
	goto j22
d22:
	r1 = 2
j22:
	if r6 > 23 goto d23
	r1 = 1
	goto j23
d23:
	r1 = 2
j23:
	if r6 > 24 goto d24
	r1 = 1
	goto j24
d24:
	r1 = 2
j24:
	if r6 > 25 goto d25
	r1 = 1
	goto j25
d25:
	r1 = 2
j25:
	if r6 > 26 goto d26
	r1 = 1
	goto j26
d26:
	r1 = 2
j26:
	if r6 > 27 goto d27
	r1 = 1
	goto j27
d27:
	r1 = 2
j27:
	if r6 > 28 goto d28
	r1 = 1
	goto j28
d28:
	r1 = 2
j28:
	if r6 > 29 goto d29
	r1 = 1
	goto j29
d29:
	r1 = 2
j29:
	if r6 > 30 goto d30
	r1 = 1
	goto j30
d30:
	r1 = 2
j30:
	if r6 > 31 goto d31
	r1 = 1
	goto j31
d31:
	r1 = 2
j31:
	if r6 > 32 goto d32
	r1 = 1
	goto j32
d32:
	r1 = 2
j32:
	if r6 > 33 goto d33
	r1 = 1
	goto j33
d33:
	r1 = 2
j33:
	if r6 > 34 goto d34
	r1 = 1
	goto j34
d34:
	r1 = 2
j34:
	if r6 > 35 goto d35
	r1 = 1
	goto j35
d35:
	r1 = 2
j35:
	if r6 > 36 goto d36
	r1 = 1
	goto j36
d36:
	r1 = 2
j36:
	if r6 > 37 goto d37
	r1 = 1
	goto j37
d37:
	r1 = 2
j37:
	if r6 > 38 goto d38
	r1 = 1
	goto j38
d38:
	r1 = 2
j38:
	if r6 > 39 goto d39
	r1 = 1
	goto j39
d39:
	r1 = 2
j39:
	if r6 > 40 goto d40
	r1 = 1
	goto j40
d40:
	r1 = 2
j40:
	if r6 > 41 goto d41
	r1 = 1
	goto j41
d41:
	r1 = 2
j41:
	if r6 > 42 goto d42
	r1 = 1
	goto j42
d42:
	r1 = 2
j42:
	if r6 > 43 goto d43
	r1 = 1
	goto j43
d43:
	r1 = 2
j43:
	if r6 > 44 goto d44
	r1 = 1
	goto j44
d44:
	r1 = 2
j44:
	if r6 > 45 goto d45
	r1 = 1
	goto j45
d45:
	r1 = 2
j45:
	if r6 > 46 goto d46
	r1 = 1
	goto j46
d46:
	r1 = 2
j46:
	if r6 > 47 goto d47
	r1 = 1
	goto j47
d47:
	r1 = 2
j47:
	if r6 > 48 goto d48
	r1 = 1
	goto j48
d48:
	r1 = 2
j48:
	if r6 > 49 goto d49
	r1 = 1
	goto j49
d49:
	r1 = 2
j49:
	if r6 > 50 goto d50
	r1 = 1
	goto j50
d50:
	r1 = 2
j50:
	if r6 > 51 goto d51
	r1 = 1
	goto j51
d51:
	r1 = 2
j51:
	if r6 > 52 goto d52
	r1 = 1
	goto j52
d52:
	r1 = 2
j52:
	if r6 > 53 goto d53
	r1 = 1
	goto j53
d53:
	r1 = 2
j53:
	if r6 > 54 goto d54
	r1 = 1
	goto j54
d54:
	r1 = 2
j54:
	if r6 > 55 goto d55
	r1 = 1
	goto j55
d55:
	r1 = 2
j55:
	if r6 > 56 goto d56
	r1 = 1
	goto j56
d56:
	r1 = 2
j56:
	if r6 > 57 goto d57
	r1 = 1
	goto j57
d57:
	r1 = 2
j57:
	if r6 > 58 goto d58
	r1 = 1
	goto j58
d58:
	r1 = 2
j58:
	if r6 > 59 goto d59
	r1 = 1
	goto j59
d59:
	r1 = 2
j59:
	if r6 > 60 goto d60
	r1 = 1
	goto j60
d60:
	r1 = 2
j60:
	if r6 > 61 goto d61
	r1 = 1
	goto j61
d61:
	r1 = 2
j61:
	if r6 > 62 goto d62
	r1 = 1
	goto j62
d62:
	r1 = 2
j62:
	if r6 > 63 goto d63
	r1 = 1
	goto j63
d63:
	r1 = 2
j63:
	if r6 > 64 goto d64
	r1 = 1
	goto j64
d64:
	r1 = 2
j64:
	if r6 > 65 goto d65
	r1 = 1
	goto j65
d65:
	r1 = 2
j65:
	if r6 > 66 goto d66
	r1 = 1
	goto j66
d66:
	r1 = 2
j66:
	if r6 > 67 goto d67
	r1 = 1
	goto j67
d67:
	r1 = 2
j67:
	if r6 > 68 goto d68
	r1 = 1
	goto j68
d68:
	r1 = 2
j68:
	if r6 > 69 goto d69
	r1 = 1
	goto j69
d69:
	r1 = 2
j69:
	if r6 > 70 goto d70
	r1 = 1
	goto j70
d70:
	r1 = 2
j70:
	if r6 > 71 goto d71
	r1 = 1
	goto j71
d71:
	r1 = 2
j71:
	if r6 > 72 goto d72
	r1 = 1
	goto j72
d72:
	r1 = 2
j72:
	if r6 > 73 goto d73
	r1 = 1
	goto j73
d73:
	r1 = 2
j73:
	if r6 > 74 goto d74
	r1 = 1
	goto j74
d74:
	r1 = 2
j74:
	if r6 > 75 goto d75
	r1 = 1
	goto j75
d75:
	r1 = 2
j75:
	if r6 > 76 goto d76
	r1 = 1
	goto j76
d76:
	r1 = 2
j76:
	if r6 > 77 goto d77
	r1 = 1
	goto j77
d77:
	r1 = 2
j77:
	if r6 > 78 goto d78
	r1 = 1
	goto j78
d78:
	r1 = 2
j78:
	if r6 > 79 goto d79
	r1 = 1
	goto j79
d79:
	r1 = 2
j79:
	if r6 > 80 goto d80
	r1 = 1
	goto j80
d80:
	r1 = 2
j80:
	if r6 > 81 goto d81
	r1 = 1
	goto j81
d81:
	r1 = 2
j81:
	if r6 > 82 goto d82
	r1 = 1
	goto j82
d82:
	r1 = 2
j82:
	if r6 > 83 goto d83
	r1 = 1
	goto j83
d83:
	r1 = 2
j83:
	if r6 > 84 goto d84
	r1 = 1
	goto j84
d84:
	r1 = 2
j84:
	if r6 > 85 goto d85
	r1 = 1
	goto j85
d85:
	r1 = 2
j85:
	if r6 > 86 goto d86
	r1 = 1
	goto j86
d86:
	r1 = 2
j86:
	if r6 > 87 goto d87
	r1 = 1
	goto j87
d87:
	r1 = 2
j87:
	if r6 > 88 goto d88
	r1 = 1
	goto j88
d88:
	r1 = 2
j88:
	if r6 > 89 goto d89
	r1 = 1
	goto j89
d89:
	r1 = 2
j89:
	if r6 > 90 goto d90
	r1 = 1
	goto j90
d90:
	r1 = 2
j90:
	if r6 > 91 goto d91
	r1 = 1
	goto j91
d91:
	r1 = 2
j91:
	if r6 > 92 goto d92
	r1 = 1
	goto j92
d92:
	r1 = 2
j92:
	if r6 > 93 goto d93
	r1 = 1
	goto j93
d93:
	r1 = 2
j93:
	if r6 > 94 goto d94
	r1 = 1
	goto j94
d94:
	r1 = 2
j94:
	if r6 > 95 goto d95
	r1 = 1
	goto j95
d95:
	r1 = 2
j95:
	if r6 > 96 goto d96
	r1 = 1
	goto j96
d96:
	r1 = 2
j96:
	if r6 > 97 goto d97
	r1 = 1
	goto j97
d97:
	r1 = 2
j97:
	if r6 > 98 goto d98
	r1 = 1
	goto j98
d98:
	r1 = 2
j98:
	if r6 > 99 goto d99
	r1 = 1
	goto j99
d99:
	r1 = 2
j99:
	if r6 > 100 goto d100
	r1 = 1
	goto j100
d100:
	r1 = 2
j100:
	if r6 > 101 goto d101
	r1 = 1
	goto j101
d101:
	r1 = 2
j101:
	if r6 > 102 goto d102
	r1 = 1
	goto j102
d102:
	r1 = 2
j102:
	if r6 > 103 goto d103
	r1 = 1
	goto j103
d103:
	r1 = 2
j103:
	if r6 > 104 goto d104
	r1 = 1
	goto j104
d104:
	r1 = 2
j104:
	if r6 > 105 goto d105
	r1 = 1
	goto j105
d105:
	r1 = 2
j105:
	if r6 > 106 goto d106
	r1 = 1
	goto j106
d106:
	r1 = 2
j106:
	if r6 > 107 goto d107
	r1 = 1
	goto j107
d107:
	r1 = 2
j107:
	if r6 > 108 goto d108
	r1 = 1
	goto j108
d108:
	r1 = 2
j108:
	if r6 > 109 goto d109
	r1 = 1
	goto j109
d109:
	r1 = 2
j109:
	if r6 > 110 goto d110
	r1 = 1
	goto j110
d110:
	r1 = 2
j110:
	if r6 > 111 goto d111
	r1 = 1
	goto j111
d111:
	r1 = 2
j111:
	if r6 > 112 goto d112
	r1 = 1
	goto j112
d112:
	r1 = 2
j112:
	if r6 > 113 goto d113
	r1 = 1
	goto j113
d113:
	r1 = 2
j113:
	if r6 > 114 goto d114
	r1 = 1
	goto j114
d114:
	r1 = 2
j114:
	if r6 > 115 goto d115
	r1 = 1
	goto j115
d115:
	r1 = 2
j115:
	if r6 > 116 goto d116
	r1 = 1
	goto j116
d116:
	r1 = 2
j116:
	if r6 > 117 goto d117
	r1 = 1
	goto j117
d117:
	r1 = 2
j117:
	if r6 > 118 goto d118
	r1 = 1
	goto j118
d118:
	r1 = 2
j118:
	if r6 > 119 goto d119
	r1 = 1
	goto j119
d119:
	r1 = 2
j119:
	if r6 > 120 goto d120
	r1 = 1
	goto j120
d120:
	r1 = 2
j120:
	if r6 > 121 goto d121
	r1 = 1
	goto j121
d121:
	r1 = 2
j121:
	if r6 > 122 goto d122
	r1 = 1
	goto j122
d122:
	r1 = 2
j122:
	if r6 > 123 goto d123
	r1 = 1
	goto j123
d123:
	r1 = 2
j123:
	if r6 > 124 goto d124
	r1 = 1
	goto j124
d124:
	r1 = 2
j124:
	if r6 > 125 goto d125
	r1 = 1
	goto j125
d125:
	r1 = 2
j125:
	if r6 > 126 goto d126
	r1 = 1
	goto j126
d126:
	r1 = 2
j126:
	if r6 > 127 goto d127
	r1 = 1
	goto j127
d127:
	r1 = 2
j127:
	if r6 > 128 goto d128
	r1 = 1
	goto j128
d128:
	r1 = 2
j128:
	if r6 > 129 goto d129
	r1 = 1
	goto j129
d129:
	r1 = 2
j129:
	if r6 > 130 goto d130
	r1 = 1
	goto j130
d130:
	r1 = 2
j130:
	if r6 > 131 goto d131
	r1 = 1
	goto j131
d131:
	r1 = 2
j131:
	if r6 > 132 goto d132
	r1 = 1
	goto j132
d132:
	r1 = 2
j132:
	if r6 > 133 goto d133
	r1 = 1
	goto j133
d133:
	r1 = 2
j133:
	if r6 > 134 goto d134
	r1 = 1
	goto j134
d134:
	r1 = 2
j134:
	if r6 > 135 goto d135
	r1 = 1
	goto j135
d135:
	r1 = 2
j135:
	if r6 > 136 goto d136
	r1 = 1
	goto j136
d136:
	r1 = 2
j136:
	if r6 > 137 goto d137
	r1 = 1
	goto j137
d137:
	r1 = 2
j137:
	if r6 > 138 goto d138
	r1 = 1
	goto j138
d138:
	r1 = 2
j138:
	if r6 > 139 goto d139
	r1 = 1
	goto j139
d139:
	r1 = 2
j139:
	if r6 > 140 goto d140
	r1 = 1
	goto j140
d140:
	r1 = 2
j140:
	if r6 > 141 goto d141
	r1 = 1
	goto j141
d141:
	r1 = 2
j141:
	if r6 > 142 goto d142
	r1 = 1
	goto j142
d142:
	r1 = 2
j142:
	if r6 > 143 goto d143
	r1 = 1
	goto j143
d143:
	r1 = 2
j143:
	if r6 > 144 goto d144
	r1 = 1
	goto j144
d144:
	r1 = 2
j144:
	if r6 > 145 goto d145
	r1 = 1
	goto j145
d145:
	r1 = 2
j145:
	if r6 > 146 goto d146
	r1 = 1
	goto j146
d146:
	r1 = 2
j146:
	if r6 > 147 goto d147
	r1 = 1
	goto j147
d147:
	r1 = 2
j147:
	if r6 > 148 goto d148
	r1 = 1
	goto j148
d148:
	r1 = 2
j148:
	if r6 > 149 goto d149
	r1 = 1
	goto j149
d149:
	r1 = 2
j149:
	if r6 > 150 goto d150
	r1 = 1
	goto j150
d150:
	r1 = 2
j150:
	if r6 > 151 goto d151
	r1 = 1
	goto j151
d151:
	r1 = 2
j151:
	if r6 > 152 goto d152
	r1 = 1
	goto j152
d152:
	r1 = 2
j152:
	if r6 > 153 goto d153
	r1 = 1
	goto j153
d153:
	r1 = 2
j153:
	if r6 > 154 goto d154
	r1 = 1
	goto j154
d154:
	r1 = 2
j154:
	if r6 > 155 goto d155
	r1 = 1
	goto j155
d155:
	r1 = 2
j155:
	if r6 > 156 goto d156
	r1 = 1
	goto j156
d156:
	r1 = 2
j156:
	if r6 > 157 goto d157
	r1 = 1
	goto j157
d157:
	r1 = 2
j157:
	if r6 > 158 goto d158
	r1 = 1
	goto j158
d158:
	r1 = 2
j158:
	if r6 > 159 goto d159
	r1 = 1
	goto j159
d159:
	r1 = 2
j159:
	if r6 > 160 goto d160
	r1 = 1
	goto j160
d160:
	r1 = 2
j160:
	if r6 > 161 goto d161
	r1 = 1
	goto j161
d161:
	r1 = 2
j161:
	if r6 > 162 goto d162
	r1 = 1
	goto j162
d162:
	r1 = 2
j162:
	if r6 > 163 goto d163
	r1 = 1
	goto j163
d163:
	r1 = 2
j163:
	if r6 > 164 goto d164
	r1 = 1
	goto j164
d164:
	r1 = 2
j164:
	if r6 > 165 goto d165
	r1 = 1
	goto j165
d165:
	r1 = 2
j165:
	if r6 > 166 goto d166
	r1 = 1
	goto j166
d166:
	r1 = 2
j166:
	if r6 > 167 goto d167
	r1 = 1
	goto j167
d167:
	r1 = 2
j167:
	if r6 > 168 goto d168
	r1 = 1
	goto j168
d168:
	r1 = 2
j168:
	if r6 > 169 goto d169
	r1 = 1
	goto j169
d169:
	r1 = 2
j169:
	if r6 > 170 goto d170
	r1 = 1
	goto j170
d170:
	r1 = 2
j170:
	if r6 > 171 goto d171
	r1 = 1
	goto j171
d171:
	r1 = 2
j171:
	if r6 > 172 goto d172
	r1 = 1
	goto j172
d172:
	r1 = 2
j172:
	if r6 > 173 goto d173
	r1 = 1
	goto j173
d173:
	r1 = 2
j173:
	if r6 > 174 goto d174
	r1 = 1
	goto j174
d174:
	r1 = 2
j174:
	if r6 > 175 goto d175
	r1 = 1
	goto j175
d175:
	r1 = 2
j175:
	if r6 > 176 goto d176
	r1 = 1
	goto j176
d176:
	r1 = 2
j176:
	if r6 > 177 goto d177
	r1 = 1
	goto j177
d177:
	r1 = 2
j177:
	if r6 > 178 goto d178
	r1 = 1
	goto j178
d178:
	r1 = 2
j178:
	if r6 > 179 goto d179
	r1 = 1
	goto j179
d179:
	r1 = 2
j179:
	if r6 > 180 goto d180
	r1 = 1
	goto j180
d180:
	r1 = 2
j180:
	if r6 > 181 goto d181
	r1 = 1
	goto j181
d181:
	r1 = 2
j181:
	if r6 > 182 goto d182
	r1 = 1
	goto j182
d182:
	r1 = 2
j182:
	if r6 > 183 goto d183
	r1 = 1
	goto j183
d183:
	r1 = 2
j183:
	if r6 > 184 goto d184
	r1 = 1
	goto j184
d184:
	r1 = 2
j184:
	if r6 > 185 goto d185
	r1 = 1
	goto j185
d185:
	r1 = 2
j185:
	if r6 > 186 goto d186
	r1 = 1
	goto j186
d186:
	r1 = 2
j186:
	if r6 > 187 goto d187
	r1 = 1
	goto j187
d187:
	r1 = 2
j187:
	if r6 > 188 goto d188
	r1 = 1
	goto j188
d188:
	r1 = 2
j188:
	if r6 > 189 goto d189
	r1 = 1
	goto j189
d189:
	r1 = 2
j189:
	if r6 > 190 goto d190
	r1 = 1
	goto j190
d190:
	r1 = 2
j190:
	if r6 > 191 goto d191
	r1 = 1
	goto j191
d191:
	r1 = 2
j191:
	if r6 > 192 goto d192
	r1 = 1
	goto j192
d192:
	r1 = 2
j192:
	if r6 > 193 goto d193
	r1 = 1
	goto j193
d193:
	r1 = 2
j193:
	if r6 > 194 goto d194
	r1 = 1
	goto j194
d194:
	r1 = 2
j194:
	if r6 > 195 goto d195
	r1 = 1
	goto j195
d195:
	r1 = 2
j195:
	if r6 > 196 goto d196
	r1 = 1
	goto j196
d196:
	r1 = 2
j196:
	if r6 > 197 goto d197
	r1 = 1
	goto j197
d197:
	r1 = 2
j197:
	if r6 > 198 goto d198
	r1 = 1
	goto j198
d198:
	r1 = 2
j198:
	if r6 > 199 goto d199
	r1 = 1
	goto j199
d199:
	r1 = 2
j199:
	if r6 > 200 goto d200
	r1 = 1
	goto j200
d200:
	r1 = 2
j200:
	if r6 > 201 goto d201
	r1 = 1
	goto j201
d201:
	r1 = 2
j201:
	if r6 > 202 goto d202
	r1 = 1
	goto j202
d202:
	r1 = 2
j202:
	if r6 > 203 goto d203
	r1 = 1
	goto j203
d203:
	r1 = 2
j203:
	if r6 > 204 goto d204
	r1 = 1
	goto j204
d204:
	r1 = 2
j204:
	if r6 > 205 goto d205
	r1 = 1
	goto j205
d205:
	r1 = 2
j205:
	if r6 > 206 goto d206
	r1 = 1
	goto j206
d206:
	r1 = 2
j206:
	if r6 > 207 goto d207
	r1 = 1
	goto j207
d207:
	r1 = 2
j207:
	if r6 > 208 goto d208
	r1 = 1
	goto j208
d208:
	r1 = 2
j208:
	if r6 > 209 goto d209
	r1 = 1
	goto j209
d209:
	r1 = 2
j209:
	if r6 > 210 goto d210
	r1 = 1
	goto j210
d210:
	r1 = 2
j210:
	if r6 > 211 goto d211
	r1 = 1
	goto j211
d211:
	r1 = 2
j211:
	if r6 > 212 goto d212
	r1 = 1
	goto j212
d212:
	r1 = 2
j212:
	if r6 > 213 goto d213
	r1 = 1
	goto j213
d213:
	r1 = 2
j213:
	if r6 > 214 goto d214
	r1 = 1
	goto j214
d214:
	r1 = 2
j214:
	if r6 > 215 goto d215
	r1 = 1
	goto j215
d215:
	r1 = 2
j215:
	if r6 > 216 goto d216
	r1 = 1
	goto j216
d216:
	r1 = 2
j216:
	if r6 > 217 goto d217
	r1 = 1
	goto j217
d217:
	r1 = 2
j217:
	if r6 > 218 goto d218
	r1 = 1
	goto j218
d218:
	r1 = 2
j218:
	if r6 > 219 goto d219
	r1 = 1
	goto j219
d219:
	r1 = 2
j219:
	if r6 > 220 goto d220
	r1 = 1
	goto j220
d220:
	r1 = 2
j220:
	if r6 > 221 goto d221
	r1 = 1
	goto j221
d221:
	r1 = 2
j221:
	if r6 > 222 goto d222
	r1 = 1
	goto j222
d222:
	r1 = 2
j222:
	if r6 > 223 goto d223
	r1 = 1
	goto j223
d223:
	r1 = 2
j223:
	if r6 > 224 goto d224
	r1 = 1
	goto j224
d224:
	r1 = 2
j224:
	if r6 > 225 goto d225
	r1 = 1
	goto j225
d225:
	r1 = 2
j225:
	if r6 > 226 goto d226
	r1 = 1
	goto j226
d226:
	r1 = 2
j226:
	if r6 > 227 goto d227
	r1 = 1
	goto j227
d227:
	r1 = 2
j227:
	if r6 > 228 goto d228
	r1 = 1
	goto j228
d228:
	r1 = 2
j228:
	if r6 > 229 goto d229
	r1 = 1
	goto j229
d229:
	r1 = 2
j229:
	if r6 > 230 goto d230
	r1 = 1
	goto j230
d230:
	r1 = 2
j230:
	if r6 > 231 goto d231
	r1 = 1
	goto j231
d231:
	r1 = 2
j231:
	if r6 > 232 goto d232
	r1 = 1
	goto j232
d232:
	r1 = 2
j232:
	if r6 > 233 goto d233
	r1 = 1
	goto j233
d233:
	r1 = 2
j233:
	if r6 > 234 goto d234
	r1 = 1
	goto j234
d234:
	r1 = 2
j234:
	if r6 > 235 goto d235
	r1 = 1
	goto j235
d235:
	r1 = 2
j235:
	if r6 > 236 goto d236
	r1 = 1
	goto j236
d236:
	r1 = 2
j236:
	if r6 > 237 goto d237
	r1 = 1
	goto j237
d237:
	r1 = 2
j237:
	if r6 > 238 goto d238
	r1 = 1
	goto j238
d238:
	r1 = 2
j238:
	if r6 > 239 goto d239
	r1 = 1
	goto j239
d239:
	r1 = 2
j239:
	if r6 > 240 goto d240
	r1 = 1
	goto j240
d240:
	r1 = 2
j240:
	if r6 > 241 goto d241
	r1 = 1
	goto j241
d241:
	r1 = 2
j241:
	if r6 > 242 goto d242
	r1 = 1
	goto j242
d242:
	r1 = 2
j242:
	if r6 > 243 goto d243
	r1 = 1
	goto j243
d243:
	r1 = 2
j243:
	if r6 > 244 goto d244
	r1 = 1
	goto j244
d244:
	r1 = 2
j244:
	if r6 > 245 goto d245
	r1 = 1
	goto j245
d245:
	r1 = 2
j245:
	if r6 > 246 goto d246
	r1 = 1
	goto j246
d246:
	r1 = 2
j246:
	if r6 > 247 goto d247
	r1 = 1
	goto j247
d247:
	r1 = 2
j247:
	if r6 > 248 goto d248
	r1 = 1
	goto j248
d248:
	r1 = 2
j248:
	if r6 > 249 goto d249
	r1 = 1
	goto j249
d249:
	r1 = 2
j249:
	if r6 > 250 goto d250
	r1 = 1
	goto j250
d250:
	r1 = 2
j250:
	if r6 > 251 goto d251
	r1 = 1
	goto j251
d251:
	r1 = 2
j251:
	if r6 > 252 goto d252
	r1 = 1
	goto j252
d252:
	r1 = 2
j252:
	if r6 > 253 goto d253
	r1 = 1
	goto j253
d253:
	r1 = 2
j253:
	if r6 > 254 goto d254
	r1 = 1
	goto j254
d254:
	r1 = 2
j254:
	if r6 > 255 goto d255
	r1 = 1
	goto j255
d255:
	r1 = 2
j255:
	if r6 > 256 goto d256
	r1 = 1
	goto j256
d256:
	r1 = 2
j256:
	if r6 > 257 goto d257
	r1 = 1
	goto j257
d257:
	r1 = 2
j257:
	if r6 > 258 goto d258
	r1 = 1
	goto j258
d258:
	r1 = 2
j258:
	if r6 > 259 goto d259
	r1 = 1
	goto j259
d259:
	r1 = 2
j259:
	if r6 > 260 goto d260
	r1 = 1
	goto j260
d260:
	r1 = 2
j260:
	if r6 > 261 goto d261
	r1 = 1
	goto j261
d261:
	r1 = 2
j261:
	if r6 > 262 goto d262
	r1 = 1
	goto j262
d262:
	r1 = 2
j262:
	if r6 > 263 goto d263
	r1 = 1
	goto j263
d263:
	r1 = 2
j263:
	if r6 > 264 goto d264
	r1 = 1
	goto j264
d264:
	r1 = 2
j264:
	if r6 > 265 goto d265
	r1 = 1
	goto j265
d265:
	r1 = 2
j265:
	if r6 > 266 goto d266
	r1 = 1
	goto j266
d266:
	r1 = 2
j266:
	if r6 > 267 goto d267
	r1 = 1
	goto j267
d267:
	r1 = 2
j267:
	if r6 > 268 goto d268
	r1 = 1
	goto j268
d268:
	r1 = 2
j268:
	if r6 > 269 goto d269
	r1 = 1
	goto j269
d269:
	r1 = 2
j269:
	if r6 > 270 goto d270
	r1 = 1
	goto j270
d270:
	r1 = 2
j270:
	if r6 > 271 goto d271
	r1 = 1
	goto j271
d271:
	r1 = 2
j271:
	if r6 > 272 goto d272
	r1 = 1
	goto j272
d272:
	r1 = 2
j272:
	if r6 > 273 goto d273
	r1 = 1
	goto j273
d273:
	r1 = 2
j273:
	if r6 > 274 goto d274
	r1 = 1
	goto j274
d274:
	r1 = 2
j274:
	if r6 > 275 goto d275
	r1 = 1
	goto j275
d275:
	r1 = 2
j275:
	if r6 > 276 goto d276
	r1 = 1
	goto j276
d276:
	r1 = 2
j276:
	if r6 > 277 goto d277
	r1 = 1
	goto j277
d277:
	r1 = 2
j277:
	if r6 > 278 goto d278
	r1 = 1
	goto j278
d278:
	r1 = 2
j278:
	if r6 > 279 goto d279
	r1 = 1
	goto j279
d279:
	r1 = 2
j279:
	if r6 > 280 goto d280
	r1 = 1
	goto j280
d280:
	r1 = 2
j280:
	if r6 > 281 goto d281
	r1 = 1
	goto j281
d281:
	r1 = 2
j281:
	if r6 > 282 goto d282
	r1 = 1
	goto j282
d282:
	r1 = 2
j282:
	if r6 > 283 goto d283
	r1 = 1
	goto j283
d283:
	r1 = 2
j283:
	if r6 > 284 goto d284
	r1 = 1
	goto j284
d284:
	r1 = 2
j284:
	if r6 > 285 goto d285
	r1 = 1
	goto j285
d285:
	r1 = 2
j285:
	if r6 > 286 goto d286
	r1 = 1
	goto j286
d286:
	r1 = 2
j286:
	if r6 > 287 goto d287
	r1 = 1
	goto j287
d287:
	r1 = 2
j287:
	if r6 > 288 goto d288
	r1 = 1
	goto j288
d288:
	r1 = 2
j288:
	if r6 > 289 goto d289
	r1 = 1
	goto j289
d289:
	r1 = 2
j289:
	if r6 > 290 goto d290
	r1 = 1
	goto j290
d290:
	r1 = 2
j290:
	if r6 > 291 goto d291
	r1 = 1
	goto j291
d291:
	r1 = 2
j291:
	if r6 > 292 goto d292
	r1 = 1
	goto j292
d292:
	r1 = 2
j292:
	if r6 > 293 goto d293
	r1 = 1
	goto j293
d293:
	r1 = 2
j293:
	if r6 > 294 goto d294
	r1 = 1
	goto j294
d294:
	r1 = 2
j294:
	if r6 > 295 goto d295
	r1 = 1
	goto j295
d295:
	r1 = 2
j295:
	if r6 > 296 goto d296
	r1 = 1
	goto j296
d296:
	r1 = 2
j296:
	if r6 > 297 goto d297
	r1 = 1
	goto j297
d297:
	r1 = 2
j297:
	if r6 > 298 goto d298
	r1 = 1
	goto j298
d298:
	r1 = 2
j298:
	if r6 > 299 goto d299
	r1 = 1
	goto j299
d299:
	r1 = 2
j299:
	if r6 > 300 goto d300
	r1 = 1
	goto j300
d300:
	r1 = 2
j300:
	if r6 > 301 goto d301
	r1 = 1
	goto j301
d301:
	r1 = 2
j301:
	if r6 > 302 goto d302
	r1 = 1
	goto j302
d302:
	r1 = 2
j302:
	if r6 > 303 goto d303
	r1 = 1
	goto j303
d303:
	r1 = 2
j303:
	if r6 > 304 goto d304
	r1 = 1
	goto j304
d304:
	r1 = 2
j304:
	if r6 > 305 goto d305
	r1 = 1
	goto j305
d305:
	r1 = 2
j305:
	if r6 > 306 goto d306
	r1 = 1
	goto j306
d306:
	r1 = 2
j306:
	if r6 > 307 goto d307
	r1 = 1
	goto j307
d307:
	r1 = 2
j307:
	if r6 > 308 goto d308
	r1 = 1
	goto j308
d308:
	r1 = 2
j308:
	if r6 > 309 goto d309
	r1 = 1
	goto j309
d309:
	r1 = 2
j309:
	if r6 > 310 goto d310
	r1 = 1
	goto j310
d310:
	r1 = 2
j310:
	if r6 > 311 goto d311
	r1 = 1
	goto j311
d311:
	r1 = 2
j311:
	if r6 > 312 goto d312
	r1 = 1
	goto j312
d312:
	r1 = 2
j312:
	if r6 > 313 goto d313
	r1 = 1
	goto j313
d313:
	r1 = 2
j313:
	if r6 > 314 goto d314
	r1 = 1
	goto j314
d314:
	r1 = 2
j314:
	if r6 > 315 goto d315
	r1 = 1
	goto j315
d315:
	r1 = 2
j315:
	if r6 > 316 goto d316
	r1 = 1
	goto j316
d316:
	r1 = 2
j316:
	if r6 > 317 goto d317
	r1 = 1
	goto j317
d317:
	r1 = 2
j317:
	if r6 > 318 goto d318
	r1 = 1
	goto j318
d318:
	r1 = 2
j318:
	if r6 > 319 goto d319
	r1 = 1
	goto j319
d319:
	r1 = 2
j319:
	if r6 > 320 goto d320
	r1 = 1
	goto j320
d320:
	r1 = 2
j320:
	if r6 > 321 goto d321
	r1 = 1
	goto j321
d321:
	r1 = 2
j321:
	if r6 > 322 goto d322
	r1 = 1
	goto j322
d322:
	r1 = 2
j322:
	if r6 > 323 goto d323
	r1 = 1
	goto j323
d323:
	r1 = 2
j323:
	if r6 > 324 goto d324
	r1 = 1
	goto j324
d324:
	r1 = 2
j324:
	if r6 > 325 goto d325
	r1 = 1
	goto j325
d325:
	r1 = 2
j325:
	if r6 > 326 goto d326
	r1 = 1
	goto j326
d326:
	r1 = 2
j326:
	if r6 > 327 goto d327
	r1 = 1
	goto j327
d327:
	r1 = 2
j327:
	if r6 > 328 goto d328
	r1 = 1
	goto j328
d328:
	r1 = 2
j328:
	if r6 > 329 goto d329
	r1 = 1
	goto j329
d329:
	r1 = 2
j329:
	if r6 > 330 goto d330
	r1 = 1
	goto j330
d330:
	r1 = 2
j330:
	if r6 > 331 goto d331
	r1 = 1
	goto j331
d331:
	r1 = 2
j331:
	if r6 > 332 goto d332
	r1 = 1
	goto j332
d332:
	r1 = 2
j332:
	if r6 > 333 goto d333
	r1 = 1
	goto j333
d333:
	r1 = 2
j333:
	if r6 > 334 goto d334
	r1 = 1
	goto j334
d334:
	r1 = 2
j334:
	if r6 > 335 goto d335
	r1 = 1
	goto j335
d335:
	r1 = 2
j335:
	if r6 > 336 goto d336
	r1 = 1
	goto j336
d336:
	r1 = 2
j336:
	if r6 > 337 goto d337
	r1 = 1
	goto j337
d337:
	r1 = 2
j337:
	if r6 > 338 goto d338
	r1 = 1
	goto j338
d338:
	r1 = 2
j338:
	if r6 > 339 goto d339
	r1 = 1
	goto j339
d339:
	r1 = 2
j339:
	if r6 > 340 goto d340
	r1 = 1
	goto j340
d340:
	r1 = 2
j340:
	if r6 > 341 goto d341
	r1 = 1
	goto j341
d341:
	r1 = 2
j341:
	if r6 > 342 goto d342
	r1 = 1
	goto j342
d342:
	r1 = 2
j342:
	if r6 > 343 goto d343
	r1 = 1
	goto j343
d343:
	r1 = 2
j343:
	if r6 > 344 goto d344
	r1 = 1
	goto j344
d344:
	r1 = 2
j344:
	if r6 > 345 goto d345
	r1 = 1
	goto j345
d345:
	r1 = 2
j345:
	if r6 > 346 goto d346
	r1 = 1
	goto j346
d346:
	r1 = 2
j346:
	if r6 > 347 goto d347
	r1 = 1
	goto j347
d347:
	r1 = 2
j347:
	if r6 > 348 goto d348
	r1 = 1
	goto j348
d348:
	r1 = 2
j348:
	if r6 > 349 goto d349
	r1 = 1
	goto j349
d349:
	r1 = 2
j349:
	if r6 > 350 goto d350
	r1 = 1
	goto j350
d350:
	r1 = 2
j350:
	if r6 > 351 goto d351
	r1 = 1
	goto j351
d351:
	r1 = 2
j351:
	if r6 > 352 goto d352
	r1 = 1
	goto j352
d352:
	r1 = 2
j352:
	if r6 > 353 goto d353
	r1 = 1
	goto j353
d353:
	r1 = 2
j353:
	if r6 > 354 goto d354
	r1 = 1
	goto j354
d354:
	r1 = 2
j354:
	if r6 > 355 goto d355
	r1 = 1
	goto j355
d355:
	r1 = 2
j355:
	if r6 > 356 goto d356
	r1 = 1
	goto j356
d356:
	r1 = 2
j356:
	if r6 > 357 goto d357
	r1 = 1
	goto j357
d357:
	r1 = 2
j357:
	if r6 > 358 goto d358
	r1 = 1
	goto j358
d358:
	r1 = 2
j358:
	if r6 > 359 goto d359
	r1 = 1
	goto j359
d359:
	r1 = 2
j359:
	if r6 > 360 goto d360
	r1 = 1
	goto j360
d360:
	r1 = 2
j360:
	if r6 > 361 goto d361
	r1 = 1
	goto j361
d361:
	r1 = 2
j361:
	if r6 > 362 goto d362
	r1 = 1
	goto j362
d362:
	r1 = 2
j362:
	if r6 > 363 goto d363
	r1 = 1
	goto j363
d363:
	r1 = 2
j363:
	if r6 > 364 goto d364
	r1 = 1
	goto j364
d364:
	r1 = 2
j364:
	if r6 > 365 goto d365
	r1 = 1
	goto j365
d365:
	r1 = 2
j365:
	if r6 > 366 goto d366
	r1 = 1
	goto j366
d366:
	r1 = 2
j366:
	if r6 > 367 goto d367
	r1 = 1
	goto j367
d367:
	r1 = 2
j367:
	if r6 > 368 goto d368
	r1 = 1
	goto j368
d368:
	r1 = 2
j368:
	if r6 > 369 goto d369
	r1 = 1
	goto j369
d369:
	r1 = 2
j369:
	if r6 > 370 goto d370
	r1 = 1
	goto j370
d370:
	r1 = 2
j370:
	if r6 > 371 goto d371
	r1 = 1
	goto j371
d371:
	r1 = 2
j371:
	if r6 > 372 goto d372
	r1 = 1
	goto j372
d372:
	r1 = 2
j372:
	if r6 > 373 goto d373
	r1 = 1
	goto j373
d373:
	r1 = 2
j373:
	if r6 > 374 goto d374
	r1 = 1
	goto j374
d374:
	r1 = 2
j374:
	if r6 > 375 goto d375
	r1 = 1
	goto j375
d375:
	r1 = 2
j375:
	if r6 > 376 goto d376
	r1 = 1
	goto j376
d376:
	r1 = 2
j376:
	if r6 > 377 goto d377
	r1 = 1
	goto j377
d377:
	r1 = 2
j377:
	if r6 > 378 goto d378
	r1 = 1
	goto j378
d378:
	r1 = 2
j378:
	if r6 > 379 goto d379
	r1 = 1
	goto j379
d379:
	r1 = 2
j379:
	if r6 > 380 goto d380
	r1 = 1
	goto j380
d380:
	r1 = 2
j380:
	if r6 > 381 goto d381
	r1 = 1
	goto j381
d381:
	r1 = 2
j381:
	if r6 > 382 goto d382
	r1 = 1
	goto j382
d382:
	r1 = 2
j382:
	if r6 > 383 goto d383
	r1 = 1
	goto j383
d383:
	r1 = 2
j383:
	if r6 > 384 goto d384
	r1 = 1
	goto j384
d384:
	r1 = 2
j384:
	if r6 > 385 goto d385
	r1 = 1
	goto j385
d385:
	r1 = 2
j385:
	if r6 > 386 goto d386
	r1 = 1
	goto j386
d386:
	r1 = 2
j386:
	if r6 > 387 goto d387
	r1 = 1
	goto j387
d387:
	r1 = 2
j387:
	if r6 > 388 goto d388
	r1 = 1
	goto j388
d388:
	r1 = 2
j388:
	if r6 > 389 goto d389
	r1 = 1
	goto j389
d389:
	r1 = 2
j389:
	if r6 > 390 goto d390
	r1 = 1
	goto j390
d390:
	r1 = 2
j390:
	if r6 > 391 goto d391
	r1 = 1
	goto j391
d391:
	r1 = 2
j391:
	if r6 > 392 goto d392
	r1 = 1
	goto j392
d392:
	r1 = 2
j392:
	if r6 > 393 goto d393
	r1 = 1
	goto j393
d393:
	r1 = 2
j393:
	if r6 > 394 goto d394
	r1 = 1
	goto j394
d394:
	r1 = 2
j394:
	if r6 > 395 goto d395
	r1 = 1
	goto j395
d395:
	r1 = 2
j395:
	if r6 > 396 goto d396
	r1 = 1
	goto j396
d396:
	r1 = 2
j396:
	if r6 > 397 goto d397
	r1 = 1
	goto j397
d397:
	r1 = 2
j397:
	if r6 > 398 goto d398
	r1 = 1
	goto j398
d398:
	r1 = 2
j398:
	if r6 > 399 goto d399
	r1 = 1
	goto j399
d399:
	r1 = 2
j399:
	if r6 > 400 goto d400
	r1 = 1
	goto j400
d400:
	r1 = 2
j400:
	if r6 > 401 goto d401
	r1 = 1
	goto j401
d401:
	r1 = 2
j401:
	if r6 > 402 goto d402
	r1 = 1
	goto j402
d402:
	r1 = 2
j402:
	if r6 > 403 goto d403
	r1 = 1
	goto j403
d403:
	r1 = 2
j403:
	if r6 > 404 goto d404
	r1 = 1
	goto j404
d404:
	r1 = 2
j404:
	if r6 > 405 goto d405
	r1 = 1
	goto j405
d405:
	r1 = 2
j405:
	if r6 > 406 goto d406
	r1 = 1
	goto j406
d406:
	r1 = 2
j406:
	if r6 > 407 goto d407
	r1 = 1
	goto j407
d407:
	r1 = 2
j407:
	if r6 > 408 goto d408
	r1 = 1
	goto j408
d408:
	r1 = 2
j408:
	if r6 > 409 goto d409
	r1 = 1
	goto j409
d409:
	r1 = 2
j409:
	if r6 > 410 goto d410
	r1 = 1
	goto j410
d410:
	r1 = 2
j410:
	if r6 > 411 goto d411
	r1 = 1
	goto j411
d411:
	r1 = 2
j411:
	if r6 > 412 goto d412
	r1 = 1
	goto j412
d412:
	r1 = 2
j412:
	if r6 > 413 goto d413
	r1 = 1
	goto j413
d413:
	r1 = 2
j413:
	if r6 > 414 goto d414
	r1 = 1
	goto j414
d414:
	r1 = 2
j414:
	if r6 > 415 goto d415
	r1 = 1
	goto j415
d415:
	r1 = 2
j415:
	if r6 > 416 goto d416
	r1 = 1
	goto j416
d416:
	r1 = 2
j416:
	if r6 > 417 goto d417
	r1 = 1
	goto j417
d417:
	r1 = 2
j417:
	if r6 > 418 goto d418
	r1 = 1
	goto j418
d418:
	r1 = 2
j418:
	if r6 > 419 goto d419
	r1 = 1
	goto j419
d419:
	r1 = 2
j419:
	if r6 > 420 goto d420
	r1 = 1
	goto j420
d420:
	r1 = 2
j420:
	if r6 > 421 goto d421
	r1 = 1
	goto j421
d421:
	r1 = 2
j421:
	if r6 > 422 goto d422
	r1 = 1
	goto j422
d422:
	r1 = 2
j422:
	if r6 > 423 goto d423
	r1 = 1
	goto j423
d423:
	r1 = 2
j423:
	if r6 > 424 goto d424
	r1 = 1
	goto j424
d424:
	r1 = 2
j424:
	if r6 > 425 goto d425
	r1 = 1
	goto j425
d425:
	r1 = 2
j425:
	if r6 > 426 goto d426
	r1 = 1
	goto j426
d426:
	r1 = 2
j426:
	if r6 > 427 goto d427
	r1 = 1
	goto j427
d427:
	r1 = 2
j427:
	if r6 > 428 goto d428
	r1 = 1
	goto j428
d428:
	r1 = 2
j428:
	if r6 > 429 goto d429
	r1 = 1
	goto j429
d429:
	r1 = 2
j429:
	if r6 > 430 goto d430
	r1 = 1
	goto j430
d430:
	r1 = 2
j430:
	if r6 > 431 goto d431
	r1 = 1
	goto j431
d431:
	r1 = 2
j431:
	if r6 > 432 goto d432
	r1 = 1
	goto j432
d432:
	r1 = 2
j432:
	if r6 > 433 goto d433
	r1 = 1
	goto j433
d433:
	r1 = 2
j433:
	if r6 > 434 goto d434
	r1 = 1
	goto j434
d434:
	r1 = 2
j434:
	if r6 > 435 goto d435
	r1 = 1
	goto j435
d435:
	r1 = 2
j435:
	if r6 > 436 goto d436
	r1 = 1
	goto j436
d436:
	r1 = 2
j436:
	if r6 > 437 goto d437
	r1 = 1
	goto j437
d437:
	r1 = 2
j437:
	if r6 > 438 goto d438
	r1 = 1
	goto j438
d438:
	r1 = 2
j438:
	if r6 > 439 goto d439
	r1 = 1
	goto j439
d439:
	r1 = 2
j439:
	if r6 > 440 goto d440
	r1 = 1
	goto j440
d440:
	r1 = 2
j440:
	if r6 > 441 goto d441
	r1 = 1
	goto j441
d441:
	r1 = 2
j441:
	if r6 > 442 goto d442
	r1 = 1
	goto j442
d442:
	r1 = 2
j442:
	if r6 > 443 goto d443
	r1 = 1
	goto j443
d443:
	r1 = 2
j443:
	if r6 > 444 goto d444
	r1 = 1
	goto j444
d444:
	r1 = 2
j444:
	if r6 > 445 goto d445
	r1 = 1
	goto j445
d445:
	r1 = 2
j445:
	if r6 > 446 goto d446
	r1 = 1
	goto j446
d446:
	r1 = 2
j446:
	if r6 > 447 goto d447
	r1 = 1
	goto j447
d447:
	r1 = 2
j447:
	if r6 > 448 goto d448
	r1 = 1
	goto j448
d448:
	r1 = 2
j448:
	if r6 > 449 goto d449
	r1 = 1
	goto j449
d449:
	r1 = 2
j449:
	if r6 > 450 goto d450
	r1 = 1
	goto j450
d450:
	r1 = 2
j450:
	if r6 > 451 goto d451
	r1 = 1
	goto j451
d451:
	r1 = 2
j451:
	if r6 > 452 goto d452
	r1 = 1
	goto j452
d452:
	r1 = 2
j452:
	if r6 > 453 goto d453
	r1 = 1
	goto j453
d453:
	r1 = 2
j453:
	if r6 > 454 goto d454
	r1 = 1
	goto j454
d454:
	r1 = 2
j454:
	if r6 > 455 goto d455
	r1 = 1
	goto j455
d455:
	r1 = 2
j455:
	if r6 > 456 goto d456
	r1 = 1
	goto j456
d456:
	r1 = 2
j456:
	if r6 > 457 goto d457
	r1 = 1
	goto j457
d457:
	r1 = 2
j457:
	if r6 > 458 goto d458
	r1 = 1
	goto j458
d458:
	r1 = 2
j458:
	if r6 > 459 goto d459
	r1 = 1
	goto j459
d459:
	r1 = 2
j459:
	if r6 > 460 goto d460
	r1 = 1
	goto j460
d460:
	r1 = 2
j460:
	if r6 > 461 goto d461
	r1 = 1
	goto j461
d461:
	r1 = 2
j461:
	if r6 > 462 goto d462
	r1 = 1
	goto j462
d462:
	r1 = 2
j462:
	if r6 > 463 goto d463
	r1 = 1
	goto j463
d463:
	r1 = 2
j463:
	if r6 > 464 goto d464
	r1 = 1
	goto j464
d464:
	r1 = 2
j464:
	if r6 > 465 goto d465
	r1 = 1
	goto j465
d465:
	r1 = 2
j465:
	if r6 > 466 goto d466
	r1 = 1
	goto j466
d466:
	r1 = 2
j466:
	if r6 > 467 goto d467
	r1 = 1
	goto j467
d467:
	r1 = 2
j467:
	if r6 > 468 goto d468
	r1 = 1
	goto j468
d468:
	r1 = 2
j468:
	if r6 > 469 goto d469
	r1 = 1
	goto j469
d469:
	r1 = 2
j469:
	if r6 > 470 goto d470
	r1 = 1
	goto j470
d470:
	r1 = 2
j470:
	if r6 > 471 goto d471
	r1 = 1
	goto j471
d471:
	r1 = 2
j471:
	if r6 > 472 goto d472
	r1 = 1
	goto j472
d472:
	r1 = 2
j472:
	if r6 > 473 goto d473
	r1 = 1
	goto j473
d473:
	r1 = 2
j473:
	if r6 > 474 goto d474
	r1 = 1
	goto j474
d474:
	r1 = 2
j474:
	if r6 > 475 goto d475
	r1 = 1
	goto j475
d475:
	r1 = 2
j475:
	if r6 > 476 goto d476
	r1 = 1
	goto j476
d476:
	r1 = 2
j476:
	if r6 > 477 goto d477
	r1 = 1
	goto j477
d477:
	r1 = 2
j477:
	if r6 > 478 goto d478
	r1 = 1
	goto j478
d478:
	r1 = 2
j478:
	if r6 > 479 goto d479
	r1 = 1
	goto j479
d479:
	r1 = 2
j479:
	if r6 > 480 goto d480
	r1 = 1
	goto j480
d480:
	r1 = 2
j480:
	if r6 > 481 goto d481
	r1 = 1
	goto j481
d481:
	r1 = 2
j481:
	if r6 > 482 goto d482
	r1 = 1
	goto j482
d482:
	r1 = 2
j482:
	if r6 > 483 goto d483
	r1 = 1
	goto j483
d483:
	r1 = 2
j483:
	if r6 > 484 goto d484
	r1 = 1
	goto j484
d484:
	r1 = 2
j484:
	if r6 > 485 goto d485
	r1 = 1
	goto j485
d485:
	r1 = 2
j485:
	if r6 > 486 goto d486
	r1 = 1
	goto j486
d486:
	r1 = 2
j486:
	if r6 > 487 goto d487
	r1 = 1
	goto j487
d487:
	r1 = 2
j487:
	if r6 > 488 goto d488
	r1 = 1
	goto j488
d488:
	r1 = 2
j488:
	if r6 > 489 goto d489
	r1 = 1
	goto j489
d489:
	r1 = 2
j489:
	if r6 > 490 goto d490
	r1 = 1
	goto j490
d490:
	r1 = 2
j490:
	if r6 > 491 goto d491
	r1 = 1
	goto j491
d491:
	r1 = 2
j491:
	if r6 > 492 goto d492
	r1 = 1
	goto j492
d492:
	r1 = 2
j492:
	if r6 > 493 goto d493
	r1 = 1
	goto j493
d493:
	r1 = 2
j493:
	if r6 > 494 goto d494
	r1 = 1
	goto j494
d494:
	r1 = 2
j494:
	if r6 > 495 goto d495
	r1 = 1
	goto j495
d495:
	r1 = 2
j495:
	if r6 > 496 goto d496
	r1 = 1
	goto j496
d496:
	r1 = 2
j496:
	if r6 > 497 goto d497
	r1 = 1
	goto j497
d497:
	r1 = 2
j497:
	if r6 > 498 goto d498
	r1 = 1
	goto j498
d498:
	r1 = 2
j498:
	if r6 > 499 goto d499
	r1 = 1
	goto j499
d499:
	r1 = 2
j499:
	if r6 > 500 goto d500
	r1 = 1
	goto j500
d500:
	r1 = 2
j500:
	if r6 > 501 goto d501
	r1 = 1
	goto j501
d501:
	r1 = 2
j501:
	if r6 > 502 goto d502
	r1 = 1
	goto j502
d502:
	r1 = 2
j502:
	if r6 > 503 goto d503
	r1 = 1
	goto j503
d503:
	r1 = 2
j503:
	if r6 > 504 goto d504
	r1 = 1
	goto j504
d504:
	r1 = 2
j504:
	if r6 > 505 goto d505
	r1 = 1
	goto j505
d505:
	r1 = 2
j505:
	if r6 > 506 goto d506
	r1 = 1
	goto j506
d506:
	r1 = 2
j506:
	if r6 > 507 goto d507
	r1 = 1
	goto j507
d507:
	r1 = 2
j507:
	if r6 > 508 goto d508
	r1 = 1
	goto j508
d508:
	r1 = 2
j508:
	if r6 > 509 goto d509
	r1 = 1
	goto j509
d509:
	r1 = 2
j509:
	if r6 > 510 goto d510
	r1 = 1
	goto j510
d510:
	r1 = 2
j510:
	if r6 > 511 goto d511
	r1 = 1
	goto j511
d511:
	r1 = 2
j511:
	if r6 > 512 goto d512
	r1 = 1
	goto j512
d512:
	r1 = 2
j512:
	if r6 > 513 goto d513
	r1 = 1
	goto j513
d513:
	r1 = 2
j513:
	if r6 > 514 goto d514
	r1 = 1
	goto j514
d514:
	r1 = 2
j514:
	if r6 > 515 goto d515
	r1 = 1
	goto j515
d515:
	r1 = 2
j515:
	if r6 > 516 goto d516
	r1 = 1
	goto j516
d516:
	r1 = 2
j516:
	if r6 > 517 goto d517
	r1 = 1
	goto j517
d517:
	r1 = 2
j517:
	if r6 > 518 goto d518
	r1 = 1
	goto j518
d518:
	r1 = 2
j518:
	if r6 > 519 goto d519
	r1 = 1
	goto j519
d519:
	r1 = 2
j519:
	if r6 > 520 goto d520
	r1 = 1
	goto j520
d520:
	r1 = 2
j520:
	if r6 > 521 goto d521
	r1 = 1
	goto j521
d521:
	r1 = 2
j521:
	if r6 > 522 goto d522
	r1 = 1
	goto j522
d522:
	r1 = 2
j522:
	if r6 > 523 goto d523
	r1 = 1
	goto j523
d523:
	r1 = 2
j523:
	if r6 > 524 goto d524
	r1 = 1
	goto j524
d524:
	r1 = 2
j524:
	if r6 > 525 goto d525
	r1 = 1
	goto j525
d525:
	r1 = 2
j525:
	if r6 > 526 goto d526
	r1 = 1
	goto j526
d526:
	r1 = 2
j526:
	if r6 > 527 goto d527
	r1 = 1
	goto j527
d527:
	r1 = 2
j527:
	if r6 > 528 goto d528
	r1 = 1
	goto j528
d528:
	r1 = 2
j528:
	if r6 > 529 goto d529
	r1 = 1
	goto j529
d529:
	r1 = 2
j529:
	if r6 > 530 goto d530
	r1 = 1
	goto j530
d530:
	r1 = 2
j530:
	if r6 > 531 goto d531
	r1 = 1
	goto j531
d531:
	r1 = 2
j531:
	if r6 > 532 goto d532
	r1 = 1
	goto j532
d532:
	r1 = 2
j532:
	if r6 > 533 goto d533
	r1 = 1
	goto j533
d533:
	r1 = 2
j533:
	if r6 > 534 goto d534
	r1 = 1
	goto j534
d534:
	r1 = 2
j534:
	if r6 > 535 goto d535
	r1 = 1
	goto j535
d535:
	r1 = 2
j535:
	if r6 > 536 goto d536
	r1 = 1
	goto j536
d536:
	r1 = 2
j536:
	if r6 > 537 goto d537
	r1 = 1
	goto j537
d537:
	r1 = 2
j537:
	if r6 > 538 goto d538
	r1 = 1
	goto j538
d538:
	r1 = 2
j538:
	if r6 > 539 goto d539
	r1 = 1
	goto j539
d539:
	r1 = 2
j539:
	if r6 > 540 goto d540
	r1 = 1
	goto j540
d540:
	r1 = 2
j540:
	if r6 > 541 goto d541
	r1 = 1
	goto j541
d541:
	r1 = 2
j541:
	if r6 > 542 goto d542
	r1 = 1
	goto j542
d542:
	r1 = 2
j542:
	if r6 > 543 goto d543
	r1 = 1
	goto j543
d543:
	r1 = 2
j543:
	if r6 > 544 goto d544
	r1 = 1
	goto j544
d544:
	r1 = 2
j544:
	if r6 > 545 goto d545
	r1 = 1
	goto j545
d545:
	r1 = 2
j545:
	if r6 > 546 goto d546
	r1 = 1
	goto j546
d546:
	r1 = 2
j546:
	if r6 > 547 goto d547
	r1 = 1
	goto j547
d547:
	r1 = 2
j547:
	if r6 > 548 goto d548
	r1 = 1
	goto j548
d548:
	r1 = 2
j548:
	if r6 > 549 goto d549
	r1 = 1
	goto j549
d549:
	r1 = 2
j549:
	if r6 > 550 goto d550
	r1 = 1
	goto j550
d550:
	r1 = 2
j550:
	if r6 > 551 goto d551
	r1 = 1
	goto j551
d551:
	r1 = 2
j551:
	if r6 > 552 goto d552
	r1 = 1
	goto j552
d552:
	r1 = 2
j552:
	if r6 > 553 goto d553
	r1 = 1
	goto j553
d553:
	r1 = 2
j553:
	if r6 > 554 goto d554
	r1 = 1
	goto j554
d554:
	r1 = 2
j554:
	if r6 > 555 goto d555
	r1 = 1
	goto j555
d555:
	r1 = 2
j555:
	if r6 > 556 goto d556
	r1 = 1
	goto j556
d556:
	r1 = 2
j556:
	if r6 > 557 goto d557
	r1 = 1
	goto j557
d557:
	r1 = 2
j557:
	if r6 > 558 goto d558
	r1 = 1
	goto j558
d558:
	r1 = 2
j558:
	if r6 > 559 goto d559
	r1 = 1
	goto j559
d559:
	r1 = 2
j559:
	if r6 > 560 goto d560
	r1 = 1
	goto j560
d560:
	r1 = 2
j560:
	if r6 > 561 goto d561
	r1 = 1
	goto j561
d561:
	r1 = 2
j561:
	if r6 > 562 goto d562
	r1 = 1
	goto j562
d562:
	r1 = 2
j562:
	if r6 > 563 goto d563
	r1 = 1
	goto j563
d563:
	r1 = 2
j563:
	if r6 > 564 goto d564
	r1 = 1
	goto j564
d564:
	r1 = 2
j564:
	if r6 > 565 goto d565
	r1 = 1
	goto j565
d565:
	r1 = 2
j565:
	if r6 > 566 goto d566
	r1 = 1
	goto j566
d566:
	r1 = 2
j566:
	if r6 > 567 goto d567
	r1 = 1
	goto j567
d567:
	r1 = 2
j567:
	if r6 > 568 goto d568
	r1 = 1
	goto j568
d568:
	r1 = 2
j568:
	if r6 > 569 goto d569
	r1 = 1
	goto j569
d569:
	r1 = 2
j569:
	if r6 > 570 goto d570
	r1 = 1
	goto j570
d570:
	r1 = 2
j570:
	if r6 > 571 goto d571
	r1 = 1
	goto j571
d571:
	r1 = 2
j571:
	if r6 > 572 goto d572
	r1 = 1
	goto j572
d572:
	r1 = 2
j572:
	if r6 > 573 goto d573
	r1 = 1
	goto j573
d573:
	r1 = 2
j573:
	if r6 > 574 goto d574
	r1 = 1
	goto j574
d574:
	r1 = 2
j574:
	if r6 > 575 goto d575
	r1 = 1
	goto j575
d575:
	r1 = 2
j575:
	if r6 > 576 goto d576
	r1 = 1
	goto j576
d576:
	r1 = 2
j576:
	if r6 > 577 goto d577
	r1 = 1
	goto j577
d577:
	r1 = 2
j577:
	if r6 > 578 goto d578
	r1 = 1
	goto j578
d578:
	r1 = 2
j578:
	if r6 > 579 goto d579
	r1 = 1
	goto j579
d579:
	r1 = 2
j579:
	if r6 > 580 goto d580
	r1 = 1
	goto j580
d580:
	r1 = 2
j580:
	if r6 > 581 goto d581
	r1 = 1
	goto j581
d581:
	r1 = 2
j581:
	if r6 > 582 goto d582
	r1 = 1
	goto j582
d582:
	r1 = 2
j582:
	if r6 > 583 goto d583
	r1 = 1
	goto j583
d583:
	r1 = 2
j583:
	if r6 > 584 goto d584
	r1 = 1
	goto j584
d584:
	r1 = 2
j584:
	if r6 > 585 goto d585
	r1 = 1
	goto j585
d585:
	r1 = 2
j585:
	if r6 > 586 goto d586
	r1 = 1
	goto j586
d586:
	r1 = 2
j586:
	if r6 > 587 goto d587
	r1 = 1
	goto j587
d587:
	r1 = 2
j587:
	if r6 > 588 goto d588
	r1 = 1
	goto j588
d588:
	r1 = 2
j588:
	if r6 > 589 goto d589
	r1 = 1
	goto j589
d589:
	r1 = 2
j589:
	if r6 > 590 goto d590
	r1 = 1
	goto j590
d590:
	r1 = 2
j590:
	if r6 > 591 goto d591
	r1 = 1
	goto j591
d591:
	r1 = 2
j591:
	if r6 > 592 goto d592
	r1 = 1
	goto j592
d592:
	r1 = 2
j592:
	if r6 > 593 goto d593
	r1 = 1
	goto j593
d593:
	r1 = 2
j593:
	if r6 > 594 goto d594
	r1 = 1
	goto j594
d594:
	r1 = 2
j594:
	if r6 > 595 goto d595
	r1 = 1
	goto j595
d595:
	r1 = 2
j595:
	if r6 > 596 goto d596
	r1 = 1
	goto j596
d596:
	r1 = 2
j596:
	if r6 > 597 goto d597
	r1 = 1
	goto j597
d597:
	r1 = 2
j597:
	if r6 > 598 goto d598
	r1 = 1
	goto j598
d598:
	r1 = 2
j598:
	if r6 > 599 goto d599
	r1 = 1
	goto j599
d599:
	r1 = 2
j599:
	exit
