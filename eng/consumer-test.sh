#!/usr/bin/env bash
# Builds and runs tests/consumer against the PACKED packages in a local folder, as a NuGet user would meet them.
# Usage: eng/consumer-test.sh [PACKAGES_DIR]    (default artifacts/packages; `dotnet pack` it first)
# The ReKs packages come only from that folder (package source mapping); everything else from the default source.
# A scratch packages folder keeps an older copy of the same version in the machine's NuGet cache from being used.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages="$(cd "${1:-$root/artifacts/packages}" && pwd)"
version=$(ls "$packages" | sed -n 's/^ReKs\.Competence\.\([0-9][0-9A-Za-z.-]*\)\.nupkg$/\1/p' | grep -v '^[A-Za-z]' | head -n 1)
if [ -z "$version" ]; then echo "no ReKs.Competence package in $packages" >&2; exit 1; fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$root/tests/consumer" "$scratch/consumer"
rm -rf "$scratch/consumer/bin" "$scratch/consumer/obj"
cat > "$scratch/consumer/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="reks-local" value="$packages" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="reks-local">
      <package pattern="ReKs.Competence" />
      <package pattern="ReKs.Competence.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
echo "== consumer of ReKs.Competence $version from $(basename "$packages")/"
cd "$scratch/consumer"
dotnet restore -p:ReksPackageVersion="$version" --packages "$scratch/nuget"
dotnet run -c Release --no-restore -p:ReksPackageVersion="$version" -- "$root/docs/examples"
