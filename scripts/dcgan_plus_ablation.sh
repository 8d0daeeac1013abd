#!/usr/bin/env bash
# Issue 23's comparison and ablation, at the same wall-clock: --preset dcgan on
# CIFAR-10 for EPOCHS epochs sets the budget (its wall time, per seed, unless
# BUDGET gives one in seconds), then --preset dcgan-plus and each ingredient
# removed or changed train for that long (stopped by SIGINT, which saves a
# checkpoint as Ctrl-C does; dcgan-plus's own 7 epochs may end sooner), and `gogan eval` judges each with the built-in
# CIFAR-10 classifier (FID in its features, class shares, precision, recall).
# Runs that have a report are kept, so the script resumes where it stopped.
# It needs the machine to itself: the budget is wall-clock.
# The class-conditional variants (classes*) are off by default: VARIANTS="classes
# classes-no-class-term classes-no-mode-seeking classes-projection-only" runs them.
# Usage: [SEEDS="1 2"] [BUDGET=seconds] [DATA=dir] [VARIANTS="plus eps08 ..."] scripts/dcgan_plus_ablation.sh [EPOCHS] [RUNS_DIR]
set -euo pipefail
epochs=${1:-10}
runs=${2:-runs/dcgan-plus-ablation}
data=${DATA:-../shared/data/cifar10/train}
mkdir -p "$runs"
gogan="$runs/gogan"
go build -o "$gogan" ./cmd/gogan

# name and flags of each variant, every one from --preset dcgan-plus
declare -A flags=(
  [plus]=""
  [no-diffaugment]="--diff-augment=false"
  [eps08]="--bn-eps 0.8"
  [dropout]="--d-dropout 0.25"
  [one-lr]="--d-lr 0"
  [ema]="--ema 0.999"
  [mbstd]="--mbstd-group 4"
  [four-epochs]="--epochs 4"
  [d-narrow]="--d-widths 16,32,64,128"
  [classes]="--classes 10"
  [classes-no-class-term]="--classes 10 --class-weight 0"
  [classes-no-mode-seeking]="--classes 10 --mode-seeking 0"
  [classes-projection-only]="--classes 10 --class-weight 0 --mode-seeking 0"
)
variants=${VARIANTS:-plus no-diffaugment eps08 dropout one-lr ema mbstd four-epochs d-narrow}

report() {
  printf '%-22s ' "$1"
  awk -F'|' '
    function put(name) { v = $3; gsub(/^ +| +$/, "", v); printf "%s %s; ", name, v }
    $2 ~ /^ FID/ { put("FID") }
    $2 ~ /classes holding/ { put("classes>=2%") }
    $2 ~ /largest class/ { put("largest") }
    $2 ~ /smallest class/ { put("smallest") }
    $2 ~ /precision/ { put("precision/recall") }
    $2 ~ /conditional accuracy/ { put("conditional accuracy") }' "$2/eval/report.md"
  awk -F, 'NR > 1 { n = $3 } END { printf " %d iterations\n", n + 1 }' "$2/metrics.csv"
}

for seed in ${SEEDS:-1 2}; do
  base="$runs/dcgan-e$epochs-s$seed"
  if [ ! -f "$base/eval/report.md" ]; then
    rm -rf "$base"
    start=$(date +%s)
    "$gogan" train --preset dcgan --channels 3 --data "$data" --epochs "$epochs" --seed "$seed" --sample-interval 0 --out "$base" > "$base.log" 2>&1
    echo $(( $(date +%s) - start )) > "$base.seconds"
    "$gogan" eval --checkpoint "$base" >> "$base.log" 2>&1
  fi
  budget=${BUDGET:-$(cat "$base.seconds")}
  report "dcgan s$seed (${budget}s)" "$base"
  for v in $variants; do
    out="$runs/$v-s$seed-t$budget"
    if [ ! -f "$out/eval/report.md" ]; then
      rm -rf "$out"
      # shellcheck disable=SC2086 # flags split into words on purpose
      timeout --signal=INT --kill-after=120 "$budget" "$gogan" train --preset dcgan-plus --data "$data" --seed "$seed" --sample-interval 0 --out "$out" ${flags[$v]} > "$out.log" 2>&1 || true
      "$gogan" eval --checkpoint "$out" >> "$out.log" 2>&1
    fi
    report "$v s$seed" "$out"
  done
done
