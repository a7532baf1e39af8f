#!/usr/bin/env bash
# bench-serve.sh: GET /features.geojson req/s of locus against nginx serving
# the same bytes, with wrk, alternating the two servers in one run.
#
#   scripts/bench-serve.sh [rounds] [seconds]     (defaults: 3 rounds of 10 s)
#
# Needs nginx (Debian's nginx-light), wrk, curl and go. Both servers listen
# on 127.0.0.1 only. nginx serves the bytes locus sends from a file with
# sendfile (and, for the gzip case, gzip_static on locus's own gzip form);
# both answer with keep-alive. Each round measures locus then nginx, plain
# then with Accept-Encoding: gzip; the script prints every figure and the
# median of the per-round ratios locus/nginx, with each server's CPU time
# per request (from /proc), which other load on the machine disturbs less.
#
# Environment: LOCUS_BIN (a built locus; default builds one), LOCUS_DB
# (--db for locus), URL_PATH (default /features.geojson), THREADS (2),
# CONNS (64), LOCUS_PORT (18080), NGINX_PORT (18081), LOCUS_ARGS (more
# flags for locus serve, e.g. "--seeds DIR" for a larger document set).
set -euo pipefail

rounds=${1:-3}
secs=${2:-10}
threads=${THREADS:-2}
conns=${CONNS:-64}
lport=${LOCUS_PORT:-18080}
nport=${NGINX_PORT:-18081}
urlpath=${URL_PATH:-/features.geojson}

for tool in nginx wrk curl; do
	command -v "$tool" >/dev/null || { echo "bench-serve: $tool is not installed (apt-get install nginx-light wrk curl)" >&2; exit 1; }
done
nginx_bin=$(command -v nginx)

work=$(mktemp -d)
# nginx workers started by root run as another user: let them read the files.
chmod 755 "$work"
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
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

"$bin" serve --addr "127.0.0.1:$lport" --data "$work/documents.sqlite" "${dbflag[@]}" ${LOCUS_ARGS:-} 2>"$work/locus.log" &
lpid=$!
pids+=($lpid)
for _ in $(seq 1 600); do
	curl -sf "http://127.0.0.1:$lport/healthz" >/dev/null && break
	sleep 0.2
done
curl -sf "http://127.0.0.1:$lport/healthz" >/dev/null || { echo "bench-serve: locus did not start:" >&2; cat "$work/locus.log" >&2; exit 1; }

# The same bytes for nginx: the identity body and locus's gzip form.
mkdir -p "$work/www" "$work/tmp"
file=$work/www/features.geojson
curl -sf -o "$file" "http://127.0.0.1:$lport$urlpath"
curl -sf -H 'Accept-Encoding: gzip' -o "$file.gz" "http://127.0.0.1:$lport$urlpath"
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx.err warn;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000000;
	client_body_temp_path $work/tmp;
	proxy_temp_path $work/tmp;
	fastcgi_temp_path $work/tmp;
	uwsgi_temp_path $work/tmp;
	scgi_temp_path $work/tmp;
	types { application/geo+json geojson; }
	server {
		listen 127.0.0.1:$nport;
		root $work/www;
		location = $urlpath { try_files /features.geojson =404; gzip_static on; etag on; }
	}
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" 2>>"$work/nginx.err" &
npid=$!
pids+=($npid)
for _ in $(seq 1 50); do
	curl -sf -o /dev/null "http://127.0.0.1:$nport$urlpath" && break
	sleep 0.1
done
cmp -s "$file" <(curl -sf "http://127.0.0.1:$nport$urlpath") || { echo "bench-serve: nginx does not serve the bytes:" >&2; tail -5 "$work/nginx.err" >&2; exit 1; }

echo "body: $(stat -c %s "$file") bytes, gzip $(stat -c %s "$file.gz") bytes; wrk -t$threads -c$conns -d${secs}s, $rounds rounds"

# cputicks PID...: user+system CPU clock ticks used so far by the processes
# and their children's threads (nginx: the master and its workers).
cputicks() {
	local t=0 p
	for p in "$@" $(pgrep -P "$1" 2>/dev/null); do
		[ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat")))
	done
	echo "$t"
}
hz=$(getconf CLK_TCK)

# rps PID URL [header]: requests per second wrk measured, and the server's
# CPU microseconds per request (a figure that other load on the machine
# disturbs less than the rate), as "rate cpu".
rps() {
	local pid=$1 url=$2 args=(-t"$threads" -c"$conns" -d"${secs}s")
	[ -n "${3:-}" ] && args+=(-H "$3")
	local before after out
	before=$(cputicks "$pid")
	out=$(wrk "${args[@]}" "$url")
	after=$(cputicks "$pid")
	awk -v b="$before" -v a="$after" -v hz="$hz" '
		/ requests in / {n = $1}
		/^Requests\/sec:/ {r = $2}
		END {printf "%s %.0f\n", r, (a - b) / hz * 1e6 / n}' <<<"$out"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

plain=()
gz=()
cpu=()
for r in $(seq 1 "$rounds"); do
	read -r lp lpc < <(rps "$lpid" "http://127.0.0.1:$lport$urlpath")
	read -r np npc < <(rps "$npid" "http://127.0.0.1:$nport$urlpath")
	read -r lg lgc < <(rps "$lpid" "http://127.0.0.1:$lport$urlpath" 'Accept-Encoding: gzip')
	read -r ng ngc < <(rps "$npid" "http://127.0.0.1:$nport$urlpath" 'Accept-Encoding: gzip')
	rp=$(awk -v a="$lp" -v b="$np" 'BEGIN {printf "%.2f", a/b}')
	rg=$(awk -v a="$lg" -v b="$ng" 'BEGIN {printf "%.2f", a/b}')
	plain+=("$rp")
	gz+=("$rg")
	printf 'round %d: identity locus %s req/s (%s us CPU/req) nginx %s (%s) ratio %s | gzip locus %s (%s) nginx %s (%s) ratio %s\n' \
		"$r" "$lp" "$lpc" "$np" "$npc" "$rp" "$lg" "$lgc" "$ng" "$ngc" "$rg"
done
printf 'median ratio locus/nginx: identity %s, gzip %s\n' \
	"$(printf '%s\n' "${plain[@]}" | median)" "$(printf '%s\n' "${gz[@]}" | median)"
