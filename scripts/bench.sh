#!/usr/bin/env bash
# bench.sh: gogan's speed against PyTorch's, measured honestly: every gogan
# GEMM backend (openblas, asm, go) and PyTorch at EACH thread count from 1 to
# nproc, interleaved (so drifts in machine speed hit all alike), several
# rounds, medians with min-max, ratios to PyTorch's fastest setting. Sections:
#
#   threads  one seed-model training iteration at batch 64
#   batch    batch 64, 256 and 1024: ms per iteration and images per second
#   sample   drawing 10,000 images: G's forward pass (gogan's BenchmarkGenerate
#            vs PyTorch's G in eval mode under no_grad) and the whole
#            `gogan sample -n 10000 -o x.npy` command (start-up, checkpoint
#            load and .npy writing included)
#   dcgan    dcgan.py's iteration at batch 64 on MNIST (1x32x32) and CIFAR-10
#            (3x32x32) against testdata/dcgan_pytorch.py at each thread count;
#            drawing 1,024 images from its G; each convolution's forward,
#            input and weight gradients in GFLOPS (gogan's BenchmarkConv2d vs
#            PyTorch's, at nproc threads); peak resident memory of a training
#            run of each
#   dcgan-plus  the dcgan-plus preset's iteration (BenchmarkDCGANStep/
#            cifar10-plus-clean, EMA and the clean head's passes included)
#            beside dcgan.py's, both at batch 64 on CIFAR-10-sized images,
#            against dcgan_pytorch.py (--plus --clean) at each
#            thread count, interleaved; not in `all` (issue 23's speed row)
#   sngan       the sngan preset's iteration (BenchmarkCNNStep, EMA
#            included) beside dcgan.py's, both at batch 64 on CIFAR-10-sized
#            images, against testdata/cnn_pytorch.py and dcgan_pytorch.py at
#            each thread count, interleaved; not in `all` (issue 23's speed row)
#   inception  pytorch-fid's Inception-v3 (~5.7 GFLOP an image) as `gogan eval
#            --inception` runs it, 32x32 colour images resized to 299 inside,
#            features and logits, in eval's batches of 16: gogan's
#            BenchmarkExtract (metric/inception) against
#            testdata/inception_bench.py (the same net, deterministic weights
#            and images), images per second; the asm and openblas backends
#            only (the pure-Go gonum backend is left out, as in the batch,
#            sample and dcgan sections: far slower, it would make the
#            section many times longer to tell nothing new). Not in `all`:
#            a round is 3 runs at each of nproc thread counts, each seconds
#            of work plus start-up (PyTorch's first run also computes the
#            weights), so ROUNDS=3 is some 5 minutes on 2 cores (guessed from
#            one round's wall time on a loaded machine) and grows with nproc
#
# PyTorch at t threads runs with OMP_NUM_THREADS, OPENBLAS_NUM_THREADS and
# MKL_NUM_THREADS all t: Debian's python3-torch does its GEMMs in the system
# OpenBLAS, whose own thread pool ignores torch.set_num_threads, and at t=1
# two busy-waiting OpenBLAS threads would slow PyTorch down (measured ~60 vs
# ~50 ms at batch 64).
#
# Measured as a user's machine runs: OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE
# are unset for every run (a user's machine does not set them; with them
# OpenBLAS runs another kernel, for PyTorch as for gogan), and the header
# names the OpenBLAS kernel each side actually ran. Each section ends with
# a line saying how much CPU time other processes used meanwhile
# (scripts/otherload.sh); a section where that exceeds OTHER_MAX (default
# 3%) of the machine is marked MEASURED UNDER LOAD and is not to be quoted.
#
#   paper    the paper's CIFAR-10 models at full size (--preset paper-cifar10-fc
#            and paper-cifar10-conv): one training iteration, gogan's
#            BenchmarkPaperCIFARStep (train) against
#            testdata/paper_cifar_pytorch.py; asm and openblas only. Not in
#            `all`: seconds an iteration, a round is minutes.
#
# Usage: scripts/bench.sh [threads|batch|sample|dcgan|dcgan-plus|sngan|inception|paper|all] (default all)
# Environment: ROUNDS (default 5), INC_BATCHES (the inception section's timed
# 16-image batches a run, default 2), PYTHON (default /usr/bin/python3, which
# must import torch), GAP (seconds to wait between sections, default 0),
# OTHER_MAX (see above).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/otherload.sh

