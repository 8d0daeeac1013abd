#!/usr/bin/env bash
# The ablation behind docs/quality.md: each technique added one at a time to
# gan.py's settings, EPOCHS epochs, two seeds, then `gogan eval` on each run.
# Usage: [VARIANTS="eps improved"] scripts/ablation.sh [EPOCHS] [RUNS_DIR]
set -euo pipefail
epochs=${1:-10}
runs=${2:-runs/ablation}
declare -A variant=(
  [seed]="--preset seed"
  [eps]="--preset seed --bn-eps 1e-5"
  [eps-ema]="--preset seed --bn-eps 1e-5 --ema 0.999"
  [eps-ema-smooth]="--preset seed --bn-eps 1e-5 --ema 0.999 --real-label 0.9"
  [eps-ttur]="--preset seed --bn-eps 1e-5 --d-lr 0.0004"
  [eps-ema-ttur]="--preset seed --bn-eps 1e-5 --ema 0.999 --d-lr 0.0004"
  [eps-ema-ttur-ddrop]="--preset seed --bn-eps 1e-5 --ema 0.999 --d-lr 0.0004 --d-dropout 0.3"
  [improved]="--preset improved" # eps + EMA + TTUR + minibatch stddev
)
mkdir -p "$runs"
# Built once rather than `go run` per command; GOGAN names another binary.
gogan=${GOGAN:-}
if [ -z "$gogan" ]; then
  go build -o "$runs/gogan" ./cmd/gogan
  gogan="$runs/gogan"
fi
for name in ${VARIANTS:-seed eps eps-ema eps-ema-smooth eps-ttur eps-ema-ttur eps-ema-ttur-ddrop improved}; do
  for seed in 1 2; do
    out="$runs/$name-e$epochs-s$seed"
    if [ ! -f "$out/eval/report.json" ]; then
      rm -rf "$out"
      $gogan train ${variant[$name]} --seed "$seed" --epochs "$epochs" --sample-interval 0 --out "$out" > "$out.log" 2>&1
      $gogan eval --checkpoint "$out" --out "$out/eval" >> "$out.log" 2>&1
    fi
    printf '%s seed %s: ' "$name" "$seed"
    grep -E "^\| (FID|class score|largest|smallest|classes|Parzen)" "$out/eval/report.md" | awk -F'|' '{printf "%s=%s ", $2, $3}'
    grep -o "[0-9.]* ms per iteration" "$out.log" | head -1
  done
done
