#!/usr/bin/env bash
# Packs pysec as a .NET tool and proves the package works: installs it from the built package into a scratch
# folder (no network: the package is the only source) and scans the bundled sample project with it from a folder
# outside the checkout, so the installed tool must use the rules and manual shipped inside the package.
#
#   bash scripts/pack-tool.sh [OUTPUT_DIR]     (default: artifacts/package)
#
# Then, anywhere: dotnet tool install --global --add-source OUTPUT_DIR pysec
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/package}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

dotnet pack server/PySec.Cli -c Release -o "$out" --nologo -v quiet
package="$(ls -t "$out"/pysec.*.nupkg | head -n 1)"
echo "packed $package"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
dotnet tool install --tool-path "$scratch/tools" --add-source "$out" --ignore-failed-sources pysec >/dev/null
echo "installed: $("$scratch/tools/pysec" --version)"

# Outside the checkout, so DataFolder cannot find rules/ beside PySecLsp.sln.
cp -r samples "$scratch/samples"
cd "$scratch"
status=0
"$scratch/tools/pysec" scan samples/ --format json --output "$scratch/report.json" || status=$?
if [ "$status" -ne 1 ]; then
  echo "expected exit status 1 (findings in the sample), got $status" >&2
  exit 1
fi
findings=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['findings'])" "$scratch/report.json")
if [ "$findings" -eq 0 ]; then
  echo "the installed tool found nothing in samples/" >&2
  exit 1
fi
echo "the installed tool scanned samples/: $findings findings (exit status 1, as expected)"
