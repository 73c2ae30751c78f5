#!/usr/bin/env bash
# Runs every test suite of the repository and ends with one summary line: "N passed, N failed".
# Exit code: 0 when every suite passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Tests write the figures they measured here (see TestReport); they are printed after the run.
export PYSEC_TEST_REPORTS="$PWD/artifacts/test-reports"
rm -rf "$PYSEC_TEST_REPORTS"

status=0
dotnet test PySecLsp.sln -c Release --nologo 2>&1 | tee "$log" || status=1

# Each test assembly prints e.g. "Passed!  - Failed:     0, Passed:   123, Skipped:     0, Total:   123".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
passed=${passed:-0}
failed=${failed:-0}

# Suites outside dotnet test each end with their own "N passed, N failed" line, added to the totals; a suite
# that prints no such line counts as one failure.
run_suite() {
  local title="$1"; shift
  echo
  echo "$title:"
  local suite_log
  suite_log="$(mktemp)"
  "$@" 2>&1 | tee "$suite_log"
  local summary
  summary=$(grep -Eo '^[0-9]+ passed, [0-9]+ failed$' "$suite_log" | tail -n 1)
  if [ -n "$summary" ]; then
    passed=$((passed + $(echo "$summary" | awk '{print $1}')))
    failed=$((failed + $(echo "$summary" | awk '{print $3}')))
  else
    failed=$((failed + 1))
  fi
  rm -f "$suite_log"
}

# The manual's static site in headless Chromium, with the CLI the test run just built.
run_suite "Manual site in headless Chromium" env PYSEC_CLI="dotnet artifacts/bin/PySec.Cli/release/pysec.dll" bash tests/manual-site/check.sh

# The language server driven by Microsoft's own LSP client libraries (vscode-languageserver-protocol).
run_suite "LSP conformance with Microsoft's client libraries" env PYSEC_CLI="dotnet $PWD/artifacts/bin/PySec.Cli/release/pysec.dll" bash tests/lsp-conformance/run.sh

# The VS Code extension in code-server, driven by headless Chromium (builds the .vsix; screenshots in artifacts/vscode-e2e/).
run_suite "VS Code extension end to end" bash tests/vscode-e2e/run.sh

if [ -d "$PYSEC_TEST_REPORTS" ]; then
  echo
  echo "Measured by the tests:"
  cat "$PYSEC_TEST_REPORTS"/*.txt
  echo
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the runner failed before any test could report: count it as a failure.
  failed=1
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran"
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
