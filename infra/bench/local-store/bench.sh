#!/usr/bin/env bash
# Write throughput of the local store with every acknowledgement synced to disk (group commit), against
# another build of the store (e.g. the one before, which answered before its once-a-second commit):
#   infra/bench/local-store/bench.sh [seconds=10] [writers="1 8"]
# BENCH_STORE_CP: the classpath of the store to compare with (runs org.unmiss.store.LocalStore from it); without
# it only the current build is measured. BENCH_STORE_JAVA_OPTS: the store's JVM options (default -Xmx256m).
# Needs: ./mvnw -q -pl infra/local-store -am package -DskipTests  (and the driver jars in ~/.m2, which that fetches)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
seconds="${1:-10}"
writers="${2:-1 8}"
port="${BENCH_STORE_PORT:-37217}"
m2="${HOME}/.m2/repository/org/mongodb"
driver_version="$(ls "$m2/mongodb-driver-sync" | sort -V | tail -1)"
driver_cp="$m2/mongodb-driver-sync/$driver_version/mongodb-driver-sync-$driver_version.jar:$m2/mongodb-driver-core/$driver_version/mongodb-driver-core-$driver_version.jar:$m2/bson/$driver_version/bson-$driver_version.jar"
mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$driver_cp" "$here/StoreWriteBench.java"

# measure LABEL JAVA_ARGS...: a fresh data directory, the store the arguments start, each writer count and kind
measure() {
  local label="$1" data="$work/store-$1"
  shift
  java ${BENCH_STORE_JAVA_OPTS:--Xmx256m} "$@" --port="$port" --data-dir="$data" \
    >"$work/$label.log" 2>&1 &
  local pid=$!
  pids+=($pid)
  for _ in $(seq 1 200); do grep -q "local-store ready" "$work/$label.log" && break; sleep 0.1; done
  for w in $writers; do
    for kind in insert counter; do
      java -Xmx256m -cp "$work/classes:$driver_cp" StoreWriteBench "mongodb://127.0.0.1:$port" "$label" "$w" "$seconds" "$kind"
    done
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); data on $(df -P "$work" | awk 'NR==2 {print $1}')"
if [ -n "${BENCH_STORE_CP:-}" ]; then measure before -cp "$BENCH_STORE_CP" org.unmiss.store.LocalStore; fi
measure synced -jar "$root/infra/local-store/target/local-store-0.1.0-SNAPSHOT.jar"
