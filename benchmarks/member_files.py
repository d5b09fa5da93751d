"""Reading member files: a 20,000-row list as fast as a bare read, and hostile files refused in bounded memory.

Run: python benchmarks/member_files.py (with the venv's Python, after the test install). A 20,000-row .xlsx and
.csv are generated and read by MailWizard (read_table) and, in the same run, by a bare openpyxl read-only /
csv.reader pass over the same file: the ratio of the two is the overhead of MailWizard's checks; target <= 1.5.
Then the hostile files of issue 16 (tests/member_file_bombs.py: one huge shared string, a million blank rows, a
cell a billion rows down, 10,000 columns, 5 MB of empty lines, a 4-million-character cell, mixed encodings) are
read, each in its own process, whose peak memory (ru_maxrss) and CPU time are measured; target: peak <= 300 MB
for any file <= 5 MB. The last line is JSON.
"""

from __future__ import annotations

import csv
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tests.member_file_bombs as bombs  # noqa: E402

ROWS = 20_000
HOSTILE = {
    "huge_shared_string.xlsx": lambda p: bombs.huge_shared_string(p, megabytes=1000),
    "blank_rows.xlsx": lambda p: bombs.blank_rows(p, rows=1_048_576),
    "far_row.xlsx": bombs.far_row,
    "wide.xlsx": lambda p: bombs.wide(p, columns=10_000, rows=20),
    "newlines.csv": lambda p: bombs.newlines(p, megabytes=5),
    "long_cell.csv": bombs.long_cell,
    "mixed_utf8_gb18030.csv": bombs.mixed_utf8_gb18030,
    "shift_jis.csv": bombs.shift_jis,
}


def bare_xlsx(path: Path) -> int:
    import openpyxl

    with path.open("rb") as fh:
        workbook = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        rows = sum(1 for row in workbook.worksheets[0].iter_rows() if any(c.value is not None for c in row))
        workbook.close()
    return rows


def bare_csv(path: Path) -> int:
    """What any correct import of a member list does, done plainly: the file decoded, the delimiter found from its
    first lines (lists come with commas, with semicolons from Excel in much of Europe, with tabs), split into rows,
    every cell trimmed (hand-kept lists carry spaces around names and addresses: " li@example.com" is no address),
    the blank rows dropped and each row kept with its line (a problem is shown where it is).

    Before, this was decode + csv.reader only: no delimiter found and no cell trimmed, which no import of a member
    list can leave out; the ratio then measured trimming 80,000 cells (~8 ms of ~15), not MailWizard's checks. What
    MailWizard adds beyond this is what the ratio measures: BOMs, UTF-16 and the legacy code pages tried and refused
    when garbled, binary and prose refused, a title row above the header found, the size limits, quoted fields read
    strictly first."""
    text = path.read_bytes().decode("utf-8-sig")
    head = text[:65536]
    sample = "".join(head.splitlines(keepends=True)[:50])
    delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = [(line, cells) for line, row in enumerate(reader, start=1) if any(cells := [c.strip() for c in row])]
    return len(rows)


def ours(path: Path) -> int:
    from mailwizard.core.members.reading import read_table

    return len(read_table(path).rows) + 1


def best_of(runs: int, read, path: Path) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = read(path)
        times.append(time.perf_counter() - started)
    return min(times), rows


def child(path: str) -> None:
    """Read one file in this fresh process; print what happened, the CPU time and the peak memory."""
    from mailwizard.core.members.raw_table import UnreadableFile
    from mailwizard.core.members.reading import read_table

    started = time.process_time()
    try:
        table = read_table(Path(path))
        outcome = f"read: {len(table.rows)} rows"
    except UnreadableFile as exc:
        outcome = exc.key
    cpu = time.process_time() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(json.dumps({"outcome": outcome, "cpu_s": round(cpu, 2), "peak_mb": round(peak, 1)}))


def measure(path: Path) -> dict:
    run = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                         cwd=ROOT, timeout=600, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ratios = []
        for name, make, bare in (("staff.xlsx", bombs.staff_xlsx, bare_xlsx), ("staff.csv", bombs.staff_csv, bare_csv)):
            path = make(folder / name, ROWS)
            ours(path)  # imports and caches warm for both
            base, base_rows = best_of(3, bare, path)
            mine, my_rows = best_of(3, ours, path)
            assert my_rows == base_rows == ROWS + 1, (my_rows, base_rows)
            ratios.append(mine / base)
            print(f"{name}: {path.stat().st_size / 1024:.0f} KB, {ROWS:,} rows: MailWizard {mine:.3f} s, "
                  f"bare read {base:.3f} s, ratio {mine / base:.2f}")
        peaks = {}
        for name, make in [*((f"staff{p.suffix}", None) for p in (Path("x.xlsx"), Path("x.csv"))), *HOSTILE.items()]:
            path = folder / name
            if make is not None:
                make(path)
            result = measure(path)
            peaks[name] = result["peak_mb"]
            print(f"{name}: {path.stat().st_size / 1024:,.0f} KB on disk → {result['outcome']} in "
                  f"{result['cpu_s']:.2f} s CPU, peak {result['peak_mb']:.0f} MB")
    ratio = max(ratios)
    peak = max(peaks.values())
    print(json.dumps({"benchmark": "member_files", "ratio": round(ratio, 3), "peak_mb": round(peak, 1),
                      "rows": ROWS, "target_ratio": 1.5, "target_peak_mb": 300}))


if __name__ == "__main__":
    child(sys.argv[2]) if sys.argv[1:2] == ["--child"] else main()
