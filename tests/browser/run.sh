#!/usr/bin/env bash
# The browser test (ctest "browser: ..."): builds the web page of both seeds (the 2019/20 one
# with earlier quarters in its history store, so its trend charts draw), every made-up fixture,
# the hostile-text variant and a 1,000-indicator synthetic table, then checks them all in
# headless Chromium with axe-core (check_pages.js). Screenshots go to BUILD/screenshots/.
#
# Needs /usr/bin/chromium (Debian's chromium), node, and `npm ci` run in tests/browser. When one
# is missing the test fails if CI is set, and is skipped (the ctest skip marker) otherwise.
set -euo pipefail
build=$(cd "${1:?usage: run.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)

missing=()
[ -x "${SCORECARD_CHROMIUM:-/usr/bin/chromium}" ] || missing+=("chromium (apt-get install chromium)")
command -v node >/dev/null || missing+=("node")
[ -d "$here/node_modules/puppeteer-core" ] && [ -d "$here/node_modules/axe-core" ] ||
  missing+=("puppeteer-core and axe-core (npm ci in tests/browser)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing for the browser test: ${missing[*]}"
  if [ -n "${CI:-}" ]; then exit 1; fi
  echo "SCORECARD-TEST-SKIPPED"
  exit 0
fi

work="$build/browser-pages"
rm -rf "$work"
mkdir -p "$work/out"
scorecard="$build/scorecard"
export SOURCE_DATE_EPOCH=1700000000

# The 2019/20 seed with earlier quarters, so its charts have points to draw.
"$scorecard" history import "$source_dir/fixtures/history/2019-20-earlier-quarters-made-up.csv" \
  --history "$work/history.sqlite" --quiet
"$scorecard" build "$source_dir/fixtures/children-families-2019-20-q3.txt" -o "$work/out" \
  --history "$work/history.sqlite" --quiet 2>/dev/null
# Everything else without history. Findings on standard error are expected (the fixtures are
# full of what validate repairs); a build that fails stops the test.
for input in "$source_dir"/fixtures/children-families-2022-23-q3.txt "$source_dir"/fixtures/made-up-*.txt \
             "$source_dir/fixtures/variants/hostile-text.csv" "$source_dir/fixtures/quarters/made-up-2023-24-q4.csv"; do
  "$scorecard" build "$input" -o "$work/out" --no-history --quiet 2>/dev/null
done
"$build/scorecard_bench" generate 1000 "$work/synthetic-1000.tsv"
"$scorecard" build "$work/synthetic-1000.tsv" -o "$work/out" --no-history --quiet 2>/dev/null

pages=("$work"/out/*.html)
[ ${#pages[@]} -ge 8 ] || { echo "expected at least 8 pages, found ${#pages[@]}"; exit 1; }
node "$here/check_pages.js" "$build/screenshots" "${pages[@]}"
