#!/usr/bin/env bash
# Declares new public API: builds each shipping project and appends every symbol that RS0016 reports
# to that project's PublicAPI.Unshipped.txt, and removes from it every symbol RS0017 reports as gone
# (nothing has shipped yet; once PublicAPI.Shipped.txt has entries, removals there stay a person's call).
# Usage: eng/update-public-api.sh [project.csproj ...]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(find src -name '*.csproj' | sort)
for proj in "${projects[@]}"; do
  dir=$(dirname "$proj")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  # A union merge of two branches can leave the same line twice (RS0025): keep one of each.
  { head -n1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | sort -u; } > "$dir/PublicAPI.tmp" && mv "$dir/PublicAPI.tmp" "$dir/PublicAPI.Unshipped.txt"
  for _ in 1 2 3; do
    out=$(dotnet build "$proj" --no-incremental 2>&1 || true)
    added=$(printf '%s\n' "$out" | grep -F "$dir/" | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
    removed=$(printf '%s\n' "$out" | grep -F "$dir/" | grep -oP "error RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" | sort -u || true)
    [ -n "$added$removed" ] || break
    [ -z "$added" ] || printf '%s\n' "$added" >> "$dir/PublicAPI.Unshipped.txt"
    if [ -n "$removed" ]; then
      grep -vxF -f <(printf '%s\n' "$removed") "$dir/PublicAPI.Unshipped.txt" > "$dir/PublicAPI.tmp" || true
      mv "$dir/PublicAPI.tmp" "$dir/PublicAPI.Unshipped.txt"
    fi
    { head -n1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | sort -u; } > "$dir/PublicAPI.tmp" && mv "$dir/PublicAPI.tmp" "$dir/PublicAPI.Unshipped.txt"
  done
done
