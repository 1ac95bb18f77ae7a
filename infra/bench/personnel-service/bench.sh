#!/usr/bin/env bash
# Benchmarks personnel-service alone: the embedded store (on disk, as ./platform runs it), the service with its
# demo mission (20,000 people) and PersonnelBench.java, which stands in for Keycloak and measures.
#   infra/bench/personnel-service/bench.sh [calls=200] [importRuns=3]
# BENCH_STORE=memory: the store without persistence; BENCH_JAVA_OPTS / BENCH_STORE_JAVA_OPTS: JVM options of the
# service / the store (default -Xmx512m each); BENCH_STORE_JAR: another local-store build to compare with.
# Needs the jars: ./mvnw -q -pl infra/local-store,personnel-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
bench_settings 37117 18981 18999

start_store "$STORE_PORT" "${BENCH_STORE:-disk}" ${BENCH_STORE_JAVA_OPTS:--Xmx512m}
start_jar service "$root/personnel-service/target/personnel-service-0.1.0-SNAPSHOT.jar" "$JAVA_OPTS" \
  MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" PERSONNEL_PORT="$SERVICE_PORT"
echo "store (${BENCH_STORE:-disk}) on $STORE_PORT, personnel-service on $SERVICE_PORT, JVM options: $JAVA_OPTS"
run_bench "$here/PersonnelBench.java" "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" "${1:-200}" "${2:-3}"
grep -h "Loaded demo data\|Strength snapshot ready\|Imported" "$work/service.log" | sed -E 's/^.*\] (o\.u\.)/\1/' || true
