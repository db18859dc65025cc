#!/bin/sh
# Runs the same benchmarks from two builds side by side, alternating old and new, so both see the
# same machine load; prints every figure with the load average. For "no figure may get worse"
# checks: build the old commit in its own worktree, then
#
#   tests/benchmarks/compare-builds.sh OLD_BUILD_DIR NEW_BUILD_DIR [rounds, default 3]
#
# Only benchmarks present in both builds run: start-up, trunk list at scale, responsiveness and
# rate-limit pacing (virtual clock).
set -eu

old=$1
new=$2
rounds=${3:-3}
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="exotrunk.*.debug=false;exotrunk.*.info=false"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"

load() { echo "   (load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
# run LABEL BUILD BENCHMARK [ARGS...] (sh has no locals: the names are the function's own)
run() {
    run_label=$1 run_build=$2 run_bench=$3
    shift 3
    echo "-- $run_label: $run_bench $*"
    # Qt's notes about the offscreen platform and XDG_RUNTIME_DIR are not figures.
    "$run_build/tests/benchmarks/$run_bench" "$@" 2>&1 |
        grep -v -e 'XDG_RUNTIME_DIR' -e 'propagateSizeHints'
    load
}

echo "== Side by side — $(date -u '+%Y-%m-%d %H:%M UTC') — $(nproc) cores"
echo "   old: $old"
echo "   new: $new"
i=1
while [ "$i" -le "$rounds" ]; do
    echo
    echo "==== Round $i of $rounds"
    for bench in "bench_startup 11" "bench_trunklist" "bench_responsiveness" "bench_ratelimit 600 20"; do
        # shellcheck disable=SC2086 # the benchmark's arguments are words
        run old "$old" $bench
        # shellcheck disable=SC2086
        run new "$new" $bench
    done
    i=$((i + 1))
done
