#!/usr/bin/env bash
# Fuzz one reader with AFL++ and SharpFuzz for a set time.
# Usage: eng/fuzz.sh TARGET SECONDS      TARGET one of plan, wheel, evaluation, jsonstat, csv
# Installs what it needs (the local dotnet tools, afl++ from the distribution), builds the harness
# tests/ReKs.Competence.Fuzz, instruments the library (and, for csv, the tool) with sharpfuzz, seeds from
# docs/examples and the test corpora, runs afl-fuzz for SECONDS and copies every crash and hang into the
# regression corpus tests/ReKs.Competence.Tests/Fuzz/Corpus/TARGET (csv: tests/ReKs.Competence.Cli.Tests/Fuzz/Corpus),
# which `dotnet test` replays. Work files go to artifacts/fuzz/TARGET. Not part of CI: it takes long.
set -euo pipefail
target="${1:?usage: eng/fuzz.sh TARGET SECONDS}"
seconds="${2:?usage: eng/fuzz.sh TARGET SECONDS}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$target" in
  plan|wheel|evaluation|jsonstat) corpus="$root/tests/ReKs.Competence.Tests/Fuzz/Corpus/$target"; ext=json ;;
  csv) corpus="$root/tests/ReKs.Competence.Cli.Tests/Fuzz/Corpus/csv"; ext=txt ;;
  *) echo "unknown target '$target' (expected plan, wheel, evaluation, jsonstat or csv)" >&2; exit 2 ;;
esac

if ! command -v afl-fuzz >/dev/null; then
  echo "== installing afl++"
  apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
fi
dotnet tool restore >/dev/null

work="$root/artifacts/fuzz/$target"
bin="$work/bin"
rm -rf "$work"
mkdir -p "$bin" "$work/in" "$corpus"

echo "== building and instrumenting the harness"
dotnet publish tests/ReKs.Competence.Fuzz -c Release -o "$bin" --nologo -v quiet >/dev/null
dotnet sharpfuzz "$bin/ReKs.Competence.dll"
if [ "$target" = csv ]; then dotnet sharpfuzz "$bin/reks.dll"; fi

echo "== seeding"
seed() { [ -f "$1" ] && [ "$(stat -c %s "$1")" -le 65536 ] && cp "$1" "$work/in/$(basename "$(dirname "$1")")-$(basename "$1")" || true; }
case "$target" in
  plan)
    for f in docs/examples/bodo-hverdagsrehabilitering.json tests/ReKs.Competence.Tests/Serialization/Corpus/*.json; do seed "$f"; done ;;
  wheel)
    for f in docs/examples/*wheel*.json; do seed "$f"; done ;;
  evaluation)
    for f in docs/examples/*.evaluation.json; do seed "$f"; done ;;
  jsonstat)
    for f in tests/ReKs.Competence.Tests/Evaluation/Samples/*.json; do seed "$f"; done ;;
  csv)
    # One input holds the six files of an export, in the harness's order, separated by a form feed.
    for dir in tests/ReKs.Competence.Cli.Tests/Import/Broken/*/ tests/ReKs.Competence.Cli.Tests/Import/Data/*/; do
      out="$work/in/$(basename "$dir").txt"
      first=1
      for f in organisation competences goals people holdings requirements; do
        if [ $first -eq 0 ]; then printf '\f' >> "$out"; fi
        first=0
        if [ -f "$dir/$f.csv" ]; then cat "$dir/$f.csv" >> "$out"; fi
      done
      [ "$(stat -c %s "$out")" -le 65536 ] || rm "$out"
    done ;;
esac
for f in "$corpus"/*; do [ -f "$f" ] && cp "$f" "$work/in/"; done
ls "$work/in" | sed 's/^/   /'

dict=()
for d in /usr/share/doc/afl++-doc/afl/dictionaries/json.dict /usr/share/afl/dictionaries/json.dict; do
  if [ "$target" != csv ] && [ -f "$d" ]; then dict=(-x "$d"); break; fi
done

echo "== afl-fuzz on $target for ${seconds}s"
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
afl-fuzz -V "$seconds" -t 10000 -m none -i "$work/in" -o "$work/out" "${dict[@]}" -- \
  dotnet "$bin/ReKs.Competence.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || {
    echo "afl-fuzz failed; the end of its log:" >&2; tail -30 "$work/afl.log" >&2; exit 1; }

stats="$work/out/default/fuzzer_stats"
get() { sed -n "s/^$1 *: *//p" "$stats"; }
echo "== $target: $(get execs_done) executions in $(get run_time)s, $(get execs_per_sec) exec/s, $(get corpus_count) paths," \
  "$(get saved_crashes) crashes, $(get saved_hangs) hangs"

found=0
for f in "$work/out/default/crashes"/id:* "$work/out/default/hangs"/id:*; do
  [ -f "$f" ] || continue
  kind="$(basename "$(dirname "$f")")"
  name="fuzz-$kind-$(sha1sum "$f" | cut -c1-12).$ext"
  cp "$f" "$corpus/$name"
  found=$((found + 1))
  echo "   finding -> ${corpus#"$root"/}/$name"
done
if [ $found -gt 0 ]; then
  echo "== replaying the findings (uninstrumented)"
  dotnet build tests/ReKs.Competence.Fuzz -c Release --nologo -v quiet >/dev/null
  dotnet tests/ReKs.Competence.Fuzz/bin/Release/net10.0/ReKs.Competence.Fuzz.dll "$target" --replay "$corpus"/fuzz-* || true
fi
