# otherload.sh: how much other work ran while a timing script measured.
# Sourced by scripts/bench.sh and scripts/serve_overhead.sh (bash only):
#
#   . scripts/otherload.sh
#   otherload_begin
#   ...run and wait for the measured commands (children of this shell)...
#   otherload_end "threads"     # prints one line; returns 1 when under load
#
# It reads the machine's busy CPU time from /proc/stat (user, nice, system,
# irq, softirq) and subtracts the CPU time of this shell and the children it
# has waited for (bash's `times`, which includes their own waited-for
# children): the rest is what other processes used. It prints that, the
# load average at both ends and the hypervisor's steal time, and marks the
# measurement "MEASURED UNDER LOAD" when other processes, or steal, took
# more than OTHER_MAX (default 0.03) of the machine's CPU time in the
# interval. A measurement so marked is not to be quoted: run it again when
# the machine is idle. Nothing is paused: on a shared machine, wait for the
# others.

# _otherload_busy prints the machine's busy and steal jiffies.
_otherload_busy() {
	awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8, $9; exit }' /proc/stat
}

# _otherload_own sets _ol_own to this shell's and its waited-for children's
# CPU seconds (user + system). `times` must run in this shell, not in a
# command substitution's subshell, so it writes to a file.
_otherload_own() {
	local f
	f=$(mktemp)
	times >"$f"
	_ol_own=$(awk '{ for (i = 1; i <= NF; i++) { split($i, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] } } END { printf "%.3f\n", s }' "$f")
	rm -f "$f"
}

otherload_begin() {
	read -r _ol_busy0 _ol_steal0 < <(_otherload_busy)
	_otherload_own
	_ol_own0=$_ol_own
	_ol_load0=$(cut -d' ' -f1 /proc/loadavg)
	_ol_t0=$(date +%s.%N)
}

# otherload_end LABEL: prints "LABEL: W s wall, load average A -> B, other
# processes C CPU-s (P% of N cores), steal S CPU-s", then the mark when
# under load, and returns 1 in that case.
otherload_end() {
	local busy1 steal1 own1 load1 t1 hz n
	read -r busy1 steal1 < <(_otherload_busy)
	_otherload_own
	own1=$_ol_own
	load1=$(cut -d' ' -f1 /proc/loadavg)
	t1=$(date +%s.%N)
	hz=$(getconf CLK_TCK)
	n=$(nproc)
	awk -v label="$1" -v b0="$_ol_busy0" -v b1="$busy1" -v s0="$_ol_steal0" -v s1="$steal1" \
		-v o0="$_ol_own0" -v o1="$own1" -v l0="$_ol_load0" -v l1="$load1" -v t0="$_ol_t0" -v t1="$t1" \
		-v hz="$hz" -v n="$n" -v max="${OTHER_MAX:-0.03}" 'BEGIN {
		wall = t1 - t0; cap = wall * n
		other = (b1 - b0) / hz - (o1 - o0); if (other < 0) other = 0
		steal = (s1 - s0) / hz
		printf "%s: %.0f s wall, load average %s -> %s, other processes %.1f CPU-s (%.1f%% of %d cores), steal %.1f CPU-s\n",
			label, wall, l0, l1, other, 100 * other / cap, n, steal
		if (other > max * cap || steal > max * cap) {
			printf "%s: MEASURED UNDER LOAD (more than %.0f%% of the CPU time went to other work): do not quote; run it again on an idle machine\n", label, 100 * max
			exit 1
		}
	}'
}
