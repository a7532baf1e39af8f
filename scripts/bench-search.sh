#!/usr/bin/env bash
# bench-search.sh: GET /api/places latency while people type, with vegeta.
#
#   scripts/bench-search.sh [rate] [seconds]      (defaults: 100 req/s for 10 s)
#
# Starts a fresh locus (so the first queries are cold: new process, new
# SQLite connections, nothing prepared) and, as soon as /healthz answers,
# sends GET /api/places at a constant rate, cycling through a fixed mix of
# whole names, 3-letter prefixes, 1- and 2-letter prefixes and common words
# ("al", "San", "Santa", "new"). Prints vegeta's report: the percentiles
# and the maximum are the figures to read (targets: p99 <= 5 ms, max <=
# 50 ms).
#
# Needs vegeta (go install github.com/tsenart/vegeta/v12@v12.13.0), curl
# and go. Environment: LOCUS_BIN (a built locus; default builds one),
# LOCUS_DB (--db for locus), LOCUS_PORT (18082).
set -euo pipefail

rate=${1:-100}
secs=${2:-10}
port=${LOCUS_PORT:-18082}
vegeta=$(command -v vegeta || echo "$(go env GOPATH)/bin/vegeta")
[ -x "$vegeta" ] || { echo "bench-search: vegeta is not installed: go install github.com/tsenart/vegeta/v12@v12.13.0" >&2; exit 1; }

work=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null || true
	wait 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${LOCUS_BIN:-}
if [ -z "$bin" ]; then
	bin=$work/locus
	(cd "$repo" && go build -o "$bin" ./cmd/locus)
fi
dbflag=()
[ -n "${LOCUS_DB:-}" ] && dbflag=(--db "$LOCUS_DB")

# The mix: whole names (some by another name), 3-letter prefixes, 1- and
# 2-letter prefixes, common words.
queries=(
	Tessalit Cologne Bombay Paris Nevada Sindh Turkey "Türkiye" Timbuktu "Richard Toll" "New York" "São Paulo" Kidal "Ségou" Karachi
	tes par kid bam lon ber mos tok "sã" nia gao mum del
	s t k m a b "ab" "be" "ch" "ma" "sa" "to"
	al San Santa new "el" "la" "saint" "port"
)
for q in "${queries[@]}"; do
	enc=$(printf '%s' "$q" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
	printf 'GET http://127.0.0.1:%s/api/places?q=%s\n\n' "$port" "$enc"
done >"$work/targets"

"$bin" serve --addr "127.0.0.1:$port" --data "$work/documents.sqlite" "${dbflag[@]}" 2>"$work/locus.log" &
pid=$!
for _ in $(seq 1 600); do
	curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
	sleep 0.1
done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "bench-search: locus did not start:" >&2; cat "$work/locus.log" >&2; exit 1; }

echo "GET /api/places, ${#queries[@]} queries in turn, $rate req/s for ${secs}s, from a cold start"
"$vegeta" attack -targets="$work/targets" -rate="$rate" -duration="${secs}s" -max-workers=64 >"$work/results.bin"
"$vegeta" report -type=text "$work/results.bin"
"$vegeta" report -type='hist[0,1ms,2ms,5ms,10ms,50ms]' "$work/results.bin"
