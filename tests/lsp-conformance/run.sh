#!/usr/bin/env bash
# LSP conformance run: installs Microsoft's client libraries from the lockfile (npm ci), builds the CLI unless
# PYSEC_CLI names one, and drives `pysec lsp` through initialize, open, diagnostics, hover, code action, change,
# shutdown and exit. Ends with "N passed, N failed"; exit code 0 when every check passed.
#
# Environment:
#   PYSEC_CLI        command that runs the pysec CLI (e.g. "dotnet artifacts/bin/PySec.Cli/release/pysec.dll")
#   PYSEC_ARTIFACTS  --artifacts-path for the build when PYSEC_CLI is not set (default: the repository's artifacts/)
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "run.sh: node and npm are required (Debian: apt-get install nodejs npm)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
  echo "run.sh: npm ci failed in tests/lsp-conformance" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

if [ -n "${PYSEC_CLI:-}" ]; then
  read -r -a cli <<<"$PYSEC_CLI"
else
  artifacts="${PYSEC_ARTIFACTS:-$repo/artifacts}"
  if ! dotnet build server/PySec.Cli -c Release --nologo -v quiet --artifacts-path "$artifacts" >/dev/null; then
    echo "run.sh: building the CLI failed" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  cli=(dotnet "$artifacts/bin/PySec.Cli/release/pysec.dll")
fi

# The server runs from a scratch folder, so nothing of the repository's own configuration applies.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
node "$here/conformance.js" "${cli[@]}" lsp
