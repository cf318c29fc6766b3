#!/usr/bin/env python3
"""Reprints the national-scale table of docs/performance.md from BenchmarkDotNet's CSV reports.

Usage: python3 eng/performance-table.py [RESULTS_FOLDER]
RESULTS_FOLDER defaults to BenchmarkDotNet.Artifacts/results (where a run such as
`dotnet run -c Release --project benchmarks/ReKs.Competence.Benchmarks -- --filter '*National*' '*PartialMerge*' --job short`
writes them). Ratios are only meaningful between rows of one run.
"""
import csv
import glob
import os
import re
import sys

UNITS = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}
BYTES = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def seconds(cell):
    m = re.match(r"([\d,.]+)\s*(ns|us|μs|ms|s)$", cell.strip())
    return float(m.group(1).replace(",", "")) * UNITS[m.group(2)] if m else None


def size(cell):
    m = re.match(r"([\d,.]+)\s*(B|KB|MB|GB)$", cell.strip())
    return float(m.group(1).replace(",", "")) * BYTES[m.group(2)] if m else None


def time_text(s):
    if s is None:
        return "—"
    for unit, f in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if s >= f:
            return f"{s / f:.3g} {unit}"
    return f"{s / 1e-9:.3g} ns"


def bytes_text(b):
    if b is None:
        return "—"
    for unit in ("GB", "MB", "KB"):
        if b >= BYTES[unit]:
            return f"{b / BYTES[unit]:.3g} {unit}"
    return f"{b:.0f} B"


def rows(folder, name):
    out = []
    for path in glob.glob(os.path.join(folder, f"*{name}-report.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            out.extend(csv.DictReader(f))
    return out


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join("BenchmarkDotNet.Artifacts", "results")
    gap = rows(folder, "NationalGapBenchmarks")
    if gap:
        by = {}
        for r in gap:
            by.setdefault(int(r["Divisor"]), {})[r["Method"]] = r
        print("| share of the nation | naive LINQ | DuckDB (query) | floor (1 thread) | Analyse | Analyse, 1 thread | Analyse ÷ floor | naive ÷ Analyse | DuckDB ÷ Analyse | Analyse allocated |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for d in sorted(by, reverse=True):
            m = by[d]
            t = {k: seconds(v["Mean"]) for k, v in m.items()}
            a = t.get("Analyse")

            def ratio(x, y):
                return f"{x / y:.2f}" if x and y else "—"

            print(f"| 1/{d} | {time_text(t.get('NaiveLinq'))} | {time_text(t.get('DuckDb'))} | {time_text(t.get('Floor'))} | {time_text(a)} | "
                  f"{time_text(t.get('AnalyseSequential'))} | {ratio(a, t.get('Floor'))} | {ratio(t.get('NaiveLinq'), a)} | {ratio(t.get('DuckDb'), a)} | "
                  f"{bytes_text(size(m['Analyse']['Allocated'])) if 'Analyse' in m else '—'} |")
        print()
    whatif = rows(folder, "NationalWhatIfBenchmarks")
    if whatif:
        print("| share of the nation | what-if | mean | allocated |")
        print("|---|---|---:|---:|")
        for r in sorted(whatif, key=lambda r: (-int(r["Divisor"]), r["Method"])):
            print(f"| 1/{r['Divisor']} | {r['Method']} | {time_text(seconds(r['Mean']))} | {bytes_text(size(r['Allocated']))} |")
        print()
    merge = rows(folder, "PartialMergeBenchmarks")
    if merge:
        print("| merging the 357 municipal partials | mean | allocated |")
        print("|---|---:|---:|")
        for r in merge:
            print(f"| {r['Method']} | {time_text(seconds(r['Mean']))} | {bytes_text(size(r['Allocated']))} |")
    if not (gap or whatif or merge):
        sys.exit(f"No national-scale reports in {folder}.")


if __name__ == "__main__":
    main()
