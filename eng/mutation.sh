#!/usr/bin/env bash
# Mutation testing with Stryker.NET on the gap (incl. privacy), evaluation and wheel code.
# Usage: eng/mutation.sh [FOLDER...]      FOLDER one of Gaps, Evaluation, Wheel (default: all three)
# Runs one Stryker pass per folder, so a small machine can measure one folder at a time; each pass
# writes its reports under artifacts/mutation/FOLDER/. Not part of CI: it takes long.
# Each pass runs only the tests of the same folder (tests/ReKs.Competence.Tests/FOLDER), which keeps the initial test run
# and every mutant's run short; a mutant only another folder's tests would kill counts as survived, so the score is a
# lower bound. STRYKER_ALL_TESTS=1 runs the whole suite instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
concurrency="${STRYKER_CONCURRENCY:-1}"
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then folders=(Gaps Evaluation Wheel); fi
for folder in "${folders[@]}"; do
  case "$folder" in
    Gaps|Evaluation|Wheel) ;;
    *) echo "unknown folder '$folder' (expected Gaps, Evaluation or Wheel)" >&2; exit 2 ;;
  esac
  out="$root/artifacts/mutation/$folder"
  rm -rf "$out"
  mkdir -p "$out"
  filter=()
  if [ "${STRYKER_ALL_TESTS:-0}" != 1 ]; then filter=(--test-case-filter "FullyQualifiedName~ReKs.Competence.Tests.$folder."); fi
  echo "== Stryker on src/ReKs.Competence/$folder (concurrency $concurrency)"
  (cd tests/ReKs.Competence.Tests &&
    dotnet stryker --config-file stryker-config.json \
      --mutate "**/$folder/**/*.cs" "${filter[@]}" \
      --concurrency "$concurrency" \
      --output "$out")
done
