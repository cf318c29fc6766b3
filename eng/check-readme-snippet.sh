#!/usr/bin/env bash
# Compiles and runs the README's C# snippet as written (the first ```csharp block), as a .NET 10 file-based program
# that references the library project, from the repository root so its relative paths hold. Fails when the snippet
# does not compile (warnings are errors, as in the rest of the repository) or throws.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=artifacts/readme-snippet
mkdir -p "$dir"
{
  echo '#:project ../../src/ReKs.Competence/ReKs.Competence.csproj'
  awk '/^```csharp$/ {on=1; next} on && /^```$/ {exit} on {print}' README.md
} > "$dir/Snippet.cs"
test "$(wc -l < "$dir/Snippet.cs")" -gt 5
dotnet run "$dir/Snippet.cs"
