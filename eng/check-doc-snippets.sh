#!/usr/bin/env bash
# Compiles and runs the C# snippets of the docs as written — the first ```csharp block of README.md and of
# docs/getting-started.md — each as a .NET 10 file-based program that references the library project, from the
# repository root so its relative paths hold. Fails when a snippet does not compile (warnings are errors, as in the
# rest of the repository) or throws. Usage: eng/check-doc-snippets.sh [FILE.md ...]
set -euo pipefail
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(README.md docs/getting-started.md)
for doc in "${files[@]}"; do
  name=$(basename "$doc" .md | tr -c 'A-Za-z0-9\n' '-')
  dir="artifacts/doc-snippets/$name"
  mkdir -p "$dir"
  {
    echo '#:project ../../../src/ReKs.Competence/ReKs.Competence.csproj'
    awk '/^```csharp$/ {on=1; next} on && /^```$/ {exit} on {print}' "$doc"
  } > "$dir/Snippet.cs"
  test "$(wc -l < "$dir/Snippet.cs")" -gt 5
  echo "== $doc"
  dotnet run "$dir/Snippet.cs"
done
