#!/usr/bin/env bash
# Benchmarks humanrights-service's quarterly brief (and the MRM/MARA views) over 100,000 violations: the
# embedded store (on disk, as ./platform runs it), the service generating its demo cases on
# first start, then HrBench.java (JDK + the MongoDB driver from ~/.m2) inserts copies of those cases, dated
# 2026-02-15 and verified, until the copies hold the wanted number of violations; the service is restarted so that
# it counts them into its figures, and HrBench.java stands in for Keycloak again and measures p50/p95/max. Copies
# keep the originals' ciphertexts (bound to the original references), which no report opens. Ports are private to the bench; everything it starts is stopped by pid on exit.
#   [BENCH_STORE=memory] infra/bench/humanrights-service/bench.sh [calls=50] [violations=100000]
# Needs the jars: ./mvnw -q -pl infra/local-store,humanrights-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
bench_settings 37131 28983 28999 -Xmx1g
m2="${MAVEN_REPO:-$HOME/.m2/repository}/org/mongodb"
driver="$m2/mongodb-driver-sync/5.6.5/mongodb-driver-sync-5.6.5.jar:$m2/mongodb-driver-core/5.6.5/mongodb-driver-core-5.6.5.jar:$m2/bson/5.6.5/bson-5.6.5.jar:$m2/bson-record-codec/5.6.5/bson-record-codec-5.6.5.jar"
# BENCH_STORE=memory runs the store without persistence. Before the BSON page format (ADR 0012) the disk store
# failed long scans right after the bulk load with "Chunk N not found" (H2 2.4.240) in two runs of two; see README.md.
start_store "$STORE_PORT" "${BENCH_STORE:-disk}" -Xmx2g
start_humanrights() {
  start_jar "$1" "$root/humanrights-service/target/humanrights-service-0.1.0-SNAPSHOT.jar" "$JAVA_OPTS" \
    MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" HUMANRIGHTS_PORT="$SERVICE_PORT"
  service_pid="${pids[-1]}"
}
hr_bench() { run_bench "$here/HrBench.java" --classpath "$driver" "$1" "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" \
  "mongodb://127.0.0.1:$STORE_PORT" "$calls" "$violations"; }
calls="${1:-50}" violations="${2:-100000}"
start_humanrights service
echo "store on $STORE_PORT, humanrights-service on $SERVICE_PORT, JVM options: $JAVA_OPTS"
hr_bench fill
grep -h "demo cases" "$work/service.log" | sed -E 's/^.*(Loaded)/  \1/' || true
# The copies went around the service, so its counted figures (ADR 0038) do not hold them: a restart's start-up
# check finds the cells short of the cases and counts every case again; the reports read the figures after that.
kill "$service_pid"; wait "$service_pid" 2>/dev/null || true
restarted=$(date +%s.%N)
start_humanrights service-restarted
for _ in $(seq 1 12000); do
  grep -q "report figures are counted" "$work/service-restarted.log" && break
  kill -0 "$service_pid" 2>/dev/null || { echo "service died"; tail -30 "$work/service-restarted.log"; exit 1; }
  sleep 0.1
done
grep -q "report figures are counted" "$work/service-restarted.log" || { echo "figures not counted in 20 minutes"; exit 1; }
printf "restarted service counted the figures %.1f s after launch:\n" "$(echo "$(date +%s.%N) - $restarted" | bc)"
grep -h "report figures" "$work/service-restarted.log" | sed -E 's/^.* - /  /' || true
hr_bench measure
