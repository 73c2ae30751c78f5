#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code: code-server (VS Code for the web) on 127.0.0.1 with
# the built .vsix installed, driven by Debian's Chromium through playwright-core. Installs what it needs (Chromium
# and the native build tools with apt when missing, the npm packages with `npm ci`), builds the .vsix with
# vscode-extension/scripts/build-vsix.sh, runs e2e.mjs, and ends with one line "N passed, N failed".
# Screenshots of every step go to artifacts/vscode-e2e/.
#
# Environment:
#   PYSEC_VSIX            use this .vsix instead of building one
#   PYSEC_E2E_KEEP=1      keep the temporary work folder (code-server logs, user data) and print its path
#   CHROMIUM              Chromium binary (default /usr/bin/chromium)
# Exit code: 0 when every check passed, 1 otherwise.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shots="$repo/artifacts/vscode-e2e"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

give_up() {
  echo "vscode-e2e: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# 1. System packages: Chromium to drive the editor; compilers and headers for code-server's native add-ons,
#    which are built from source because their prebuilt binaries are not on the npm registry.
need_apt=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v g++ >/dev/null || need_apt+=(build-essential)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
command -v python3 >/dev/null || need_apt+=(python3)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "vscode-e2e: installing ${need_apt[*]}"
  apt-get update -qq || give_up "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
    || give_up "apt-get install ${need_apt[*]} failed"
fi
command -v node >/dev/null || give_up "Node.js 20 is required (node not on PATH)"

# 2. npm packages (code-server, playwright-core), reinstalled only when the lock file changed.
cd "$here"
stamp="node_modules/.pysec-lock-hash"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "vscode-e2e: npm ci (code-server builds its native add-ons, about a minute)"
  # @vscode/ripgrep's install step fetches rg from GitHub unless its cache holds the archive: seed it with
  # Debian's rg. node-gyp uses the system's Node headers instead of downloading them; npx must not prompt.
  rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache"
  rg_tar="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -f "$rg_tar" ]; then
    rg_dir="$(mktemp -d)"
    cp "$(command -v rg)" "$rg_dir/rg"
    tar -czf "$rg_tar" -C "$rg_dir" rg
    rm -rf "$rg_dir"
  fi
  npm_config_nodedir=/usr npm_config_yes=true npm ci --unsafe-perm --no-audit --no-fund --loglevel=error \
    >"${TMPDIR:-/tmp}/pysec-vscode-e2e-npm.log" 2>&1 \
    || { tail -n 30 "${TMPDIR:-/tmp}/pysec-vscode-e2e-npm.log" >&2; give_up "npm ci failed"; }
  echo "$lock_hash" >"$stamp"
fi

# 3. The .vsix, built the way users get it.
work="$(mktemp -d "${TMPDIR:-/tmp}/pysec-vscode-e2e.XXXXXX")"
if [ "${PYSEC_E2E_KEEP:-0}" = 1 ]; then
  echo "vscode-e2e: work folder $work"
else
  trap 'rm -rf "$work"' EXIT
fi
vsix="${PYSEC_VSIX:-}"
if [ -z "$vsix" ]; then
  # Linux x64 only: the framework-dependent server for other platforms is not exercised here.
  echo "vscode-e2e: building the .vsix"
  if ! PYSEC_PORTABLE=0 PYSEC_VSIX_OUT="$work/pysec.vsix" bash "$repo/vscode-extension/scripts/build-vsix.sh" >"$work/build.log" 2>&1; then
    tail -n 40 "$work/build.log" >&2
    give_up "building the .vsix failed"
  fi
  vsix="$work/pysec.vsix"
fi
[ -f "$vsix" ] || give_up "no .vsix at $vsix"

# 4. The test itself.
rm -rf "$shots"
mkdir -p "$shots"
node "$here/e2e.mjs" --vsix "$vsix" --work "$work" --workspace "$here/workspace" --screenshots "$shots" \
  --manual "$repo/manual"
