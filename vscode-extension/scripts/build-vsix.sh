#!/usr/bin/env bash
# Builds the PySec server and the VS Code extension and packages them as one .vsix, in one step:
#   1. the self-contained linux-x64 server  -> server/linux-x64/pysec   (used on Linux x64, needs no .NET install)
#   2. the framework-dependent server       -> server/portable/pysec.dll (run with `dotnet` on other platforms)
#   3. type check, unit tests and the esbuild bundle of the extension -> dist/extension.js
#   4. vsce package -> the .vsix
# The last line printed is the path of the .vsix.
#
# Environment:
#   PYSEC_VSIX_OUT       where to write the .vsix (default: vscode-extension/pysec-<version>.vsix)
#   PYSEC_ARTIFACTS      --artifacts-path for the dotnet builds (default: <repo>/artifacts/vscode-server)
#   PYSEC_SKIP_SERVER=1  reuse the server folders already in vscode-extension/server
#   PYSEC_SKIP_TESTS=1   skip the extension's unit tests
#   PYSEC_PORTABLE=0     leave out the framework-dependent server (a Linux-x64-only package, built in half the time)
set -euo pipefail

extension="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "$extension/.." && pwd)"
artifacts="${PYSEC_ARTIFACTS:-$repo/artifacts/vscode-server}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { echo "== $*"; }

if [ "${PYSEC_SKIP_SERVER:-0}" != 1 ]; then
  command -v dotnet >/dev/null || { echo "build-vsix: the .NET 10 SDK is required to build the server (dotnet not on PATH)" >&2; exit 2; }
  rm -rf "$extension/server"
  step "server: self-contained linux-x64"
  dotnet publish "$repo/server/PySec.Cli" -c Release -r linux-x64 --self-contained true \
    -p:PublishTrimmed=false -p:DebugType=none --artifacts-path "$artifacts" -o "$extension/server/linux-x64" --nologo -v quiet
  if [ "${PYSEC_PORTABLE:-1}" != 0 ]; then
    step "server: framework-dependent (dotnet pysec.dll)"
    dotnet publish "$repo/server/PySec.Cli" -c Release --self-contained false -p:UseAppHost=false \
      -p:DebugType=none --artifacts-path "$artifacts" -o "$extension/server/portable" --nologo -v quiet
  fi
  "$extension/server/linux-x64/pysec" --version
fi
[ -x "$extension/server/linux-x64/pysec" ] || { echo "build-vsix: $extension/server/linux-x64/pysec is missing; run without PYSEC_SKIP_SERVER" >&2; exit 2; }

cd "$extension"
step "extension: npm ci"
npm ci --no-audit --no-fund --loglevel=error
step "extension: type check"
npx tsc -p . --noEmit
if [ "${PYSEC_SKIP_TESTS:-0}" != 1 ]; then
  step "extension: unit tests"
  npm test --silent
fi
step "extension: bundle"
rm -rf dist
node scripts/bundle.mjs --production

version="$(node -p 'require("./package.json").version')"
out="${PYSEC_VSIX_OUT:-$extension/pysec-$version.vsix}"
mkdir -p "$(dirname "$out")"
step "package"
npx vsce package --no-dependencies --skip-license --allow-missing-repository -o "$out" >/dev/null
ls -l "$out" | awk '{printf "%s bytes\n", $5}'
echo "$out"
