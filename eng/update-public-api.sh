#!/usr/bin/env bash
# Declares new public API: builds each shipping project and appends every symbol that RS0016 reports
# to that project's PublicAPI.Unshipped.txt (RS0017 removals are listed for a person to decide).
# Usage: eng/update-public-api.sh [project.csproj ...]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(find src -name '*.csproj' | sort)
for proj in "${projects[@]}"; do
  dir=$(dirname "$proj")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  for _ in 1 2 3; do
    out=$(dotnet build "$proj" --no-incremental 2>&1 || true)
    added=$(printf '%s\n' "$out" | grep -F "$dir/" | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
    [ -n "$added" ] || break
    printf '%s\n' "$added" >> "$dir/PublicAPI.Unshipped.txt"
    { head -n1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | sort -u; } > "$dir/PublicAPI.tmp" && mv "$dir/PublicAPI.tmp" "$dir/PublicAPI.Unshipped.txt"
  done
  printf '%s\n' "$out" | grep -F "$dir/" | grep -oP "error RS0017: .*" | sort -u || true
done
