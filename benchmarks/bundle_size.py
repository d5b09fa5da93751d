"""The bundle: its size and start-up time against a minimal PySide6 "hello window" bundle built in the
same run with the same PyInstaller and the same options. Run: python benchmarks/bundle_size.py
(after the test install). Targets: size ratio <= 1.3, start-up ratio <= 1.5."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELLO = '''
import os, sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("hello")
label.show()
app.processEvents()  # its first frame painted: the moment MailWizard reports too (MAILWIZARD_EXIT_WHEN_SHOWN)
print("shown", flush=True)
'''
# Not a target, a reference for reading the start-up ratio: the same kind of first window as MailWizard's
# (menus, a step sidebar, a form and a 13 x 9 comparison table in Fusion, 1240 x 800) with no data, no
# state and no logic behind it. What MailWizard takes beyond this is its own start-up work.
REFERENCE = '''
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QMainWindow, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
app = QApplication([*sys.argv[:1], "-style", "Fusion"])
window = QMainWindow()
for title in ("&File", "&Language", "&Help"):
    window.menuBar().addMenu(title).addAction("Action")
sidebar = QListWidget()
sidebar.setFixedWidth(200)
sidebar.addItems([f"{n}. Step {n}" for n in range(1, 7)])
page = QWidget()
form = QFormLayout()
form.addRow("People", QSpinBox())
form.addRow("Region", QComboBox())
table = QTableWidget(13, 9)
table.setHorizontalHeaderLabels([f"Column {c}" for c in range(9)])
for row in range(13):
    for column in range(9):
        table.setItem(row, column, QTableWidgetItem(f"Provider {row}\\nPlan {column}"))
table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
table.resizeRowsToContents()
title = QLabel("<h2>Choose a provider</h2>")
title.setAlignment(Qt.AlignmentFlag.AlignLeft)
column = QVBoxLayout(page)
column.addWidget(title)
column.addLayout(form)
column.addWidget(table)
buttons = QHBoxLayout()
buttons.addStretch(1)
buttons.addWidget(QPushButton("Next >"))
column.addLayout(buttons)
central = QWidget()
row = QHBoxLayout(central)
row.addWidget(sidebar)
row.addWidget(page, 1)
window.setCentralWidget(central)
window.resize(1240, 800)
window.show()
app.processEvents()
print("shown", flush=True)
'''
HELLO_SPEC = '''
import re, sys
sys.path.insert(0, {root!r})
SPEC = {spec!r}
namespace = {{"SPECPATH": {root!r}, "DISTPATH": DISTPATH, "workpath": workpath}}  # what build.spec's prelude reads
exec(compile(open(SPEC).read().split("a = Analysis(")[0], SPEC, "exec"), namespace)
a = Analysis([{script!r}], excludes=namespace["EXCLUDES"])
a.binaries = [b for b in a.binaries if not namespace["DROP"].search(b[0].replace("\\\\", "/"))]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console=False, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, name={name!r}, upx=False)
'''


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def build(spec: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work")], cwd=ROOT, check=True)


def first_frame(executable: Path) -> float:
    """Seconds from starting the executable to its first frame (its "shown" line), in a fresh home."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MAILWIZARD_EXIT_WHEN_SHOWN": "1", "HOME": home,
               "XDG_DATA_HOME": home}
        start = time.perf_counter()
        process = subprocess.Popen([str(executable)], stdout=subprocess.PIPE, env=env, text=True)
        watchdog = threading.Timer(60, process.kill)  # a start that hangs (a crash dialog) fails, not blocks
        watchdog.start()
        try:
            line = process.stdout.readline()
            elapsed = time.perf_counter() - start
            process.wait(30)
        finally:
            watchdog.cancel()
        assert line.strip() == "shown", f"{executable.name} did not show its window (see its log)"
    return elapsed


def startup(executables: list[Path], rounds: int = 9) -> list[float]:
    """The median first-frame time of each executable. The runs are interleaved (a, b, c, a, b, c, …) so that
    load from other work on the machine falls on all of them alike instead of on whichever ran during it;
    one untimed round first warms the file cache for each."""
    for executable in executables:
        first_frame(executable)
    times: list[list[float]] = [[] for _ in executables]
    for _ in range(rounds):
        for index, executable in enumerate(executables):
            times[index].append(first_frame(executable))
    for executable, each in zip(executables, times, strict=True):
        print(f"{executable.name}: " + " ".join(f"{t * 1000:.0f}" for t in each) + " ms")
    return [statistics.median(each) for each in times]


def build_script(tmp: Path, name: str, source: str) -> Path:
    """A bundle of one script, with build.spec's exclusions, built like MailWizard's."""
    (tmp / f"{name}.py").write_text(source)
    (tmp / f"{name}.spec").write_text(HELLO_SPEC.format(root=str(ROOT), spec=str(ROOT / "build.spec"),
                                                        script=str(tmp / f"{name}.py"), name=name))
    build(tmp / f"{name}.spec", tmp / name)
    return tmp / name / "dist" / name


def main() -> None:
    exe = ".exe" if sys.platform == "win32" else ""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        hello = build_script(tmp, "Hello", HELLO)
        reference = build_script(tmp, "Reference", REFERENCE)
        build(ROOT / "build.spec", tmp / "app")
        app = tmp / "app" / "dist" / "MailWizard"
        hello_mb, app_mb = size_mb(hello), size_mb(app)
        hello_s, app_s, reference_s = startup([hello / f"Hello{exe}", app / f"MailWizard{exe}",
                                               reference / f"Reference{exe}"])
    print(f"MailWizard {app_mb:.0f} MB, hello window {hello_mb:.0f} MB; first window after {app_s * 1000:.0f} ms "
          f"vs {hello_s * 1000:.0f} ms (a bare window of the same shape: {reference_s * 1000:.0f} ms)")
    print(json.dumps({"benchmark": "bundle_size", "size_mb": round(app_mb, 1), "baseline_mb": round(hello_mb, 1),
                      "ratio": round(app_mb / hello_mb, 3), "startup_s": round(app_s, 3),
                      "baseline_startup_s": round(hello_s, 3), "startup_ratio": round(app_s / hello_s, 3),
                      "reference_window_startup_s": round(reference_s, 3),
                      "startup_ratio_to_reference_window": round(app_s / reference_s, 3),
                      "target_ratio": 1.3, "target_startup_ratio": 1.5}))

if __name__ == "__main__":
    main()