if [ "${1:-}" = __section ]; then
	section=$2 bin=$3 out=$4
	unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
else
	want=${1:-all}
	for v in OPENBLAS_CORETYPE OPENBLAS_L2_SIZE; do
		if [ -n "${!v:-}" ]; then
			echo "note: $v=${!v} was set here; unset for every run, as on a user's machine"
		fi
	done
	unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
	bin=$(mktemp -d)
	trap 'rm -rf "$bin"' EXIT
	echo "building..." >&2
	go test -c -o "$bin/gan.test" ./gan
	go test -c -o "$bin/nn.test" ./engine/nn
	go test -c -o "$bin/inception.test" ./metric/inception
	go test -c -o "$bin/train.test" ./train
	go build -o "$bin/gogan" ./cmd/gogan
	out="$bin/results"
	: >"$out"
	PY=${PYTHON:-/usr/bin/python3}
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'); CPU: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(go version | cut -d' ' -f3)"
	# PyTorch's OpenBLAS, if it uses one: the library its process mapped,
	# asked which kernel it runs.
	"$PY" - <<'PYEOF'
import ctypes, os, torch
kernels = {}
for path in sorted({l.split()[-1] for l in open("/proc/self/maps") if "openblas" in l.split()[-1].lower()}):
    try:
        lib = ctypes.CDLL(path)
        lib.openblas_get_corename.restype = ctypes.c_char_p
        kernels.setdefault(lib.openblas_get_corename().decode(), []).append(os.path.basename(path))
    except (OSError, AttributeError):
        pass
print("PyTorch %s; its OpenBLAS kernel: %s" % (torch.__version__, "; ".join(
    "%s (%s)" % (k, ", ".join(v)) for k, v in kernels.items()) or "none, no OpenBLAS loaded (its BLAS: torch.__config__.show())"))
