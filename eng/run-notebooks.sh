#!/usr/bin/env bash
# Executes every docs/notebooks/*.ipynb from a clean .NET (C#) kernel, as CI does, and fails when a cell fails.
# The notebooks use the PACKED packages (artifacts/packages, from `dotnet pack`), so what runs is what a researcher
# installs. Needs Jupyter's nbclient (Debian: python3-nbclient, installed here when missing) and the dotnet-interactive
# tool (the version in dotnet-tools.json, installed into artifacts/tools). Executed copies go to artifacts/notebooks/.
# Usage: eng/run-notebooks.sh [docs/notebooks/NAME.ipynb ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
notebooks=("$@")
[ ${#notebooks[@]} -gt 0 ] || notebooks=(docs/notebooks/*.ipynb)
ls artifacts/packages/ReKs.Competence.[0-9]*.nupkg >/dev/null

python=/usr/bin/python3
if ! "$python" -c 'import nbclient, nbformat' 2>/dev/null; then
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq python3-nbclient python3-nbformat >/dev/null
fi

version=$(sed -n '/"microsoft.dotnet-interactive"/,/}/s/.*"version": "\([^"]*\)".*/\1/p' dotnet-tools.json)
tools="$root/artifacts/tools"
if [ ! -x "$tools/dotnet-interactive" ]; then
  dotnet tool install Microsoft.dotnet-interactive --version "$version" --tool-path "$tools" >/dev/null
fi

# A scratch copy with the repository's layout (docs/notebooks, docs/examples), so the notebooks' relative paths hold
# and nothing is written into docs/; a scratch NuGet folder, so the packages just packed are
# restored rather than an older copy of the same version from the machine's cache; a scratch kernel spec.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/docs" "$scratch/jupyter/kernels/reks-csharp"
cp -r docs/notebooks docs/examples "$scratch/docs/"
cat > "$scratch/jupyter/kernels/reks-csharp/kernel.json" <<SPEC
{"argv": ["$tools/dotnet-interactive", "jupyter", "--default-kernel", "csharp", "--http-port-range", "2048-3000", "{connection_file}"],
 "display_name": ".NET (C#)", "language": "C#"}
SPEC
copies=()
for notebook in "${notebooks[@]}"; do copies+=("$scratch/docs/notebooks/$(basename "$notebook")"); done
JUPYTER_PATH="$scratch/jupyter" NUGET_PACKAGES="$scratch/nuget" DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 \
  "$python" eng/run-notebooks.py reks-csharp "$root/artifacts/packages" "$root/artifacts/notebooks" "${copies[@]}" 2> >(grep -v -E '^(info|warn): Microsoft\.Hosting|^      ' >&2)
