#!/usr/bin/env bash
# Asks the running kernel which helpers each program type may call: loads "call ID; exit" per
# (type, helper) and records whether the verifier says "program of this type cannot use helper".
# Output: testdata/verifier/helper-availability.txt, one "TYPE ID allowed|denied" line each.
# Needs root and kernel-oracle; run from the project root: testdata/verifier/tools/probe-helpers.sh
set -euo pipefail
ORACLE=${ORACLE:-../shared/tools/kernel-oracle}
IDS="1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 18 19 23 25 26 28 34 35 38 39 42 43 44 46 47 48 51 54 65 87 88 89 93 94 112 113 114 115 118 125 130 131 132 133 134 160 164 165 181 182 189 190"
TYPES="xdp socket_filter sched_cls sched_act cgroup_skb kprobe tracepoint"
tmp=$(mktemp -d)
out=testdata/verifier/helper-availability.txt
{
  echo "# kernel $(uname -r): which helper ids each program type may call"
  echo "# produced by testdata/verifier/tools/probe-helpers.sh (kernel-oracle verify --type TYPE on 'call ID; exit')"
  for t in $TYPES; do
    for id in $IDS; do
      printf 'call %s\nexit\n' "$id" > "$tmp/p.s"
      msg=$("$ORACLE" verify --type "$t" "$tmp/p.s" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["last_line"])')
      if [[ "$msg" == *"cannot use helper"* || "$msg" == "invalid func"* ]]; then v=denied; else v=allowed; fi
      echo "$t $id $v"
    done
  done
} > "$out"
rm -rf "$tmp"
