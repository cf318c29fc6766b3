#!/usr/bin/env bash
# Publishes tests/aot with native AOT and runs it on the bundled example: the core library's read → analyse →
# explain → export → write path must work trimmed and ahead-of-time compiled, with no AOT or trim warning (warnings
# are errors). Needs the native toolchain (clang); where it is missing the script says so and exits 0, because the
# library's own build already runs the AOT and trim analyzers as errors (IsAotCompatible).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if ! command -v clang >/dev/null 2>&1; then
  echo "aot-smoke: no clang on this machine; native AOT publish skipped (the AOT/trim analyzers ran in the build)"
  exit 0
fi
out="$root/artifacts/aot"
rm -rf "$out"
dotnet publish tests/aot -c Release -r linux-x64 -o "$out"
"$out/ReKs.Competence.AotSmoke" docs/examples/gjovik-region.json
