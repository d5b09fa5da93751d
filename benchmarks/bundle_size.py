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
HELLO_SPEC = '''
import re, sys
sys.path.insert(0, {root!r})
SPEC = {spec!r}
namespace = {{"SPECPATH": {root!r}}}
exec(compile(open(SPEC).read().split("a = Analysis(")[0], SPEC, "exec"), namespace)
a = Analysis([{script!r}], excludes=namespace["EXCLUDES"])
a.binaries = [b for b in a.binaries if not namespace["DROP"].search(b[0].replace("\\\\", "/"))]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="Hello", console=False, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, name="Hello", upx=False)
'''


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def build(spec: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work")], cwd=ROOT, check=True)


def startup(executable: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MAILWIZARD_EXIT_WHEN_SHOWN": "1", "HOME": home,
                   "XDG_DATA_HOME": home}
            start = time.perf_counter()
            process = subprocess.Popen([str(executable)], stdout=subprocess.PIPE, env=env, text=True)
            line = process.stdout.readline()
            times.append(time.perf_counter() - start)
            process.wait(30)
            assert line.strip() == "shown", f"{executable.name} did not show its window"
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "hello.py").write_text(HELLO)
        (tmp / "hello.spec").write_text(HELLO_SPEC.format(root=str(ROOT), spec=str(ROOT / "build.spec"),
                                                          script=str(tmp / "hello.py")))
        build(tmp / "hello.spec", tmp / "hello")
        build(ROOT / "build.spec", tmp / "app")
        hello, app = tmp / "hello" / "dist" / "Hello", tmp / "app" / "dist" / "MailWizard"
        exe = ".exe" if sys.platform == "win32" else ""
        hello_mb, app_mb = size_mb(hello), size_mb(app)
        hello_s, app_s = startup(hello / f"Hello{exe}"), startup(app / f"MailWizard{exe}")
    print(f"MailWizard {app_mb:.0f} MB, hello window {hello_mb:.0f} MB; first window after {app_s * 1000:.0f} ms "
          f"vs {hello_s * 1000:.0f} ms")
    print(json.dumps({"benchmark": "bundle_size", "size_mb": round(app_mb, 1), "baseline_mb": round(hello_mb, 1),
                      "ratio": round(app_mb / hello_mb, 3), "startup_s": round(app_s, 3),
                      "baseline_startup_s": round(hello_s, 3), "startup_ratio": round(app_s / hello_s, 3),
                      "target_ratio": 1.3, "target_startup_ratio": 1.5}))


if __name__ == "__main__":
    main()
