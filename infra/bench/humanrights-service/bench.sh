#!/usr/bin/env bash
# Benchmarks humanrights-service's quarterly brief (and the MRM/MARA views) over 100,000 violations: the
# embedded store (persistent, H2 backend, as ./platform runs it), the service generating its demo cases on
# first start, then HrBench.java (JDK + the MongoDB driver from ~/.m2) inserts copies of those cases, dated
# 2026-02-15 and verified, until the copies hold the wanted number of violations, stands in for Keycloak and
# measures p50/p95/max. Copies keep the originals' ciphertexts (bound to the original references), which no
# report opens. Ports are private to the bench; everything it starts is stopped by pid on exit.
#   [BENCH_STORE=memory] infra/bench/humanrights-service/bench.sh [calls=50] [violations=100000]
# Needs the jars: ./mvnw -q -pl infra/local-store,humanrights-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
STORE_PORT="${BENCH_STORE_PORT:-37131}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-28983}"
ISSUER_PORT="${BENCH_ISSUER_PORT:-28999}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"
m2="${MAVEN_REPO:-$HOME/.m2/repository}/org/mongodb"
driver="$m2/mongodb-driver-sync/5.6.5/mongodb-driver-sync-5.6.5.jar:$m2/mongodb-driver-core/5.6.5/mongodb-driver-core-5.6.5.jar:$m2/bson/5.6.5/bson-5.6.5.jar:$m2/bson-record-codec/5.6.5/bson-record-codec-5.6.5.jar"
work="$(mktemp -d)"
pids=()
cleanup() {
  status=$?
  if [ "$status" -ne 0 ] && [ -f "$work/service.log" ]; then
    echo "bench failed ($status); service errors:"; grep -E "ERROR|Exception" "$work/service.log" | head -20 || true
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# BENCH_STORE=memory runs the store without persistence: at 100,000 violations the H2 backend has failed
# long scans right after the bulk load with "Chunk N not found" (H2 2.4.240), in two runs of two.
if [ "${BENCH_STORE:-h2}" = "memory" ]; then store_args=(--in-memory); else store_args=(--data-dir="$work/store"); fi
java -Xmx2g -jar "$root/infra/local-store/target/local-store-0.1.0-SNAPSHOT.jar" \
  --port="$STORE_PORT" "${store_args[@]}" >"$work/store.log" 2>&1 &
pids+=($!)
sleep 2
MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" HUMANRIGHTS_PORT="$SERVICE_PORT" \
  java $JAVA_OPTS -jar "$root/humanrights-service/target/humanrights-service-0.1.0-SNAPSHOT.jar" >"$work/service.log" 2>&1 &
pids+=($!)
echo "store on $STORE_PORT, humanrights-service on $SERVICE_PORT (log $work/service.log), JVM options: $JAVA_OPTS"
java -cp "$driver" "$here/HrBench.java" "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" "mongodb://127.0.0.1:$STORE_PORT" \
  "${1:-50}" "${2:-100000}"
grep -h "demo cases" "$work/service.log" | sed -E 's/^.*(Loaded)/  \1/' || true
