#!/usr/bin/env bash
# Runs every docs/scripts/*.cs file-based program from the repository root, as a reader would
# (`dotnet run docs/scripts/NAME.cs`), and checks its output: exit code 0, and each `// expect: TEXT` line of the
# script's header found in what it printed. Output is kept in artifacts/doc-scripts/NAME.txt.
# Usage: eng/run-doc-scripts.sh [docs/scripts/NAME.cs ...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts=("$@")
[ ${#scripts[@]} -gt 0 ] || scripts=(docs/scripts/*.cs)
mkdir -p artifacts/doc-scripts
failures=0
for script in "${scripts[@]}"; do
  name=$(basename "$script" .cs)
  out="artifacts/doc-scripts/$name.txt"
  echo "== $script"
  if ! dotnet run "$script" > "$out" 2>&1; then
    cat "$out"; echo "FAIL $script: exit code not 0" >&2; failures=$((failures + 1)); continue
  fi
  expectations=$(sed -n 's|^// expect: ||p' "$script")
  if [ -z "$expectations" ]; then echo "FAIL $script: no '// expect:' line in its header" >&2; failures=$((failures + 1)); continue; fi
  while IFS= read -r expected; do
    grep -qF -- "$expected" "$out" || { cat "$out"; echo "FAIL $script: output lacks '$expected'" >&2; failures=$((failures + 1)); }
  done <<<"$expectations"
  tail -n 3 "$out"
done
[ "$failures" -eq 0 ] || { echo "$failures doc script failure(s)" >&2; exit 1; }