PYEOF
	for be in openblas asm go; do
		if GOGAN_BLAS=$be "$bin/gogan" version >/dev/null 2>&1; then
			v=$(GOGAN_BLAS=$be "$bin/gogan" version)
			echo "gogan backend ${v#*, backend }"
			echo "$be" >>"$bin/backends"
			k=$(sed -n 's/.*, kernel \([^,]*\),.*/\1/p' <<<"$v")
			[ "$be" = openblas ] && echo "gogan's OpenBLAS kernel: ${k:-not named by the library}"
		fi
	done
	echo "gogan's automatic choice (GOGAN_BLAS unset): $("$bin/gogan" version | sed 's/^gogan [^,]*, backend \([a-z]*\).*/\1/')"
	first=1
	loaded=()
	for s in threads batch sample dcgan dcgan-plus sngan inception paper; do
		if { [ "$want" = all ] && [ "$s" != inception ] && [ "$s" != sngan ] && [ "$s" != dcgan-plus ] && [ "$s" != paper ]; } || [ "$want" = "$s" ]; then
			[ $first = 1 ] || sleep "${GAP:-0}"
			first=0
			otherload_begin
			"$0" __section "$s" "$bin" "$out"
			echo
			otherload_end "$s" || loaded+=("$s")
		fi
	done
	if [ ${#loaded[@]} -gt 0 ]; then
		echo
		echo "MEASURED UNDER LOAD: ${loaded[*]} (see the lines above); do not quote these tables"
	fi
	exit 0
fi

PY=${PYTHON:-/usr/bin/python3}
ROUNDS=${ROUNDS:-5}
NPROC=$(nproc)
mapfile -t BACKENDS <"$bin/backends"

# gogan_step BACKEND THREADS BATCH ITERS: ms per training iteration.
gogan_step() {
	GOMAXPROCS=$2 GOGAN_BLAS=$1 "$bin/gan.test" -test.run xxx -test.bench "^BenchmarkTrainStepBatch/$3\$" -test.benchtime "$4x" |
		awk '/ns\/op/ { for (i = 1; i < NF; i++) if ($(i+1) == "ns/op") printf "%.3f\n", $i / 1e6 }'
}

# torch_step THREADS BATCH ITERS: ms per training iteration.
torch_step() {
	OMP_NUM_THREADS=$1 OPENBLAS_NUM_THREADS=$1 MKL_NUM_THREADS=$1 "$PY" testdata/bench_pytorch.py "$1" --batch "$2" --iters "$3" --rounds 1 --warmup $(( $3 / 4 + 2 )) |
		awk '$1 == "ms_per_iter" { print $2 }'
}

# iters BATCH BACKEND: iterations for a second or two of work.
iters() {
	local n=$(( 120 * 64 / $1 ))
	[ "$2" = go ] && n=$(( n / 8 ))
	[ "$2" = torch ] && n=$(( n / 2 ))
	echo $(( n < 4 ? 4 : n ))
}

record() { echo "$section $*" >>"$out"; }

# summary KEY...: "median (min–max)" of the recorded values under the key.
stats() {
	grep "^$section $* " "$out" | awk '{ print $NF }' | sort -g |
		awk 'function f(x) { return x >= 100 ? sprintf("%.0f", x) : sprintf("%.3g", x) }
			{ a[NR] = $1 } END { if (NR == 0) { print "-"; exit } m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print f(m), f(a[1]), f(a[NR]) }'
}

# times_table TITLE REF WHO...: one row per WHO (a recorded key, less the
# thread count), one column per thread count, each cell "median (min-max)"
# ms, and each row's best against REF's best (PyTorch's fastest setting);
# TITLE's %s is that best. rates_table is the same for images/s, where
# higher is better.
times_table() { ratio_table "ms" "<" "$@"; }
rates_table() { ratio_table "images/s" ">" "$@"; }

# beside_dcgan NAME BENCH PYSCRIPT [PYARGS...]: a preset's iteration (gan.test's
# BENCH; PYSCRIPT with PYARGS for PyTorch) beside dcgan.py's, both at batch
# 64 on CIFAR-10-sized images, every thread count and backend but go,
# interleaved; one table each.
beside_dcgan() {
	local name=$1 bench=$2 py=$3
	shift 3
	local GB=() r t be v m who rows
	for be in "${BACKENDS[@]}"; do [ "$be" = go ] || GB+=("$be"); done
	ms() { awk '/ns\/op/ { for (i = 1; i < NF; i++) if ($(i+1) == "ns/op") printf "%.1f\n", $i / 1e6 }'; }
	for r in $(seq "$ROUNDS"); do
		for t in $(seq "$NPROC"); do
			for be in "${GB[@]}"; do
				v=$(GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/gan.test" -test.run xxx -test.bench '^BenchmarkDCGANStep/cifar10$' -test.benchtime 6x | ms)
				record "dc-gogan-$be $t $v"
				v=$(GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/gan.test" -test.run xxx -test.bench "$bench" -test.benchtime 6x | ms)
				record "plus-gogan-$be $t $v"
			done
			v=$(OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t "$PY" testdata/dcgan_pytorch.py "$t" --channels 3 --iters 6 --rounds 1 --warmup 2 | awk '$1 == "ms_per_iter" { print $2 }')
			record "dc-pytorch $t $v"
			v=$(OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t "$PY" "$py" "$t" "$@" --iters 6 --rounds 1 --warmup 2 | awk '$1 == "ms_per_iter" { print $2 }')
			record "plus-pytorch $t $v"
		done
	done
	for m in dc:dcgan.py "plus:$name"; do
		rows=()
		for who in "${GB[@]/#/gogan-}" pytorch; do rows+=("$who:${m%%:*}-$who"); done
		times_table "${m#*:}'s iteration on CIFAR-10 (3x32x32), batch 64: ms per iteration, median (min-max) of $ROUNDS interleaved rounds; ratio = time / PyTorch's fastest (%s ms)" "${m%%:*}-pytorch" "${rows[@]}"
	done
}

# ratio_table UNIT BETTER TITLE REF WHO...: the two tables above; BETTER is
# the awk comparison that says a value beats another.
ratio_table() {
	local unit=$1 op=$2 title=$3 ref=$4 best_ref best m lo hi t who
	shift 4
	local worst=1e99
	[ "$op" = ">" ] && worst=0
	best_ref=$worst
	pick() { awk -v a="$1" -v b="$2" "BEGIN { print (b $op a) ? b : a }"; }
	for t in $(seq "$NPROC"); do
		read -r m _ _ < <(stats "$ref" "$t")
		best_ref=$(pick "$best_ref" "$m")
	done
	echo
	printf "$title\n" "$best_ref"
	echo
	printf "| |"
	for t in $(seq "$NPROC"); do printf " %d thread%s |" "$t" "$([ "$t" = 1 ] || echo s)"; done
	echo " best vs PyTorch's fastest |"
	printf "|---|"
	for t in $(seq "$NPROC"); do printf -- "---|"; done
	echo "---|"
	for who in "$@"; do
		best=$worst
		printf "| %s |" "${who%%:*}"
		for t in $(seq "$NPROC"); do
			read -r m lo hi < <(stats "${who#*:}" "$t")
			printf " %s (%s-%s) |" "$m" "$lo" "$hi"
			best=$(pick "$best" "$m")
		done
		awk -v b="$best" -v p="$best_ref" -v u="$unit" 'BEGIN { printf " %.3g %s: %.2fx |\n", b, u, b / p }'
	done
}

case $section in
threads)
	for r in $(seq "$ROUNDS"); do
		for t in $(seq "$NPROC"); do
			for be in "${BACKENDS[@]}"; do
				record "gogan-$be $t $(gogan_step "$be" "$t" 64 "$(iters 64 "$be")")"
			done
			record "pytorch $t $(torch_step "$t" 64 "$(iters 64 torch)")"
		done
	done
	rows=()
	for who in "${BACKENDS[@]/#/gogan-}" pytorch; do rows+=("$who:$who"); done
	times_table "One training iteration, batch 64: ms per iteration, median (min-max) of $ROUNDS interleaved rounds; ratio = time / PyTorch's fastest (%s ms)" pytorch "${rows[@]}"
	;;
batch)
	GB=()
	for be in "${BACKENDS[@]}"; do [ "$be" = go ] || GB+=("$be"); done
	for r in $(seq "$ROUNDS"); do
		for n in 64 256 1024; do
			for t in $(seq "$NPROC"); do
				for be in "${GB[@]}"; do
					record "gogan-$be $n $t $(gogan_step "$be" "$t" "$n" "$(iters "$n" "$be")")"
				done
				record "pytorch $n $t $(torch_step "$t" "$n" "$(iters "$n" torch)")"
			done
		done
	done
	echo
	echo "Cost against batch size: each side at its fastest thread count (in brackets), median ms per iteration of $ROUNDS interleaved rounds, images per second, and time / PyTorch's fastest"
	echo
	echo "| | batch 64 | batch 256 | batch 1024 |"
	echo "|---|---|---|---|"
	declare -A torch_best
	for n in 64 256 1024; do
		torch_best[$n]=1e99
		for t in $(seq "$NPROC"); do
			read -r m _ _ < <(stats pytorch "$n" "$t")
			torch_best[$n]=$(awk -v a="${torch_best[$n]}" -v b="$m" 'BEGIN { print (b < a) ? b : a }')
		done
	done
	for who in "${GB[@]/#/gogan-}" pytorch; do
		printf "| %s |" "$who"
		for n in 64 256 1024; do
			best=1e99 bt=0
			for t in $(seq "$NPROC"); do
				read -r m _ _ < <(stats "$who" "$n" "$t")
				if awk -v a="$best" -v b="$m" 'BEGIN { exit !(b < a) }'; then best=$m bt=$t; fi
			done
			awk -v b="$best" -v n="$n" -v t="$bt" -v p="${torch_best[$n]}" 'BEGIN { printf " %.3g ms [%d], %.0f img/s, %.2fx |", b, t, n * 1000 / b, b / p }'
		done
		echo
	done
	;;
sample)
	ckpt="$bin/run"
	if [ ! -f "$ckpt/generator.safetensors" ]; then
		# A generator trained for 20 batches: sampling costs the same at any
		# point of training.
		"$bin/gogan" train --epochs 1 --max-batches 20 --sample-interval 0 --out "$ckpt" >/dev/null
	fi
	for r in $(seq "$ROUNDS"); do
		for t in $(seq "$NPROC"); do
			for be in "${BACKENDS[@]}"; do
				[ "$be" = go ] && continue
				v=$(GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/gan.test" -test.run xxx -test.bench '^BenchmarkGenerate$' -test.benchtime 3x |
					awk '{ for (i = 1; i < NF; i++) if ($(i+1) == "images/s") print $i }')
				record "forward-gogan-$be $t $v"
				s=$(date +%s.%N)
				GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/gogan" sample -checkpoint "$ckpt" -n 10000 -o "$bin/x.npy" >/dev/null
				e=$(date +%s.%N)
				record "command-gogan-$be $t $(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", 10000 / (e - s) }')"
			done
			v=$(OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t "$PY" testdata/bench_pytorch.py "$t" --sample 10000 --rounds 3 | awk '$1 == "images_per_s" { print $2 }')
			record "forward-pytorch $t $v"
		done
	done
	best_torch=0
	for t in $(seq "$NPROC"); do
		read -r m _ _ < <(stats forward-pytorch "$t")
		best_torch=$(awk -v a="$best_torch" -v b="$m" 'BEGIN { print (b > a) ? b : a }')
	done
	echo
	echo "Drawing 10,000 images: images per second, median (min-max) of $ROUNDS interleaved rounds; ratio = rate / PyTorch's fastest G forward ($best_torch images/s)"
	echo
	printf "| |"
	for t in $(seq "$NPROC"); do printf " %d thread%s |" "$t" "$([ "$t" = 1 ] || echo s)"; done
	echo " best vs PyTorch's fastest |"
	printf "|---|"
	for t in $(seq "$NPROC"); do printf -- "---|"; done
	echo "---|"
	for who in $(awk -v s="$section" '$1 == s { print $2 }' "$out" | sort -u); do
		best=0
		printf "| %s |" "$who"
		for t in $(seq "$NPROC"); do
			read -r m lo hi < <(stats "$who" "$t")
			printf " %s (%s-%s) |" "$m" "$lo" "$hi"
			best=$(awk -v a="$best" -v b="$m" 'BEGIN { print (b > a) ? b : a }')
		done
		awk -v b="$best" -v p="$best_torch" 'BEGIN { printf " %.0f: %.2fx |\n", b, b / p }'
	done
	;;
