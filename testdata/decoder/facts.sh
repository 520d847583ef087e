#!/bin/sh
# Asks this machine's kernel what its verifier says of each negative/unused-*.data program of the
# bpf_conformance suite (one instruction with a non-zero reserved field, then exit), and writes
# unused-fields.kernel.txt: "NAME: VERDICT: LAST VERIFIER LOG LINE". Needs root, bpf() and the
# shared tools; the tests only read the committed output.
#   usage: testdata/decoder/facts.sh CONFORMANCE_DIR KERNEL_ORACLE
set -eu
conf=$1
oracle=$2
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=unused-fields.kernel.txt
{
    echo "# $(basename "$oracle") verify --type xdp NAME.hex --json, on $(uname -r);"
    echo "# NAME.hex = the '-- raw' bytes of negative/NAME.data. Made by testdata/decoder/facts.sh."
    for f in "$conf"/negative/unused-*.data; do
        n=$(basename "$f" .data)
        awk '/^-- raw/{r=1;next} /^--/{r=0} r && NF' "$f" > "$tmp/$n.hex"
        "$oracle" verify --type xdp "$tmp/$n.hex" --json > "$tmp/$n.json"
        python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(sys.argv[2] + ": " + j["verdict"] + ": " + j.get("last_line", ""))' "$tmp/$n.json" "$n"
    done
} > "$out"
