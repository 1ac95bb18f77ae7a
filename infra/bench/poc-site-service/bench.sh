#!/usr/bin/env bash
# Benchmarks poc-site-service alone: the embedded store (on disk, as ./platform runs it), the service generating
# its demo data on first start (population since 2014, incidents since 2014, patrols, searches, seizures, returns)
# and PocSiteBench.java, which stands in for Keycloak and measures.
#   infra/bench/poc-site-service/bench.sh [calls=200] [extraIncidents=0]
# extraIncidents > 0 first adds that many incidents through the API, spread over the last five years.
# Needs the jars: ./mvnw -q -pl infra/local-store,poc-site-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
bench_settings 37118 18982 18998

start_store "$STORE_PORT" disk
start_jar service "$root/poc-site-service/target/poc-site-service-0.1.0-SNAPSHOT.jar" "$JAVA_OPTS" \
  MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" POC_SITE_PORT="$SERVICE_PORT" \
  HUMANRIGHTS_URL="http://127.0.0.1:9"
echo "store on $STORE_PORT, poc-site-service on $SERVICE_PORT, JVM options: $JAVA_OPTS"
run_bench "$here/PocSiteBench.java" "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" "${1:-200}" "${2:-0}"
echo "demo data generation (first start):"
grep -h "Generated .* demo records" "$work/service.log" | sed -E 's/.*Generated/  generated/' || true
