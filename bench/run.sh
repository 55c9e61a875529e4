#!/usr/bin/env bash
# The benchmark, one command: builds scorecard optimised (build-release/) and times every stage
# on synthetic tables of 30, 1,000, 10,000 and 100,000 indicators. Results: bench/results/
# results.md (a table) and results.json. Pass other sizes as "bash bench/run.sh 30,5000".
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-30,1000,10000,100000}
BUILD_DIR=build-release BUILD_TARGET=scorecard_bench CMAKE_ARGS="-DCMAKE_BUILD_TYPE=Release" bash .ci/setup >/dev/null
./build-release/scorecard_bench run --sizes "$sizes" --out bench/results
