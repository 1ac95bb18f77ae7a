#!/usr/bin/env bash
# Benchmarks poc-site-service alone: the embedded store (persistent, H2 backend, as ./platform runs it), the
# service generating its demo data on first start (population since 2014, incidents since 2014, patrols,
# searches, seizures, returns) and a stand-in token issuer (PocSiteBench.java). Ports are private to the
# bench; everything it starts is stopped by pid on exit.
#   infra/bench/poc-site-service/bench.sh [calls=200] [extraIncidents=0]
# extraIncidents > 0 first adds that many incidents through the API, spread over the last five years.
# Needs the jars: ./mvnw -q -pl infra/local-store,poc-site-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
STORE_PORT="${BENCH_STORE_PORT:-37118}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18982}"
ISSUER_PORT="${BENCH_ISSUER_PORT:-18998}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

java -Xmx512m -jar "$root/infra/local-store/target/local-store-0.1.0-SNAPSHOT.jar" \
  --port="$STORE_PORT" --data-dir="$work/store" >"$work/store.log" 2>&1 &
pids+=($!)
sleep 2
MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" POC_SITE_PORT="$SERVICE_PORT" \
  HUMANRIGHTS_URL="http://127.0.0.1:9" \
  java $JAVA_OPTS -jar "$root/poc-site-service/target/poc-site-service-0.1.0-SNAPSHOT.jar" >"$work/service.log" 2>&1 &
pids+=($!)
echo "store on $STORE_PORT, poc-site-service on $SERVICE_PORT (log $work/service.log), JVM options: $JAVA_OPTS"
java "$here/PocSiteBench.java" "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" "${1:-200}" "${2:-0}"
echo "demo data generation (first start):"
grep -h "Generated .* demo records" "$work/service.log" | sed -E 's/.*Generated/  generated/' || true
