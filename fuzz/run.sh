#!/usr/bin/env bash
# Runs the fuzzers for a number of seconds in all (default 60): half of it the
# ingest/validate/compute one on tables, and a tenth each the national data one (readers and
# benchmark), the template and rating-rules one, the history-import one, the workbook readers one
# and the one of a PDF imported into a pack.
#   bash fuzz/run.sh 600
# The corpus starts from fixtures/ and fixtures/bad/ and grows in build-fuzz/corpus/; anything
# that crashes is saved in build-fuzz/artifacts/ (turn it into a fixtures/bad/ case with its
# expected error). Exits non-zero if the fuzzer found a problem.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
# fontconfig (templates find their fonts through it) keeps a cache until exit: not our leak.
export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp:print_suppressions=0"

if ! command -v clang++-14 >/dev/null || [ ! -d /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev >/dev/null
fi

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCORECARD_FUZZ=ON -DSCORECARD_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
cmake --build build-fuzz --target ingest_fuzzer national_fuzzer template_fuzzer history_import_fuzzer \
  workbook_fuzzer imported_pdf_fuzzer -j"$(nproc)"

tenth=$(( seconds / 10 > 0 ? seconds / 10 : 1 ))
national_seconds=$tenth
template_seconds=$tenth
history_seconds=$tenth
workbook_seconds=$tenth
pdf_seconds=$tenth
ingest_seconds=$(( seconds - 5 * tenth > 0 ? seconds - 5 * tenth : 1 ))

mkdir -p build-fuzz/corpus build-fuzz/national-corpus build-fuzz/template-corpus build-fuzz/history-corpus \
  build-fuzz/artifacts
find fixtures -type f ! -name '*.tsv.expected' ! -name expected.tsv ! -name '*.py' ! -name '*.md' \
  -size -256k -exec cp -n {} build-fuzz/corpus/ \;
find fixtures/national fixtures/bad -type f \( -path '*/national/*' -o -name 'national-*' -o -name 'neighbours-*' \) \
  ! -name '*.py' -size -256k -exec cp -n {} build-fuzz/national-corpus/ \;
# The workbook fuzzer's inputs start with a byte saying what they are (see workbook_fuzzer.cpp):
# whole workbooks (0), and the sheet parts (1) and content.xml (3) unpacked from them.
mkdir -p build-fuzz/workbook-corpus
python3 - <<'PY'
import glob, os, zipfile
out = "build-fuzz/workbook-corpus"
for book in sorted(glob.glob("fixtures/workbooks/*.xls*") + glob.glob("fixtures/workbooks/*.ods") +
                   glob.glob("fixtures/bad/*.xls*") + glob.glob("fixtures/bad/*.ods")):
    name = os.path.basename(book)
    data = open(book, "rb").read()
    open(os.path.join(out, "file-" + name), "wb").write(b"\x00" + data)
    try:
        with zipfile.ZipFile(book) as z:
            for part, mode in (("xl/worksheets/sheet1.xml", b"\x01"), ("content.xml", b"\x03")):
                if part in z.namelist():
                    open(os.path.join(out, part.replace("/", "-") + "-" + name), "wb").write(mode + z.read(part)[:100000])
    except (zipfile.BadZipFile, ValueError, OSError):
        pass
PY

./build-fuzz/fuzz/ingest_fuzzer build-fuzz/corpus \
  -max_total_time="$ingest_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
  -artifact_prefix=build-fuzz/artifacts/ -print_final_stats=1 2>&1 | tail -25
./build-fuzz/fuzz/national_fuzzer build-fuzz/national-corpus \
  -max_total_time="$national_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
  -artifact_prefix=build-fuzz/artifacts/national- -print_final_stats=1 2>&1 | tail -25
cp -n output_templates/*.json build-fuzz/template-corpus/
find fixtures/history -type f -name '*.csv' -exec cp -n {} build-fuzz/history-corpus/ \;
./build-fuzz/fuzz/template_fuzzer build-fuzz/template-corpus \
  -max_total_time="$template_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix=build-fuzz/artifacts/template- -print_final_stats=1 2>&1 | tail -25
./build-fuzz/fuzz/history_import_fuzzer build-fuzz/history-corpus \
  -max_total_time="$history_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
  -artifact_prefix=build-fuzz/artifacts/history- -print_final_stats=1 2>&1 | tail -25
./build-fuzz/fuzz/workbook_fuzzer build-fuzz/workbook-corpus \
  -max_total_time="$workbook_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
  -artifact_prefix=build-fuzz/artifacts/workbook- -print_final_stats=1 2>&1 | tail -25
# PDFs for a pack: the hostile ones of fixtures/bad/ (mutations of a one-page PDF).
mkdir -p build-fuzz/pdf-corpus
find fixtures/bad -name '*.pdf' -exec cp -n {} build-fuzz/pdf-corpus/ \;
./build-fuzz/fuzz/imported_pdf_fuzzer build-fuzz/pdf-corpus \
  -max_total_time="$pdf_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -artifact_prefix=build-fuzz/artifacts/pdf- -print_final_stats=1 2>&1 | tail -25
