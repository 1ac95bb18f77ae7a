#!/usr/bin/env bash
# The human rights case list against the local store, with and without a secondary index:
#   infra/bench/local-store/query-bench.sh [cases=100000] [runs=20]
# Starts the store as ./platform does (-Xmx256m, BENCH_STORE_JAVA_OPTS to change), fills a collection of ~3 KB
# cases, times the first page (50, newest incidentDate first) for one office, one office + status and all offices
# and a count of one office, creates {fieldOffice: 1, incidentDate: -1} and times them again, then prints the heap
# in use, the file size and the time to be ready again after SIGTERM and after SIGKILL.
# Needs: ./mvnw -q -pl infra/local-store -am package -DskipTests  (and the driver jars in ~/.m2, which that fetches)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
cases="${1:-100000}"
runs="${2:-20}"
port="${BENCH_STORE_PORT:-37218}"
opts="${BENCH_STORE_JAVA_OPTS:--Xmx256m}"
m2="${HOME}/.m2/repository/org/mongodb"
driver_version="$(ls "$m2/mongodb-driver-sync" | sort -V | tail -1)"
driver_cp="$m2/mongodb-driver-sync/$driver_version/mongodb-driver-sync-$driver_version.jar:$m2/mongodb-driver-core/$driver_version/mongodb-driver-core-$driver_version.jar:$m2/bson/$driver_version/bson-$driver_version.jar"
mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$driver_cp" "$here/StoreQueryBench.java"
bench() { java -Xmx256m -cp "$work/classes:$driver_cp" StoreQueryBench "mongodb://127.0.0.1:$port" "$@"; }

heap() {
  jcmd "$store_pid" GC.run >/dev/null
  jcmd "$store_pid" GC.heap_info | awk '/garbage-first heap|total/ {print "heap after a full GC: " $0; exit}'
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); store $opts; $cases cases"
start_store_timed first "$port" "$opts"
bench fill "$cases"
echo "file after filling: $(du -m "$work/store/store.mv" | cut -f1) MB"
if [ -z "${BENCH_SKIP_UNINDEXED:-}" ]; then  # BENCH_SKIP_UNINDEXED=1: only the indexed figures (scans take minutes)
  bench query no-index "$runs"
  heap
fi
bench index
bench query indexed "$runs"
heap
if [ -n "${BENCH_LARGE:-}" ]; then  # BENCH_LARGE=1: the whole-collection reads and writes (StoreQueryBench large)
  bench large indexed "$runs"
  heap
  echo "file after updateMany: $(du -m "$work/store/store.mv" | cut -f1) MB"
fi
echo "file with the index: $(du -m "$work/store/store.mv" | cut -f1) MB"
kill "$store_pid"; wait "$store_pid" 2>/dev/null || true
start_store_timed restart "$port" "$opts"
echo "ready after SIGTERM in $ready_seconds s"
grep -c "built index" "$work/restart.log" | sed 's/^/indexes built again at start: /' || true
bench query restarted 5
kill -9 "$store_pid"; wait "$store_pid" 2>/dev/null || true
start_store_timed killed "$port" "$opts"
echo "ready after SIGKILL in $ready_seconds s"
bench query killed 5
kill "$store_pid"; wait "$store_pid" 2>/dev/null || true
