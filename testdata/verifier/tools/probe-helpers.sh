#!/usr/bin/env bash
# Asks the running kernel which helpers each program type may call: loads "call ID; exit" per
# (type, helper) and records whether the verifier says "program of this type cannot use helper"
# (or "invalid func"). Output: verifier/src/main/resources/io/github/ebpf4j/verifier/helper-availability.txt,
# one "TYPE ID allowed|denied" line each.
# Lines already present in that file are kept (the probe is resumable). Needs root and
# kernel-oracle; run from the project root: testdata/verifier/tools/probe-helpers.sh
set -euo pipefail
ORACLE=${ORACLE:-../shared/tools/kernel-oracle}
IDS="1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 18 19 23 25 26 28 34 35 38 39 42 43 44 46 47 48 51 54 65 87 88 89 93 94 112 113 114 115 118 125 130 131 132 133 134 160 164 165 181 182 189 190"
TYPES="xdp socket_filter sched_cls sched_act cgroup_skb kprobe tracepoint"
out=verifier/src/main/resources/io/github/ebpf4j/verifier/helper-availability.txt
tmp=$(mktemp -d)
touch "$out"
probe() {
  local t=$1 id=$2 f
  f=$(mktemp -p "$tmp" XXXX.s)
  printf 'call %s\nexit\n' "$id" > "$f"
  msg=$("$ORACLE" verify --type "$t" "$f" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["last_line"])')
  if [[ "$msg" == *"cannot use helper"* || "$msg" == "invalid func"* ]]; then echo "$t $id denied"; else echo "$t $id allowed"; fi
}
export -f probe; export ORACLE tmp
for t in $TYPES; do for id in $IDS; do
  grep -q "^$t $id " "$out" || echo "$t $id"
done; done | xargs -P "${JOBS:-8}" -n 2 bash -c 'probe "$0" "$1"' > "$tmp/new.txt"
{
  echo "# kernel $(uname -r): which helper ids each program type may call"
  echo "# produced by testdata/verifier/tools/probe-helpers.sh (kernel-oracle verify --type TYPE on 'call ID; exit')"
  grep -v '^#' "$out" | cat - "$tmp/new.txt" | sort -k1,1 -k2,2n -u
} > "$tmp/all.txt"
mv "$tmp/all.txt" "$out"
rm -rf "$tmp"
