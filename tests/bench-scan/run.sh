#!/usr/bin/env bash
# Speed of `pysec scan` against Bandit and Ruff's WebAssembly build (select = ["S"]) on the same files: every .py
# file of this machine's CPython standard library (site-packages left out). Prints wall time, CPU time (user +
# system) and peak RSS of each tool, measured by /usr/bin/time -v, and the ratios. Not part of CI.
#
#   bash tests/bench-scan/run.sh            (PYSEC_BENCH_RUNS=N repeats pysec and Ruff N times, best run kept; default 3)
#
# Installs what is missing: GNU time and Bandit (Debian packages), Ruff's wasm build (npm, into .ruff-wasm/ here).
# Targets on 2 cores: pysec at least 100x faster than Bandit and 5x faster than Ruff-wasm (wall time), peak RSS at
# most 300 MB.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${PYSEC_BENCH_RUNS:-3}"
ruff_version="0.17.4"

apt_install() {
  [ -n "${apt_updated:-}" ] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
[ -x /usr/bin/time ] || apt_install time
command -v bandit >/dev/null || apt_install bandit
if [ ! -d "$here/.ruff-wasm/node_modules/@astral-sh/ruff-wasm-nodejs" ]; then
  mkdir -p "$here/.ruff-wasm"
  npm install --no-save --silent --prefix "$here/.ruff-wasm" "@astral-sh/ruff-wasm-nodejs@$ruff_version"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

stdlib="$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")"
find "$stdlib" -name '*.py' -not -path '*/site-packages/*' | sort > "$work/files.txt"
mapfile -t files < "$work/files.txt"
bytes=$(xargs -d '\n' stat -c %s < "$work/files.txt" | awk '{s += $1} END {print s}')
echo "corpus: $stdlib, ${#files[@]} files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB; $(nproc) cores"

echo "building pysec (Release)..."
dotnet build "$root/server/PySec.Cli" -c Release --nologo -v quiet --artifacts-path "$root/artifacts/bench-scan" >/dev/null
pysec="$root/artifacts/bench-scan/bin/PySec.Cli/release/pysec"

# measure NAME COMMAND...: runs it under /usr/bin/time -v and appends "name wall cpu rss_kb" to results.
measure() {
  local name="$1"; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
  python3 - "$name" "$work/time.txt" >>"$work/results.txt" <<'PY'
import sys
name, path = sys.argv[1], sys.argv[2]
fields = {}
for line in open(path):
    key, _, value = line.strip().rpartition(": ")
    fields[key] = value
parts = [float(p) for p in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
print(name, f"{wall:.3f}", f"{cpu:.3f}", fields["Maximum resident set size (kbytes)"])
PY
  tail -n 1 "$work/results.txt" | awk '{printf "  %-10s wall %8.2f s  cpu %8.2f s  peak RSS %7.1f MB\n", $1, $2, $3, $4 / 1024}'
}

echo "pysec scan ($runs runs):"
for _ in $(seq "$runs"); do
  measure pysec "$pysec" scan --quiet --format json --output "$work/pysec.json" --exit-zero "${files[@]}"
done
python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; print(f\"  pysec: {s['filesScanned']} files scanned, {s['filesSkipped']} skipped, {s['findings']} findings, {s['errors']} errors\")" "$work/pysec.json"

echo "ruff-wasm ($runs runs):"
for _ in $(seq "$runs"); do
  measure ruff node "$here/ruff-wasm-scan.mjs" "$work/files.txt" "$here/.ruff-wasm/node_modules"
done
sed 's/^/  /' "$work/ruff.out"

echo "bandit $(bandit --version 2>/dev/null | head -n 1 | awk '{print $2}') (1 run):"
measure bandit bandit -q -f json -o "$work/bandit.json" "${files[@]}"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"  bandit: {len(d['results'])} issues, {len(d['errors'])} files with errors\")" "$work/bandit.json" || echo "  bandit wrote no report: $(tail -n 3 "$work/bandit.err")"

python3 - "$work/results.txt" <<'PY'
import sys
best = {}
for line in open(sys.argv[1]):
    name, wall, cpu, rss = line.split()
    wall, cpu, rss = float(wall), float(cpu), int(rss)
    if name not in best or wall < best[name][0]:
        best[name] = (wall, cpu, rss)
p = best["pysec"]
print()
print(f"{'tool':<10}{'wall s':>10}{'cpu s':>10}{'peak RSS MB':>14}{'wall vs pysec':>16}{'cpu vs pysec':>15}")
for name in ("pysec", "ruff", "bandit"):
    if name not in best:
        continue
    wall, cpu, rss = best[name]
    print(f"{name:<10}{wall:>10.2f}{cpu:>10.2f}{rss / 1024:>14.1f}{wall / p[0]:>15.1f}x{cpu / p[1]:>14.1f}x")
print()
def check(label, ok, text):
    print(f"{'PASS' if ok else 'MISS'}  {label}: {text}")
if "bandit" in best:
    check("pysec >= 100x faster than Bandit", best["bandit"][0] / p[0] >= 100, f"{best['bandit'][0] / p[0]:.1f}x")
if "ruff" in best:
    check("pysec >= 5x faster than Ruff-wasm", best["ruff"][0] / p[0] >= 5, f"{best['ruff'][0] / p[0]:.1f}x")
check("pysec peak RSS <= 300 MB", p[2] / 1024 <= 300, f"{p[2] / 1024:.1f} MB")
PY
