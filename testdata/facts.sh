#!/usr/bin/env bash
# Records reference facts about each committed object, next to it, so tests can
# compare ebpf4j's reading against the tools' (and the kernel's) without them:
#   NAME.kernel.txt   kernel-oracle elf: the kernel verifier's verdict per program (via libbpf)
#   NAME.kernel.json  kernel-oracle elf --json: the same with the log (global_funcs.o and callbacks.o)
#   NAME.readelf.txt  llvm-readelf-19: sections, symbols, relocations
#   NAME.objdump.txt  llvm-objdump-19 -d -r: instructions per section
#   NAME.source.txt   llvm-objdump-19 -d -S -l: C source lines above their instructions (DWARF)
#   NAME.btf.txt      bpftool btf dump file: every BTF type
# Each file starts with the command that produced it ("# $ ..."). Needs the tools
# and, for the kernel verdicts, root on Linux; tests need none of it.
# With object names as arguments (e.g. facts.sh scale_loops.o) it records only
# those objects' files and skips the maps runs below.
set -euo pipefail
cd "$(dirname "$0")/obj"
ORACLE=${KERNEL_ORACLE:-kernel-oracle}
run() { # out-file command...
  local out=$1; shift
  { echo "# \$ $*"; "$@" 2>&1 || echo "# exit status $?"; } > "$out"
}
if [ $# -gt 0 ]; then objs=("$@"); else objs=(*.o); fi
for o in "${objs[@]}"; do
  n=${o%.o}
  case $o in *.bpfeb.o) ;; *) run "$n.kernel.txt" "$ORACLE" elf "$o" ;; esac
  # the kernel's level-1 log of each rejection, for objects whose tests compare logs
  case $o in global_funcs.o|callbacks.o) run "$n.kernel.json" "$ORACLE" elf "$o" --json ;; esac
  run "$n.readelf.txt" llvm-readelf-19 --wide -S -s -r "$o"
  run "$n.objdump.txt" llvm-objdump-19 -d -r "$o"
  # run from testdata/ so that the DWARF paths (./src/NAME.c) resolve
  (cd .. && run "obj/$n.source.txt" llvm-objdump-19 -d -S --no-show-raw-insn "obj/$o")
  run "$n.btf.txt" bpftool btf dump file "$o"
  # contents of data-like sections (global data, legacy maps, license, version)
  secs=$(llvm-readelf-19 --wide -S "$o" | awk '{for(i=1;i<=NF;i++) if ($i ~ /^(\.data|\.rodata|maps$|license$|version$)/) print $i}')
  run "$n.data.txt" llvm-readelf-19 $(for s in $secs; do printf -- '-x %s ' "$s"; done) "$o"
done
[ $# -eq 0 ] || exit 0
# What libbpf made of the maps, as the kernel holds them after one run (names, sizes, contents):
maps_run() { # object program
  { echo "# \$ $ORACLE elf $1 --program $2 --run --data-hex <64 zero bytes> --dump-maps --json"; \
    "$ORACLE" elf "$1" --program "$2" --run --data-hex "$(printf '00%.0s' $(seq 64))" --dump-maps --json 2>&1; } \
    > "${1%.o}.maps.json"
}
maps_run xdp_firewall.o xdp_count_only
maps_run tc_globals.o tc_ingress
maps_run loops.o loop_xdp
maps_run map_in_map.o stage_two
maps_run xdp_lb.o xdp_lb
# The oracle's libbpf predates the "tcx/egress" section name: also ask with the type given.
{ echo "# \$ $ORACLE elf tc_globals.o --program tc_egress --type tc"; \
  "$ORACLE" elf tc_globals.o --program tc_egress --type tc 2>&1; } >> tc_globals.kernel.txt
