"""Start-up benchmark: time from process start to the main window's first paint, and peak memory.

Runs the app (from source, or an installed build with --installed) and a bare PySide6 window (QMainWindow +
QTabWidget of labels, nothing else imported) in turns,
so both see the same machine load, and reports medians and the ratio app / bare (target: <= 1.3).

    python benchmarks/startup.py [--runs 15] [--database build/mali-war.sqlite]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "paint_probe.py"


def run_once(args: list[str]) -> tuple[float, float, float]:
    """Milliseconds from spawn to first paint and to content painted, and peak resident memory in MB.
    args: ["bare"], ["app", DATABASE] or ["installed", PROGRAM]; the app reports its own paints when
    MALI_WAR_EXIT_AFTER_PAINT=1 (desktop/startup_probe.py), from source or installed alike."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT), MALI_WAR_EXIT_AFTER_PAINT="1")
    command = {"bare": lambda: [sys.executable, str(PROBE)],
               "app": lambda: [sys.executable, "-m", "desktop", "--database", args[1]],
               "installed": lambda: [args[1]]}[args[0]]()
    start = time.time_ns()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, cwd=ROOT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not output.strip():
        raise SystemExit(f"probe {args} failed with status {process.returncode}")
    first, content = (int(n) for n in output.split()[-2:])
    return (first - start) / 1e6, (content - start) / 1e6, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--database", type=Path, default=ROOT / "build" / "mali-war.sqlite")
    parser.add_argument("--installed", metavar="PROGRAM", help="time this installed program instead of the source")
    args = parser.parse_args()
    app_args = ["installed", args.installed] if args.installed else ["app", str(args.database)]
    results: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": []}
    run_once(["bare"]), run_once(app_args)  # warm the OS file cache
    for _ in range(args.runs):
        results["bare"].append(run_once(["bare"]))
        results["app"].append(run_once(app_args))
    print(f"start-up to first paint, {args.runs} runs each, platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    medians = {}
    for name, runs in results.items():
        times, content = [t for t, _, _ in runs], [c for _, c, _ in runs]
        medians[name] = statistics.median(times)
        print(f"  {name:5} first paint median {medians[name]:7.1f} ms [{min(times):.1f}–{max(times):.1f}]"
              f"   content painted median {statistics.median(content):7.1f} ms"
              f"   peak RSS median {statistics.median(m for _, _, m in runs):6.1f} MB")
    ratio = medians["app"] / medians["bare"]
    print(f"  ratio app / bare: {ratio:.2f} (target <= 1.30) -> {'OK' if ratio <= 1.3 else 'OVER BUDGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
