#!/usr/bin/env bash
# The conditional presets behind docs/quality.md's "Class-conditional GANs":
# --preset cgan (cgan.py exactly) and --preset cgan-plus, EPOCHS epochs, the
# given seeds, `gogan eval` on each; then cgan.py itself in PyTorch for the
# same epochs, scored by the same `gogan eval` from its exported samples.
# Usage: [SEEDS="1 2"] [PYTORCH=/usr/bin/python3] scripts/cgan_ablation.sh [EPOCHS] [RUNS_DIR]
set -euo pipefail
epochs=${1:-10}
runs=${2:-runs/cgan-ablation}
gogan=${GOGAN:-go run ./cmd/gogan}
pytorch=${PYTORCH:-/usr/bin/python3}
mnist=${MNIST:-../shared/data/mnist}
mkdir -p "$runs"
for seed in ${SEEDS:-1 2}; do
  for preset in cgan cgan-plus; do
    out="$runs/$preset-e$epochs-s$seed"
    if [ ! -f "$out/eval/report.json" ]; then
      rm -rf "$out"
      $gogan train --preset "$preset" --seed "$seed" --epochs "$epochs" --sample-interval 0 --out "$out" > "$out.log" 2>&1
      $gogan eval --checkpoint "$out" --parzen=false >> "$out.log" 2>&1
      $gogan eval --checkpoint "$out" --parzen=false --bn batch --out "$out/eval-batch" >> "$out.log" 2>&1
    fi
    printf '%s seed %s: ' "$preset" "$seed"
    grep -E "^\| (FID|conditional|worst|mean intra)" "$out/eval/report.md" | awk -F'|' '{printf "%s=%s ", $2, $3}'
    grep -o "[0-9.]* ms per iteration" "$out.log" | head -1
  done
  out="$runs/cgan-pytorch-e$epochs-s$seed"
  if [ ! -f "$out/samples_batch_eval/report.json" ] && [ -x "$pytorch" ]; then
    "$pytorch" testdata/cgan_pytorch.py --mnist "$mnist" --epochs "$epochs" --seed "$seed" --threads 1 --out "$out" > "$out.log" 2>&1
    for mode in batch running; do
      $gogan eval --samples "$out/samples_$mode.npy" --labels "$out/labels.npy" --parzen=false >> "$out.log" 2>&1
    done
  fi
  if [ -f "$out/samples_batch_eval/report.md" ]; then
    printf 'cgan.py (PyTorch) seed %s: ' "$seed"
    grep -E "^\| (FID|conditional|worst|mean intra)" "$out/samples_batch_eval/report.md" | awk -F'|' '{printf "%s=%s ", $2, $3}'
    echo
  fi
done
