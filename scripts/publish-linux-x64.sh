#!/usr/bin/env bash
# Publishes pysec as a self-contained linux-x64 folder (no .NET needed on the target machine) and checks that
# the published executable runs: --version, and a scan of the bundled sample project from outside the checkout.
# Not trimmed: the CLI finds its commands by reflection, and the rule engine its C# rules.
#
#   bash scripts/publish-linux-x64.sh [OUTPUT_DIR]     (default: artifacts/publish/linux-x64)
#
# Ship the whole folder (pysec, its libraries, rules/ and manual/), e.g. as a tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/publish/linux-x64}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

dotnet publish server/PySec.Cli -c Release -r linux-x64 --self-contained true -p:PublishTrimmed=false \
  -p:PackAsTool=false -o "$out" --nologo -v quiet
echo "published to $out ($(du -sh "$out" | cut -f1))"
"$out/pysec" --version

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -r samples "$scratch/samples"
cd "$scratch"
status=0
env -u DOTNET_ROOT PATH=/usr/bin:/bin "$out/pysec" scan samples/ --quiet --format text >"$scratch/report.txt" || status=$?
if [ "$status" -ne 1 ]; then
  echo "expected exit status 1 (findings in the sample), got $status" >&2
  cat "$scratch/report.txt" >&2
  exit 1
fi
tail -n 1 "$scratch/report.txt"
echo "the self-contained build runs without dotnet on PATH"
