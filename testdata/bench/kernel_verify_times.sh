#!/usr/bin/env bash
# Asks the running kernel's verifier (through kernel-oracle, i.e. libbpf + bpf(BPF_PROG_LOAD),
# privileged) how long it takes to verify each program of the verifier benchmark, RUNS times
# per program, and prints one line per program: every run's "verification time" (the kernel's
# own measurement of bpf_check(), kernel-oracle's verification_time_us), then min and median.
# Needs root and ../shared/tools/kernel-oracle; tests never run it. From the project root:
#   testdata/bench/kernel_verify_times.sh [RUNS] > testdata/bench/kernel-verify-times.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-10}
ORACLE=${ORACLE:-../shared/tools/kernel-oracle}
PROGRAMS="scale_parser:scale_parser scale_loops:scale_loop_simple scale_loops:scale_loop_nested
scale_loops:scale_loop_packet scale_loops:scale_bpf_loop scale_calls:scale_calls scale_calls:scale_calls_tc
scale_tailcalls:tail_stage1 tc_globals:tc_ingress xdp_firewall:xdp_firewall loops:loop_xdp loops:loop_tc rate_limiter:rate_limit"
echo "# kernel $(uname -r), $(date -u +%Y-%m-%dT%H:%MZ), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# per program: kernel-oracle elf testdata/obj/OBJ.o --program PROG --json, $RUNS times in a row"
echo "# columns: object program insns_processed min_us median_us all_us"
for op in $PROGRAMS; do
  obj=${op%%:*}; prog=${op#*:}
  times=(); insns=
  for _ in $(seq "$RUNS"); do
    out=$("$ORACLE" elf "testdata/obj/$obj.o" --program "$prog" --json)
    t=$(printf '%s' "$out" | python3 -c 'import json,sys; p=json.load(sys.stdin)["programs"][0]; print(p["verification_time_us"], p["insns_processed"])')
    times+=("${t% *}"); insns=${t#* }
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  min=$(printf '%s\n' "$sorted" | head -1)
  median=$(printf '%s\n' "$sorted" | python3 -c 'import statistics,sys; print(int(statistics.median(int(l) for l in sys.stdin)))')
  echo "$obj $prog $insns $min $median ${times[*]}"
done
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
