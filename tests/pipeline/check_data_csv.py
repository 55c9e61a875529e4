"""Reads a build's CSV of the Data table back with Python's csv module, as a reader's script
would, and checks it against the workbook's Data sheet read with openpyxl; then checks that the
web page's links state the type and the size of the files actually written.

usage: check_data_csv.py STEM
STEM: the build's outputs without extension (STEM.xlsx, STEM-data.csv, STEM.html).
Prints one line per check passed; exits 1 naming the first check that failed."""
import csv
import datetime
import html.parser
import io
import os
import sys

import openpyxl

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def fail(message):
    print("FAILED: " + message)
    sys.exit(1)


def data_sheet(path):
    sheet = openpyxl.load_workbook(path)["Data"]
    table = sheet.tables["ScorecardData"]
    return [[cell.value for cell in row] for row in sheet[table.ref]]


def read_csv(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        fail("the CSV does not start with the UTF-8 byte-order mark")
    text = raw[3:].decode("utf-8")  # strict: not UTF-8 fails here
    if not text.endswith("\r\n"):
        fail("the CSV's last record does not end with CR LF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    # RFC 4180: every record ends with CR LF; a line feed alone appears only inside quotes.
    records = len(rows)
    if text.count("\r\n") < records:
        fail("%d records but only %d CR LF" % (records, text.count("\r\n")))
    return rows


def same(sheet_value, field, where):
    if isinstance(sheet_value, bool):
        expected = "TRUE" if sheet_value else "FALSE"
        if field != expected:
            fail("%s: the sheet has %r, the CSV %r" % (where, sheet_value, field))
        return "boolean"
    if isinstance(sheet_value, datetime.datetime):
        if field != sheet_value.date().isoformat():
            fail("%s: the sheet has the date %s, the CSV %r" % (where, sheet_value.date(), field))
        return "date"
    if isinstance(sheet_value, (int, float)):
        try:
            number = float(field)
        except ValueError:
            fail("%s: the sheet has the number %r, the CSV the text %r" % (where, sheet_value, field))
        if number != sheet_value:
            fail("%s: the sheet has %r, the CSV %r" % (where, sheet_value, field))
        return "number"
    text = "" if sheet_value is None else str(sheet_value)
    expected = "'" + text if text.startswith(FORMULA_STARTS) else text
    if field != expected:
        fail("%s: the sheet has the text %r, the CSV %r" % (where, text, field))
    return "guarded" if expected != text else "text"


def compare(stem):
    sheet = data_sheet(stem + ".xlsx")
    rows = read_csv(stem + "-data.csv")
    if len(rows) != len(sheet):
        fail("the CSV has %d records, the Data table %d rows" % (len(rows), len(sheet)))
    counts = {}
    for r, (sheet_row, record) in enumerate(zip(sheet, rows)):
        if len(record) != len(sheet_row):
            fail("record %d has %d fields, the table's row %d cells" % (r + 1, len(record), len(sheet_row)))
        for c, (value, field) in enumerate(zip(sheet_row, record)):
            kind = same(value, field, "record %d, column %r" % (r + 1, sheet[0][c]))
            counts[kind] = counts.get(kind, 0) + 1
    print("csv: %d records of %d fields read back as the Data sheet holds them (%s)" %
          (len(rows), len(rows[0]), ", ".join("%d %s" % (n, k) for k, n in sorted(counts.items()))))


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self._href, self._text = [], None, ""

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href, self._text = dict(attrs).get("href"), ""

    def handle_data(self, data):
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, self._text))
            self._href = None


def size_words(size):
    """How the page states a size: bytes below 1 KB, whole KB (rounded up) below 1 MB, else MB."""
    if size < 1024:
        return "%d byte%s" % (size, "" if size == 1 else "s")
    if size < 1024 * 1024:
        return "%d KB" % ((size + 1023) // 1024)
    return "%.1f MB" % (size / (1024.0 * 1024.0))


def links(stem):
    parser = Links()
    parser.feed(open(stem + ".html", encoding="utf-8").read())
    folder = os.path.dirname(stem)
    wanted = {".xlsx": "Excel workbook", ".pdf": "PDF document", "-data.csv": "CSV file"}
    found = []
    for href, text in parser.links:
        for suffix, kind in wanted.items():
            if href == os.path.basename(stem) + suffix:
                size = os.path.getsize(os.path.join(folder, href))
                expected = "(%s, %s)" % (kind, size_words(size))
                if not text.endswith(expected):
                    fail("the link to %s says %r; the file written is %s" % (href, text, expected))
                found.append("%s %s" % (suffix, size_words(size)))
    if len(found) != len(wanted):
        fail("the page links to %s; expected all of %s" % (found, list(wanted)))
    print("links: %s, each the size of the file written" % ", ".join(found))


if __name__ == "__main__":
    compare(sys.argv[1])
    links(sys.argv[1])
