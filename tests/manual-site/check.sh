#!/usr/bin/env bash
# Checks the static manual site in headless Chromium: builds the site with the CLI, saves screenshots of the
# index and of one chapter page, and checks the rendered DOM (search box, links into every category, the
# chapter's rule anchors). Prints one line per check and ends with "N passed, N failed".
#
# Environment:
#   PYSEC_SCREENSHOTS  where the PNGs go (default tests/manual-site/out)
#   PYSEC_CHAPTER      chapter page to check, relative to manual/ without .md (default 08-network/tls-verification)
#   PYSEC_ARTIFACTS    --artifacts-path for `dotnet run` (default: the repository's artifacts/)
#   PYSEC_CLI          command that runs the pysec CLI instead of `dotnet run` (e.g. "dotnet path/to/pysec.dll")
#   CHROMIUM           Chromium binary (default: chromium on PATH)
# Exit code: 0 when every check passed, 1 otherwise, 2 when Chromium or the site build is missing.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

chromium_bin="${CHROMIUM:-chromium}"
if ! command -v "$chromium_bin" >/dev/null 2>&1; then
  echo "check.sh: '$chromium_bin' is not installed; install Debian's package with: apt-get install chromium" >&2
  exit 2
fi

shots="${PYSEC_SCREENSHOTS:-tests/manual-site/out}"
mkdir -p "$shots"
shots="$(cd "$shots" && pwd)"
chapter="${PYSEC_CHAPTER:-08-network/tls-verification}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
site="$work/site"
profile="$work/profile"
log="$work/chromium.log"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; [ $# -lt 2 ] || echo "      $2"; }

# 1. Build the site with the CLI.
if [ -n "${PYSEC_CLI:-}" ]; then
  read -r -a cli <<<"$PYSEC_CLI"
else
  cli=(dotnet run --project server/PySec.Cli ${PYSEC_ARTIFACTS:+--artifacts-path "$PYSEC_ARTIFACTS"} --)
fi
if "${cli[@]}" manual build "$site" >"$work/build.log" 2>&1 && [ -f "$site/index.html" ]; then
  pass "site built: $(tail -n 1 "$work/build.log")"
else
  fail "site build failed" "$(tail -n 20 "$work/build.log")"
  echo "$passed passed, $failed failed"
  exit 2
fi

# Headless Chromium with a throw-away profile. It may print harmless dbus/GPU errors on stderr; they go to the
# log, which is shown only when Chromium itself fails.
chromium() {
  timeout 120 "$chromium_bin" --headless=new --no-sandbox --disable-gpu --no-first-run --no-default-browser-check \
    --user-data-dir="$profile" "$@" 2>>"$log"
}

# The width and height stored in a PNG's IHDR chunk, as "WxH"; empty when the file is not a PNG.
png_size() {
  local header
  header="$(od -An -tx1 -N24 "$1" 2>/dev/null | tr -d ' \n')"
  [ "${header:0:16}" = "89504e470d0a1a0a" ] || return 0
  echo "$((16#${header:32:8}))x$((16#${header:40:8}))"
}

screenshot() { # name, page relative to the site
  local name="$1" page="$2" png="$shots/$1.png" size
  rm -f "$png"
  if [ ! -f "$site/$page" ]; then
    fail "screenshot of $page" "the site has no page $page"
    return
  fi
  if ! chromium --screenshot="$png" --window-size=1280,900 --hide-scrollbars "file://$site/$page" >/dev/null; then
    fail "screenshot of $page" "chromium failed: $(tail -n 5 "$log")"
    return
  fi
  size="$(png_size "$png")"
  if [ "$size" = "1280x900" ] && [ "$(stat -c %s "$png")" -gt 10000 ]; then
    pass "screenshot of $page saved to $png ($size)"
  else
    fail "screenshot of $page" "expected a 1280x900 PNG with content at $png, got '${size:-no PNG}'"
  fi
}

dump_dom() { # page relative to the site, output file
  chromium --dump-dom "file://$site/$1" >"$2" || true
  [ -s "$2" ]
}

# 2. Screenshots.
screenshot index index.html
screenshot chapter "$chapter.html"

# 3. The rendered index: the search box and a link into every category folder of the manual.
if dump_dom index.html "$work/index.dom"; then
  if grep -Eq '<input[^>]*id="search"[^>]*type="search"|<input[^>]*type="search"[^>]*id="search"' "$work/index.dom"; then
    pass "index: search box is rendered"
  else
    fail "index: search box is rendered" "no <input id=\"search\" type=\"search\"> in the DOM"
  fi
  categories=0
  for folder in manual/[0-9][0-9]-*/; do
    folder="$(basename "$folder")"
    categories=$((categories + 1))
    chapters=$(find "manual/$folder" -maxdepth 1 -name '*.md' | wc -l)
    links=$(grep -o "href=\"$folder/[^\"]*\.html\"" "$work/index.dom" | sort -u | wc -l)
    if [ "$links" -ge "$chapters" ] && [ "$links" -gt 0 ]; then
      pass "index: links to category $folder ($links chapter pages)"
    else
      fail "index: links to category $folder" "found links to $links of its $chapters chapters"
    fi
  done
  [ "$categories" -gt 0 ] || fail "index: category folders" "no manual/NN-category folders found"
else
  fail "index: DOM dump" "chromium --dump-dom returned nothing: $(tail -n 5 "$log")"
fi

# 4. The rendered chapter: an anchor for every rule id of its front matter.
rules=""
[ ! -f "manual/$chapter.md" ] || rules="$(sed -n 's/^rules: *\[\(.*\)\] *$/\1/p' "manual/$chapter.md" | tr -d ' ' | tr ',' ' ')"
if [ -z "$rules" ]; then
  fail "chapter $chapter: rules" "no 'rules: [...]' line in manual/$chapter.md"
elif dump_dom "$chapter.html" "$work/chapter.dom"; then
  for rule in $rules; do
    if grep -q "id=\"$rule\"" "$work/chapter.dom"; then
      pass "chapter $chapter: anchor id=\"$rule\""
    else
      fail "chapter $chapter: anchor id=\"$rule\"" "no element with id=\"$rule\" in the DOM"
    fi
  done
  title="$(sed -n 's/^title: *//p' "manual/$chapter.md" | head -n 1)"
  if grep -Fq ">$title</h1>" "$work/chapter.dom"; then
    pass "chapter $chapter: heading '$title'"
  else
    fail "chapter $chapter: heading '$title'" "the <h1> does not show the chapter title"
  fi
else
  fail "chapter $chapter: DOM dump" "chromium --dump-dom returned nothing: $(tail -n 5 "$log")"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
