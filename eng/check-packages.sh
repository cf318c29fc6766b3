#!/usr/bin/env bash
# Checks what `dotnet pack` produced, as a NuGet user will meet it: each package has its symbols package, license
# expression, README, tags, description and repository metadata (URL and the commit built); each library carries its
# XML documentation; the notebook package carries its kernel extension script; each symbols package's PDB holds a
# SourceLink map to the repository URL at that commit.
# Usage: eng/check-packages.sh [PACKAGES_DIR]     (default artifacts/packages)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages="$(cd "${1:-$root/artifacts/packages}" && pwd)"
repository=$(dotnet msbuild "$root/src/ReKs.Competence/ReKs.Competence.csproj" -getProperty:RepositoryUrl)
commit=$(git -C "$root" rev-parse HEAD 2>/dev/null || true)
raw="raw.githubusercontent.com/${repository#https://github.com/}"
failures=0
fail() { echo "FAIL $1: $2" >&2; failures=$((failures + 1)); }
check() {
  local id="$1" kind="$2"
  local nupkg snupkg nuspec
  nupkg=$(ls "$packages"/"$id".[0-9]*.nupkg 2>/dev/null | head -n 1 || true)
  if [ -z "$nupkg" ]; then fail "$id" "no package"; return; fi
  snupkg="${nupkg%.nupkg}.snupkg"
  [ -s "$snupkg" ] || fail "$id" "no symbols package (.snupkg)"
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$id" "no MIT license expression"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$id" "no README"
  unzip -l "$nupkg" README.md >/dev/null 2>&1 || fail "$id" "README.md not in the package"
  grep -q '<tags>[^<]' <<<"$nuspec" || fail "$id" "no tags"
  grep -q '<description>[^<]' <<<"$nuspec" || fail "$id" "no description"
  grep -q "<repository type=\"git\" url=\"$repository\"" <<<"$nuspec" || fail "$id" "repository URL is not $repository"
  if [ -n "$commit" ]; then grep -q "commit=\"$commit\"" <<<"$nuspec" || fail "$id" "repository commit is not $commit"; fi
  if [ "$kind" = library ]; then
    unzip -l "$nupkg" "lib/net10.0/$id.dll" >/dev/null 2>&1 || fail "$id" "no lib/net10.0/$id.dll"
    unzip -l "$nupkg" "lib/net10.0/$id.xml" >/dev/null 2>&1 || fail "$id" "no XML documentation"
  fi
  if [ -s "$snupkg" ]; then
    local pdb
    pdb=$(unzip -Z1 "$snupkg" | grep '\.pdb$' || true)
    pdb=${pdb%%$'\n'*}
    if [ -z "$pdb" ]; then fail "$id" "no PDB in the symbols package"
    elif ! unzip -p "$snupkg" "$pdb" | grep -a -c "$raw/${commit:-}" >/dev/null; then fail "$id" "the PDB's SourceLink does not point at $raw/${commit:-<commit>}"; fi
  fi
  echo "ok   $id ($(basename "$nupkg"))"
}
check ReKs.Competence library
check ReKs.Competence.ICalendar library
check ReKs.Competence.Reporting library
check ReKs.Competence.Interactive library
# The notebook package loads itself: .NET Interactive runs interactive-extensions/dotnet/extension.dib of a package a
# notebook references, and that script registers the formatters.
interactive=$(ls "$packages"/ReKs.Competence.Interactive.[0-9]*.nupkg 2>/dev/null | head -n 1 || true)
if [ -n "$interactive" ] && ! unzip -p "$interactive" interactive-extensions/dotnet/extension.dib 2>/dev/null | grep -q 'ReksFormatters.Register()'; then
  fail ReKs.Competence.Interactive "no interactive-extensions/dotnet/extension.dib that registers the formatters"
fi
check ReKs.Competence.Tool tool
[ "$failures" -eq 0 ] || { echo "$failures package problem(s)" >&2; exit 1; }
