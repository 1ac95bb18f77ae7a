#!/usr/bin/env bash
# Audited reads per second of humanrights-service with 1,000 and with 1,000,000 entries in its audit log
# (issue 11, item 20). The embedded store (on disk, as ./platform runs it), the service without demo data and
# with fresh bench keys, AuditBench.java (JDK + the MongoDB driver from ~/.m2) and a stand-in for Keycloak:
#   1. the service records a few cases through the API, then stops;
#   2. AuditBench seeds the log directly in the store (building a million entries through the API would take
#      hours here) up to 1,000 entries, each with the MAC the service would compute under the bench chain key;
#      the service starts (recovering the head), ROUNDS rounds of CALLS audited reads (GET /hr-cases/{ref},
#      one CASE_READ entry each) by CLIENTS clients are measured, and it stops;
#   3. the same after seeding up to 1,000,000 entries.
#   [BENCH_STORE=memory] infra/bench/humanrights-service/audit-bench.sh [calls=2000] [rounds=5] [clients=4] [large=1000000]
# Needs the jars: ./mvnw -q -pl infra/local-store,humanrights-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
bench_settings 37141 28993 29009 -Xmx512m
calls="${1:-2000}" rounds="${2:-5}" clients="${3:-4}" large="${4:-1000000}"
m2="${MAVEN_REPO:-$HOME/.m2/repository}/org/mongodb"
driver="$m2/mongodb-driver-sync/5.6.5/mongodb-driver-sync-5.6.5.jar:$m2/mongodb-driver-core/5.6.5/mongodb-driver-core-5.6.5.jar:$m2/bson/5.6.5/bson-5.6.5.jar:$m2/bson-record-codec/5.6.5/bson-record-codec-5.6.5.jar"
mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$driver" "$lib/BenchKit.java" "$here/AuditBench.java"
bench() { java -Xmx1g -cp "$work/classes:$driver" AuditBench "$@"; }
while IFS='=' read -r name value; do export "$name=$value"; done < <(bench keys)
mongo="mongodb://127.0.0.1:$STORE_PORT"
service_url="http://127.0.0.1:$SERVICE_PORT"

start_service() {
  start_jar service "$root/humanrights-service/target/humanrights-service-0.1.0-SNAPSHOT.jar" "$JAVA_OPTS" \
    MONGODB_URI="$mongo" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" HUMANRIGHTS_PORT="$SERVICE_PORT" \
    HUMANRIGHTS_DEMODATA_ENABLED=false \
    HUMANRIGHTS_AUDIT_CHAIN_KEY="$HUMANRIGHTS_AUDIT_CHAIN_KEY" \
    HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY="$HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY" \
    HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY="$HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY"
  service_pid="${pids[-1]}"
}
stop_service() { kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; }

start_store "$STORE_PORT" "${BENCH_STORE:-disk}" -Xmx2g
echo "store on $STORE_PORT (${BENCH_STORE:-disk}), humanrights-service on $SERVICE_PORT, JVM options: $JAVA_OPTS; load: $(cut -d' ' -f1-3 /proc/loadavg)"
start_service
references="$(bench cases "$ISSUER_PORT" "$service_url" 20 | tail -1)"
stop_service

for size in 1000 "$large"; do
  echo "== audit log at $size entries"
  bench seed "$mongo" "$size"
  start_service
  bench measure "$ISSUER_PORT" "$service_url" "$mongo" "$references" "$calls" "$rounds" "$clients"
  grep -h "Audit log head recovered" "$work/service.log" | tail -1 | sed -E 's/^.*(Audit log)/  \1/' || true
  stop_service
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