dcgan-plus)
	beside_dcgan dcgan-plus '^BenchmarkDCGANStep/cifar10-plus-clean$' testdata/dcgan_pytorch.py --channels 3 --plus --clean
	;;
sngan)
	beside_dcgan sngan '^BenchmarkCNNStep$' testdata/cnn_pytorch.py
	;;
dcgan)
	GB=()
	for be in "${BACKENDS[@]}"; do [ "$be" = go ] || GB+=("$be"); done
	for r in $(seq "$ROUNDS"); do
		for t in $(seq "$NPROC"); do
			for ds in mnist:1 cifar10:3; do
				name=${ds%:*} c=${ds#*:}
				for be in "${GB[@]}"; do
					v=$(GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/gan.test" -test.run xxx -test.bench "^BenchmarkDCGANStep/$name\$" -test.benchtime 6x |
						awk '/ns\/op/ { for (i = 1; i < NF; i++) if ($(i+1) == "ns/op") printf "%.1f\n", $i / 1e6 }')
					record "step-gogan-$be-$name $t $v"
				done
				v=$(OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t "$PY" testdata/dcgan_pytorch.py "$t" --channels "$c" --iters 6 --rounds 1 --warmup 2 | awk '$1 == "ms_per_iter" { print $2 }')
				record "step-pytorch-$name $t $v"
			done
			for be in "${GB[@]}"; do
				v=$(GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/gan.test" -test.run xxx -test.bench '^BenchmarkDCGANGenerate$' -test.benchtime 3x |
					awk '{ for (i = 1; i < NF; i++) if ($(i+1) == "images/s") print $i }')
				record "gen-gogan-$be $t $v"
			done
			v=$(OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t "$PY" testdata/dcgan_pytorch.py "$t" --sample 1024 --rounds 1 | awk '$1 == "images_per_s" { print $2 }')
			record "gen-pytorch $t $v"
		done
	done
	for ds in mnist cifar10; do
		rows=()
		for who in "${GB[@]/#/gogan-}" pytorch; do rows+=("$who:step-$who-$ds"); done
		times_table "dcgan.py's iteration on $ds, batch 64: ms per iteration, median (min-max) of $ROUNDS interleaved rounds; ratio = time / PyTorch's fastest (%s ms)" "step-pytorch-$ds" "${rows[@]}"
	done
	echo
	echo "Drawing 1,024 images from dcgan.py's G (running statistics, batches of 64; PyTorch under no_grad): images per second, median (min-max) of $ROUNDS rounds"
	echo
	printf "| |"
	for t in $(seq "$NPROC"); do printf " %d thread%s |" "$t" "$([ "$t" = 1 ] || echo s)"; done
	echo
	printf "|---|"
	for t in $(seq "$NPROC"); do printf -- "---|"; done
	echo
	for be in "${GB[@]/#/gogan-}" pytorch; do
		printf "| %s |" "$be"
		for t in $(seq "$NPROC"); do
			read -r m lo hi < <(stats "gen-$be" "$t")
			printf " %s (%s-%s) |" "$m" "$lo" "$hi"
		done
		echo
	done
	# Each convolution of dcgan.py on CIFAR-10 at batch 64, at nproc threads.
	echo
	echo "dcgan.py's convolutions (3 channels, batch 64, $NPROC threads): GFLOPS of the forward pass, the input gradient and the weight gradient (gogan's weight gradient includes the bias's)"
	echo
	echo "| layer | gogan asm fwd / dx / dw | gogan openblas fwd / dx / dw | PyTorch fwd / dx / dw |"
	echo "|---|---|---|---|"
	GOMAXPROCS=$NPROC "$bin/nn.test" -test.run xxx -test.bench '^BenchmarkConv2d$' -test.benchtime 5x |
		awk '/GFLOPS/ { split($1, p, "/"); sub(/-[0-9]+$/, "", p[4]); for (i = 1; i < NF; i++) if ($(i+1) == "GFLOPS") print p[2], p[3], p[4], $i }' >"$bin/convs"
	OMP_NUM_THREADS=$NPROC OPENBLAS_NUM_THREADS=$NPROC MKL_NUM_THREADS=$NPROC "$PY" testdata/dcgan_pytorch.py "$NPROC" --channels 3 --layers >"$bin/convs-pt"
	# G1up/G2up are the UpConv2d dcgan's G runs (Upsample and conv fused,
	# 4/9 of the products), against PyTorch's conv on the upsampled maps.
	for l in G1_128to128_16x16:G.conv_blocks.2 G1up_128to128_8to16:G.conv_blocks.2 G2_128to64_32x32:G.conv_blocks.6 G2up_128to64_16to32:G.conv_blocks.6 G3_64to3_32x32:G.conv_blocks.9 \
		D1_3to16_32x32s2:D.model.0 D2_16to32_16x16s2:D.model.3 D3_32to64_8x8s2:D.model.7 D4_64to128_4x4s2:D.model.11; do
		gl=${l%:*} pl=${l#*:}
		printf "| %s |" "$gl"
		for be in asm openblas; do
			printf " %s |" "$(awk -v b="$be" -v l="$gl" '$1 == b && $2 == l { v[$3] = sprintf("%.0f", $4) } END { printf "%s / %s / %s", v["fwd"], v["dx"], v["dw"] }' "$bin/convs")"
		done
		awk -v l="$pl" '$1 == "conv" && $2 == l { v[$3] = sprintf("%.0f", $5) } END { printf " %s / %s / %s |\n", v["forward"], v["input_grad"], v["weight_grad"] }' "$bin/convs-pt"
	done
	echo
	echo "Peak resident memory of a dcgan.py training run on MNIST (batch 64, gogan's automatic backend, nproc threads): gogan train --preset dcgan (the embedded MNIST, resized, included) against testdata/dcgan_pytorch.py (a fixed real batch, no data set)"
	echo
	g=$(/usr/bin/time -f '%M' "$bin/gogan" train --preset dcgan --max-batches 10 --sample-interval 0 --out "$bin/dcrun" 2>&1 >/dev/null | tail -1)
	p=$(OMP_NUM_THREADS=$NPROC OPENBLAS_NUM_THREADS=$NPROC MKL_NUM_THREADS=$NPROC "$PY" testdata/dcgan_pytorch.py "$NPROC" --iters 5 --rounds 1 --warmup 1 | awk '$1 == "peak_rss_mb" { print $2 }')
	echo "| gogan | PyTorch |"
	echo "|---|---|"
	echo "| $((g / 1024)) MB | $p MB |"
	;;
paper)
	GB=()
	for be in "${BACKENDS[@]}"; do [ "$be" = go ] || GB+=("$be"); done
	# Seconds an iteration at full size: 3 timed after one untimed a run.
	for r in $(seq "$ROUNDS"); do
		for t in $(seq "$NPROC"); do
			for m in fc:paper-cifar10-fc conv:paper-cifar10-conv; do
				k=${m%%:*} preset=${m#*:}
				for be in "${GB[@]}"; do
					v=$(GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/train.test" -test.run xxx -test.bench "^BenchmarkPaperCIFARStep/$preset\$" -test.benchtime 3x |
						awk '/ns\/op/ { for (i = 1; i < NF; i++) if ($(i+1) == "ns/op") printf "%.1f\n", $i / 1e6 }')
					[ -n "$v" ] && record "$k-gogan-$be $t $v"
				done
				v=$(OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t "$PY" testdata/paper_cifar_pytorch.py "$t" --model "$k" --iters 3 --rounds 1 --warmup 1 2>/dev/null | awk '$1 == "ms_per_iter" { print $2 }')
				record "$k-pytorch $t $v"
			done
		done
	done
	for m in fc:cifar10_fully_connected.yaml,_batch_100 conv:cifar10_convolutional.yaml,_batch_128; do
		k=${m%%:*} what=${m#*:}
		rows=()
		for who in "${GB[@]/#/gogan-}" pytorch; do rows+=("$who:$k-$who"); done
		times_table "The paper's ${what//_/ } iteration (AdversaryCost2, SGD with momentum; testdata/paper_cifar_pytorch.py for PyTorch): ms per iteration, median (min-max) of $ROUNDS interleaved rounds; ratio = time / PyTorch's fastest (%s ms)" "$k-pytorch" "${rows[@]}"
	done
	;;
inception)
	GB=()
	for be in "${BACKENDS[@]}"; do [ "$be" = go ] || GB+=("$be"); done
	# Each run times INC_BATCHES of eval's 16-image batches after one
	# untimed: at ~5.7 GFLOP an image a few batches are a steady rate, and
	# a round already costs 3 x nproc runs.
	nb=${INC_BATCHES:-2}
	for r in $(seq "$ROUNDS"); do
		for t in $(seq "$NPROC"); do
			for be in "${GB[@]}"; do
				# The benchmark reads its images from its package's testdata.
				v=$(cd metric/inception && GOMAXPROCS=$t GOGAN_BLAS=$be "$bin/inception.test" -test.run xxx -test.bench '^BenchmarkExtract$' -test.benchtime "${nb}x" |
					awk '{ for (i = 1; i < NF; i++) if ($(i+1) == "images/s") print $i }')
				record "gogan-$be $t $v"
			done
			# --weights: the first run computes the deterministic weights (in
			# pure Python, slow) and caches them for the others.
			v=$(OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t "$PY" testdata/inception_bench.py "$t" --images $((nb * 16)) --rounds 1 --warmup 1 --weights "$bin/inception_det.pth" |
				awk '$1 == "images_per_s" { print $2 }')
			record "pytorch $t $v"
		done
	done
	rows=()
	for who in "${GB[@]/#/gogan-}" pytorch; do rows+=("$who:$who"); done
	rates_table "pytorch-fid's Inception-v3 on 32x32 colour images resized to 299 (features and logits, batches of 16, $((nb * 16)) images a run): images per second, median (min-max) of $ROUNDS interleaved rounds; ratio = rate / PyTorch's fastest (%s images/s)" pytorch "${rows[@]}"
	;;
esac
