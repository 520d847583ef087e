/* Times uBPF's interpreter on the same programs as InterpreterBenchmark (see ../RESULTS.md).
 * Build against a uBPF checkout (github.com/iovisor/ubpf, not part of ebpf4j):
 *   gcc -O2 -I. -IUBPF/vm -IUBPF/vm/inc -o ubpf_bench ubpf_bench.c $(ls UBPF/vm/*.c | grep -v test.c) -lm
 * with a ubpf_config.h containing "#define UBPF_HAS_ELF_H". */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <stdint.h>
#include "ubpf.h"
int main(int argc, char** argv) {
    /* usage: bench PROG.bin MEMBYTES INSNS_PER_RUN RUNS */
    FILE* f = fopen(argv[1], "rb"); static char code[65536]; size_t n = fread(code, 1, sizeof code, f); fclose(f);
    size_t memlen = atoi(argv[2]); long insns = atol(argv[3]); int runs = atoi(argv[4]);
    unsigned char* mem = calloc(memlen ? memlen : 1, 1);
    for (size_t i = 0; i < memlen; i++) mem[i] = (unsigned char)(i * 31);
    struct ubpf_vm* vm = ubpf_create(); char* err = NULL;
    if (ubpf_load(vm, code, n, &err) < 0) { fprintf(stderr, "load: %s\n", err); return 1; }
    uint64_t r = 0;
    for (int rep = 0; rep < 5; rep++) {
        struct timespec a, b; clock_gettime(CLOCK_MONOTONIC, &a);
        for (int i = 0; i < runs; i++) if (ubpf_exec(vm, memlen ? mem : NULL, memlen, &r) < 0) { fprintf(stderr, "exec failed\n"); return 1; }
        clock_gettime(CLOCK_MONOTONIC, &b);
        double ns = (b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec);
        printf("ubpf interpreter: %.3f ns/insn (r0=%llu)\n", ns / ((double) insns * runs), (unsigned long long) r);
    }
    return 0;
}
