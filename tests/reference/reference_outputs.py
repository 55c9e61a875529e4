#!/usr/bin/python3
"""Reference outputs: build every case of cases.txt and compare its outputs, in a form a person
can review, with the committed copy in expected/NAME/ (the habit of libxlsxwriter's and pandoc's
golden files: a change in any output is a diff someone reads).

    reference_outputs.py check NAME [--scorecard PATH]     one case; exit 1 with a diff if it differs
    reference_outputs.py regenerate [NAME...] [--scorecard PATH]   rewrite expected/ (all cases by default)

The reviewable form of each output:
  STEM.xlsx  -> xlsx/PART for every part of the zip, XML pretty-printed (2-space indent)
  STEM.pdf   -> pdf/document.qdf.txt: `qpdf --qdf --object-streams=disable` with every stream
                decoded; text streams (page contents, ToUnicode maps, XMP) as text, binary ones
                (font programs, images) as their size and SHA-256; the xref offsets left out.
                pdf/text.txt: `pdftotext -layout`; pdf/structure.txt: `pdfinfo -struct-text`;
                pdf/info.txt: `pdfinfo` without the file size.
  other      -> copied as it is (HTML, CSV)
  messages.txt: the exit code and what the build printed (the output folder named OUTDIR).

It needs qpdf and poppler-utils (installed by .ci/setup).
"""
import argparse
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXPECTED = os.path.join(HERE, "expected")
SOURCE_DATE_EPOCH = "1700000000"


