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

# The manual's static site in headless Chromium, with the CLI the test run just built.
echo
echo "Manual site in headless Chromium:"
site_log="$(mktemp)"
PYSEC_CLI="dotnet artifacts/bin/PySec.Cli/release/pysec.dll" bash tests/manual-site/check.sh 2>&1 | tee "$site_log"
site_summary=$(grep -Eo '^[0-9]+ passed, [0-9]+ failed$' "$site_log" | tail -n 1)
if [ -n "$site_summary" ]; then
  passed=$((passed + $(echo "$site_summary" | awk '{print $1}')))
  failed=$((failed + $(echo "$site_summary" | awk '{print $3}')))
else
  failed=$((failed + 1))
fi
rm -f "$site_log"
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
