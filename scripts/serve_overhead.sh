#!/usr/bin/env bash
# Training cost of watching a run in the browser: `gogan train --max-batches N`
# alone, with --serve and one client holding the live stream open (curl), and
# with --serve and one real dashboard page open in headless chromium, in
# interleaved rounds. Prints the ms per iteration each run reports (time
# inside training iterations) and the medians.
# At the end it says how much CPU time other processes used meanwhile
# (scripts/otherload.sh) and marks the result MEASURED UNDER LOAD when that
# was more than 3% of the machine: run it on an otherwise idle machine.
#   usage: go build -o gogan ./cmd/gogan && scripts/serve_overhead.sh [ROUNDS] [BATCHES]
#   MODES="alone page" picks the variants (default: all three).
set -euo pipefail
. "$(dirname "$0")/otherload.sh"
rounds=${1:-3}
batches=${2:-1000}
gogan=${GOGAN:-./gogan}
port=${PORT:-8097}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ms() { sed -n 's/.* \([0-9.]*\) ms per iteration.*/\1/p' "$1"; }
run() { # mode name
  local out="$work/$2" log="$work/$2.log" client=""
  case $1 in
    alone) "$gogan" train --max-batches "$batches" --out "$out" >"$log" 2>&1 ;;
    *)
      "$gogan" train --max-batches "$batches" --out "$out" --serve "127.0.0.1:$port" >"$log" 2>&1 &
      local train=$!
      until grep -q dashboard: "$log" 2>/dev/null; do sleep 0.05; done
      local url; url=$(sed -n 's/^dashboard: //p' "$log")
      local id=${url##*/}
      if [ "$1" = stream ]; then
        curl -sN "http://127.0.0.1:$port/api/runs/$id/stream?since=0" >/dev/null &
      else
        chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking \
          --disable-component-update --disable-sync --no-first-run \
          --user-data-dir="$work/chrome-$2" "$url" >/dev/null 2>&1 &
      fi
      client=$!
      wait "$train"
      kill "$client" 2>/dev/null || true
      wait "$client" 2>/dev/null || true
      ;;
  esac
  ms "$log"
}
declare -A all
otherload_begin
for r in $(seq "$rounds"); do
  for mode in ${MODES:-alone stream page}; do
    v=$(run "$mode" "$mode-$r")
    all[$mode]="${all[$mode]:-} $v"
    echo "round $r $mode: $v ms/iteration"
  done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
base=$(echo "${all[alone]}" | median)
for mode in ${MODES:-alone stream page}; do
  m=$(echo "${all[$mode]}" | median)
  awk -v m="$m" -v b="$base" -v mode="$mode" 'BEGIN {printf "%-6s median %.2f ms/iteration (%+.1f%%)\n", mode, m, 100*(m-b)/b}'
done
otherload_end "serve_overhead" || true