def read_cases():
    cases = {}
    with open(os.path.join(HERE, "cases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, args = line.partition(":")
            cases[name.strip()] = args.split()
    return cases


def pretty_xml(data):
    try:
        text = xml.dom.minidom.parseString(data).toprettyxml(indent="  ")
    except Exception as e:  # a part that is not well-formed is itself a finding: show it raw
        return "NOT WELL-FORMED XML: %s\n%s" % (e, data.decode("utf-8", "replace"))
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def normalise_xlsx(path, out):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        with open(os.path.join(out, "xlsx", "_parts.txt"), "w", encoding="utf-8") as listing:
            listing.write("\n".join(names) + "\n")  # the order of parts in the zip
        for name in sorted(names):
            data = z.read(name)
            target = os.path.join(out, "xlsx", name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if name.endswith(".xml") or name.endswith(".rels"):
                with open(target, "w", encoding="utf-8") as f:
                    f.write(pretty_xml(data))
            else:
                with open(target + ".sha256", "w", encoding="utf-8") as f:
                    f.write("%d bytes, sha256 %s\n" % (len(data), hashlib.sha256(data).hexdigest()))


def is_text(data):
    if len(data) > 4 * 1024 * 1024:
        return False
    return all(b in (9, 10, 13) or 32 <= b < 127 for b in data) or _is_utf8_text(data)


def _is_utf8_text(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(c in "\t\n\r" or ord(c) >= 32 for c in text)


STREAM = re.compile(rb"stream\n(.*?)\nendstream", re.S)


def normalise_qdf(qdf):
    def stream(m):
        data = m.group(1)
        if is_text(data):
            return b"stream\n" + data + b"\nendstream"
        digest = hashlib.sha256(data).hexdigest()
        return b"stream\n[binary: %d bytes, sha256 %s]\nendstream" % (len(data), digest.encode())

    body = STREAM.sub(stream, qdf)
    # Byte offsets change with any change above them: keep the trailer, drop the offsets.
    body = re.sub(rb"\nxref\n.*?\ntrailer", b"\nxref [offsets omitted]\ntrailer", body, flags=re.S)
    body = re.sub(rb"\nstartxref\n\d+\n", b"\nstartxref [omitted]\n", body)
    return body.decode("utf-8", "replace")


def run(cmd):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout


def normalise_pdf(path, out):
    os.makedirs(os.path.join(out, "pdf"), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        qdf = os.path.join(tmp, "qdf.pdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "--decode-level=generalized",
                        "--deterministic-id", path, qdf], check=True)
        with open(qdf, "rb") as f:
            text = normalise_qdf(f.read())
    with open(os.path.join(out, "pdf", "document.qdf.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out, "pdf", "text.txt"), "wb") as f:
        f.write(run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"]))
    with open(os.path.join(out, "pdf", "structure.txt"), "wb") as f:
        f.write(run(["pdfinfo", "-struct-text", path]))
    info = run(["pdfinfo", "-isodates", path]).decode("utf-8", "replace")
    with open(os.path.join(out, "pdf", "info.txt"), "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in info.splitlines() if not line.startswith("File size:")))


def build_case(name, args, scorecard, into):
    """Builds the case into a fresh folder and writes its reviewable form to `into`."""
    with tempfile.TemporaryDirectory(prefix="scorecard-reference-") as outdir:
        env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
        proc = subprocess.run([scorecard, "build", *args[:1], "-o", outdir, "--no-history", *args[1:]],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if os.path.exists(into):
            shutil.rmtree(into)
        os.makedirs(os.path.join(into, "xlsx"))
        printed = (proc.stdout + proc.stderr).decode("utf-8", "replace").replace(outdir, "OUTDIR")
        with open(os.path.join(into, "messages.txt"), "w", encoding="utf-8") as f:
            f.write("exit %d\n%s" % (proc.returncode, printed))
        for entry in sorted(os.listdir(outdir)):
            path = os.path.join(outdir, entry)
            if entry.endswith(".xlsx"):
                normalise_xlsx(path, into)
            elif entry.endswith(".pdf"):
                normalise_pdf(path, into)
            elif os.path.isfile(path):
                shutil.copyfile(path, os.path.join(into, entry))


def tree(folder):
    files = {}
    for base, _, names in os.walk(folder):
        for n in names:
            full = os.path.join(base, n)
            files[os.path.relpath(full, folder)] = full
    return files


def compare(expected, actual, name):
    want, got = tree(expected), tree(actual)
    problems = []
    for rel in sorted(set(want) | set(got)):
        if rel not in got:
            problems.append("%s: missing from the build (expected/%s/%s)\n" % (name, name, rel))
        elif rel not in want:
            problems.append("%s: new output %s has no reference\n" % (name, rel))
        else:
            with open(want[rel], encoding="utf-8", errors="replace") as a, \
                    open(got[rel], encoding="utf-8", errors="replace") as b:
                diff = list(difflib.unified_diff(a.readlines(), b.readlines(), "expected/%s/%s" % (name, rel),
                                                 "built/%s/%s" % (name, rel), n=2))
            if diff:
                shown = diff[:80] + (["... %d more diff lines\n" % (len(diff) - 80)] if len(diff) > 80 else [])
                problems.append("".join(shown))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["check", "regenerate"])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--scorecard", default=os.path.join(ROOT, "build", "scorecard"))
    opts = parser.parse_args()
    for tool in ("qpdf", "pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            print("reference outputs need %s (poppler-utils, qpdf): run bash .ci/setup" % tool, file=sys.stderr)
            return 2
    cases = read_cases()
    names = opts.names or list(cases)
    unknown = [n for n in names if n not in cases]
    if unknown:
        print("unknown case(s): %s (see tests/reference/cases.txt)" % ", ".join(unknown), file=sys.stderr)
        return 2
    scorecard = os.path.abspath(opts.scorecard)
    if opts.command == "regenerate":
        for n in names:
            build_case(n, cases[n], scorecard, os.path.join(EXPECTED, n))
            print("regenerated tests/reference/expected/%s" % n)
        return 0
    failed = False
    with tempfile.TemporaryDirectory(prefix="scorecard-reference-check-") as tmp:
        for n in names:
            built = os.path.join(tmp, n)
            build_case(n, cases[n], scorecard, built)
            problems = compare(os.path.join(EXPECTED, n), built, n)
            if problems:
                failed = True
                sys.stdout.write("".join(problems))
                print("%s: the outputs differ from tests/reference/expected/%s. If the change is intended, run\n"
                      "  python3 tests/reference/reference_outputs.py regenerate %s\nand commit the diff." % (n, n, n))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
