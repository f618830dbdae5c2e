#!/usr/bin/env bash
# bench-mem.sh PAGES WORKDIR: peak memory (RSS) and CPU of unionfacts beside
# readeck's go-readability, measured with /usr/bin/time -v, on
#   - a run over PAGES copied 20 times (the 69 CWCED pages make 1,380), at
#     1 worker and at each worker count up to the cores;
#   - show on one page: the median-sized page of PAGES, then the largest.
# Peak RSS does not depend on the load of a shared machine; CPU time
# (user+sys) depends on it less than wall time does, which is printed last.
# Runs $UNIONFACTS and $PEERS, bin/unionfacts and bin/peers by default
# (make bench-mem builds both).
set -euo pipefail
pages=$1 work=$2
unionfacts=${UNIONFACTS:-bin/unionfacts} peers=${PEERS:-bin/peers}
rm -rf "$work" && mkdir -p "$work/pages"
for i in $(seq -w 1 20); do
  mkdir "$work/pages/$i" && cp "$pages"/*.html "$work/pages/$i/"
done

# measure LABEL CMD...: one line of figures for CMD.
measure() {
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time" || { cat "$work/time" >&2; return 1; }
  awk -v label="$label" -F': ' '
    /Maximum resident set size/ { rss = $2 / 1024 }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Elapsed \(wall clock\)/ { wall = $2 }
    END { printf "%-36s peak %6.1f MiB   cpu %6.2f s   wall %s\n", label, rss, cpu, wall }' "$work/time"
}

echo "run over $(find "$work/pages" -name '*.html' | wc -l) pages:"
for w in $(seq 1 "$(nproc)"); do
  measure "unionfacts run --workers $w" "$unionfacts" run --quiet --workers "$w" --out "$work/out" "$work/pages"
  measure "readeck --workers $w" "$peers" --workers "$w" "$work/pages"
done
# Pages by size, smallest first.
mapfile -t sized < <(ls -Sr "$pages"/*.html)
for page in "${sized[${#sized[@]} / 2]}" "${sized[-1]}"; do
  echo "one page, $(basename "$page") ($(($(stat -c %s "$page") / 1024)) KiB):"
  measure "unionfacts show" "$unionfacts" show "$page"
  measure "readeck" "$peers" --workers 1 "$page"
done
