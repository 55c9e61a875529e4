#!/usr/bin/env bash
# Checks that scorecard installs and runs with no source tree: each installed program builds
# both seeds, copied into a folder of its own, from that folder, as a batch (so the children it
# starts are found too), and the outputs are read back.
#
#   packaging/check-install.sh BUILD_DIR installed    cmake --install into a temporary prefix,
#                                                     then that tree moved elsewhere
#   packaging/check-install.sh BUILD_DIR copied-tree  the source tree (git archive HEAD) copied,
#                                                     configured, built, installed, then deleted
#   packaging/check-install.sh BUILD_DIR deb          cpack -G DEB; installed with apt-get when
#                                                     CI is set (and removed again), else
#                                                     unpacked with dpkg -x into a temporary root
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
mode=$2
work=$(mktemp -d /tmp/scorecard-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
seeds=(children-families-2022-23-q3 children-families-2019-20-q3)

fail() { echo "check-install ($mode): $*" >&2; exit 1; }

builds_the_seeds() {  # PROGRAM: builds both seeds in a fresh folder outside the source tree
  local program=$1 where
  where=$(mktemp -d "$work/run.XXXXXX")
  for s in "${seeds[@]}"; do cp "$repo/fixtures/$s.txt" "$where/"; done
  if ! (cd "$where" && env -u SCORECARD_TEMPLATES "$program" build "${seeds[@]/%/.txt}" -o out --no-history -j 2 \
          > "$where/build.log" 2>&1); then
    cat "$where/build.log" >&2
    fail "$program could not build the seeds"
  fi
  for s in "${seeds[@]}"; do
    [ -s "$where/out/$s.xlsx" ] || fail "$program wrote no $s.xlsx"
    pdftotext "$where/out/$s.pdf" "$where/$s.text" || fail "$s.pdf from $program does not open"
    grep -q "Children" "$where/$s.text" || fail "$s.pdf from $program does not read as the scorecard"
  done
  echo "check-install ($mode): $program built both seeds in $where"
}

has_installed_files() {  # PREFIX
  for f in bin/scorecard share/scorecard/templates/flat-2022-23.json share/scorecard/templates/sectioned-2019-20.json \
           share/man/man1/scorecard.1.gz; do
    [ -e "$1/$f" ] || fail "$1/$f was not installed"
  done
  [ "$(zcat "$1/share/man/man1/scorecard.1.gz" | grep -c -- '\\-\\-first\\-page')" -gt 0 ] ||
    fail "the man page lacks --first-page"
}

case $mode in
  installed)
    cmake --install "$build" --prefix "$work/prefix" > /dev/null
    has_installed_files "$work/prefix"
    mv "$work/prefix" "$work/moved"  # templates are found relative to the program, wherever it is
    builds_the_seeds "$work/moved/bin/scorecard"
    # SCORECARD_TEMPLATES names the one folder -t names are looked up in.
    mkdir "$work/own"
    sed 's/"name": *"[^"]*"/"name": "our-own"/' "$work/moved/share/scorecard/templates/flat-2022-23.json" \
      > "$work/own/our-own.json"
    (cd "$work" && SCORECARD_TEMPLATES="$work/own" "$work/moved/bin/scorecard" validate \
        "$repo/fixtures/children-families-2022-23-q3.txt" -t our-own --format json > "$work/report.json" 2> /dev/null)
    grep -q '"template": "our-own"' "$work/report.json" || fail "SCORECARD_TEMPLATES was not used"
    if (cd "$work" && SCORECARD_TEMPLATES="$work/own" "$work/moved/bin/scorecard" validate \
        "$repo/fixtures/children-families-2022-23-q3.txt" > /dev/null 2> "$work/err"); then
      fail "with SCORECARD_TEMPLATES set, a template outside it was used"
    fi
    grep -q "no template named \"flat-2022-23\" in $work/own" "$work/err" || fail "the missing template was not named"
    ;;
  copied-tree)
    mkdir "$work/copy"
    git -C "$repo" archive --format=tar HEAD | tar -x -C "$work/copy"
    cmake -S "$work/copy" -B "$work/copy/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCORECARD_TESTS=OFF > /dev/null
    cmake --build "$work/copy/build" -j"$(nproc)" > /dev/null
    cmake --install "$work/copy/build" --prefix "$work/copied-prefix" > /dev/null
    rm -rf "$work/copy"
    has_installed_files "$work/copied-prefix"
    builds_the_seeds "$work/copied-prefix/bin/scorecard"
    ;;
  deb)
    (cd "$build" && cpack -G DEB > /dev/null)
    deb=$(ls "$build"/scorecard_*.deb)
    depends=$(dpkg-deb -f "$deb" Depends)
    for font in fonts-liberation2 fonts-dejavu-core fonts-noto-core fonts-droid-fallback fonts-symbola; do
      [[ $depends == *"$font"* ]] || fail "the .deb does not depend on $font"
    done
    [[ $depends == *libxlsxwriter* && $depends == *libpodofo* ]] || fail "the .deb lacks its library dependencies"
    if [ -n "${CI:-}" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" > /dev/null
      has_installed_files /usr
      builds_the_seeds /usr/bin/scorecard
      DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq scorecard > /dev/null
    else
      dpkg-deb -x "$deb" "$work/root"
      has_installed_files "$work/root/usr"
      builds_the_seeds "$work/root/usr/bin/scorecard"
    fi
    ;;
  *) fail "mode must be installed, copied-tree or deb" ;;
esac
