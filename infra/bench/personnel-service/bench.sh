#!/usr/bin/env bash
# Benchmarks personnel-service alone: the embedded store (persistent, H2 backend, as ./platform runs it),
# the service with its demo mission (20,000 people) and a stand-in token issuer (PersonnelBench.java).
# Ports are private to the bench; everything it starts is stopped by pid on exit.
#   infra/bench/personnel-service/bench.sh [calls=200] [importRuns=3]
# Needs the jars: ./mvnw -q -pl infra/local-store,personnel-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
STORE_PORT="${BENCH_STORE_PORT:-37117}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18981}"
ISSUER_PORT="${BENCH_ISSUER_PORT:-18999}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
STORE_JAVA_OPTS="${BENCH_STORE_JAVA_OPTS:--Xmx512m}"
# Another local-store build (e.g. an older commit's) to compare with.
STORE_JAR="${BENCH_STORE_JAR:-$root/infra/local-store/target/local-store-0.1.0-SNAPSHOT.jar}"
# The platform's store keeps its data on disk (H2 backend); BENCH_STORE=memory compares with the in-memory backend.
STORE_MODE="${BENCH_STORE:-disk}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [[ "$STORE_MODE" == memory ]]; then store_args=(--in-memory); else store_args=(--data-dir="$work/store"); fi
java $STORE_JAVA_OPTS -jar "$STORE_JAR" \
  --port="$STORE_PORT" "${store_args[@]}" >"$work/store.log" 2>&1 &
pids+=($!)
sleep 2
MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" PERSONNEL_PORT="$SERVICE_PORT" \
  java $JAVA_OPTS -jar "$root/personnel-service/target/personnel-service-0.1.0-SNAPSHOT.jar" >"$work/service.log" 2>&1 &
pids+=($!)
echo "store ($STORE_MODE) on $STORE_PORT, personnel-service on $SERVICE_PORT (log $work/service.log), JVM options: $JAVA_OPTS"
java "$here/PersonnelBench.java" "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" "${1:-200}" "${2:-3}"
grep -h "Loaded demo data\|Strength snapshot ready\|Imported" "$work/service.log" || true
