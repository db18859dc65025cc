#!/bin/sh
# Runs every benchmark in order and prints all figures.
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build
#   tests/benchmarks/run-benchmarks.sh [build-dir, default ./build]
#
# The benchmarks are built with EXOTRUNK_BUILD_BENCHMARKS (on by default). GUI benchmarks run
# on the offscreen platform; nothing here needs a display, a keychain or the network.
set -eu

build=${1:-./build}
bin="$build/tests/benchmarks"
for b in bench_startup bench_startup_floor bench_trunklist bench_responsiveness \
         bench_provisioning bench_ratelimit bench_probe; do
    if [ ! -x "$bin/$b" ]; then
        echo "missing $bin/$b — build with: cmake --build $build" >&2
        exit 1
    fi
done

export QT_QPA_PLATFORM=offscreen
# Quiet logs: the figures are the output.
export QT_LOGGING_RULES="exotrunk.*.debug=false;exotrunk.*.info=false"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"

# The load average goes with the figures: on a shared machine it explains most of the noise.
load() { echo "   (load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
echo "== Exotrunk Console benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC') — $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
load
echo
echo "== 1. Start-up"
"$bin/bench_startup" "${STARTUP_RUNS:-15}"
echo
load
echo "== 2. Trunk list at scale"
"$bin/bench_trunklist"
echo
load
echo "== 3. Responsiveness"
"$bin/bench_responsiveness"
echo
load
echo "== 4. Provisioning critical path"
"$bin/bench_provisioning" 100 5
echo
load
echo "== 5. Rate-limit pacing"
"$bin/bench_ratelimit" 600 20
load
echo
echo "== 6. Reachability probe"
"$bin/bench_probe" 2000 3
load
