#!/usr/bin/env bash
# Audited reads per second of humanrights-service with a short and with a long audit log, measured side by
# side (issue 11, item 20): two embedded stores on disk, one seeded with `small` audit entries and one with
# `large`, directly in the store (AuditBench seed: the MAC the service computes under the bench chain key,
# insertMany batches of 5,000), then two services (no demo data, same bench keys) that recover the chain head
# at start; AuditBench compare records 20 cases in each through the API and measures rounds of `calls`
# audited reads (GET /hr-cases/{ref}, one CASE_READ entry each) by `clients` clients, alternating between
# the two services round by round so both see the same load from the other builds sharing the machine.
#   [BENCH_STORE=memory] [BENCH_STORE_HEAP=-Xmx6g] infra/bench/humanrights-service/audit-compare.sh [calls=1500] [rounds=7] [clients=4] [small=1000] [large=1000000]
# Needs the jars: ./mvnw -q -pl infra/local-store,humanrights-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
bench_settings 37151 28995 29011 -Xmx512m
calls="${1:-1500}" rounds="${2:-7}" clients="${3:-4}" small="${4:-1000}" large="${5:-1000000}"
m2="${MAVEN_REPO:-$HOME/.m2/repository}/org/mongodb"
driver="$m2/mongodb-driver-sync/5.6.5/mongodb-driver-sync-5.6.5.jar:$m2/mongodb-driver-core/5.6.5/mongodb-driver-core-5.6.5.jar:$m2/bson/5.6.5/bson-5.6.5.jar:$m2/bson-record-codec/5.6.5/bson-record-codec-5.6.5.jar"
mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$driver" "$lib/BenchKit.java" "$here/AuditBench.java"
bench() { java -Xmx1g -cp "$work/classes:$driver" AuditBench "$@"; }
while IFS='=' read -r name value; do export "$name=$value"; done < <(bench keys)
store_jar="${BENCH_STORE_JAR:-$root/infra/local-store/target/local-store-0.1.0-SNAPSHOT.jar}"

# two stores, each with its own data directory (start_store keeps one); BENCH_STORE=memory keeps them in memory:
# the disk store (H2 MVStore) failed with "Chunk N not found" on the first reads after a million-entry bulk load
for which in small large; do
  port=$([ "$which" = small ] && echo "$STORE_PORT" || echo $((STORE_PORT + 1)))
  store_args=(--data-dir="$work/store-$which")
  [ "${BENCH_STORE:-disk}" = memory ] && store_args=(--in-memory)
  java "${BENCH_STORE_HEAP:--Xmx6g}" -jar "$store_jar" --port="$port" "${store_args[@]}" >"$work/store-$which.log" 2>&1 &
  pids+=($!)
done
sleep 2
small_mongo="mongodb://127.0.0.1:$STORE_PORT" large_mongo="mongodb://127.0.0.1:$((STORE_PORT + 1))"
echo "stores on $STORE_PORT (small log) and $((STORE_PORT + 1)) (large log), ${BENCH_STORE:-disk}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
bench seed "$small_mongo" "$small"
bench seed "$large_mongo" "$large"

for which in small large; do
  port=$([ "$which" = small ] && echo "$SERVICE_PORT" || echo $((SERVICE_PORT + 1)))
  mongo=$([ "$which" = small ] && echo "$small_mongo" || echo "$large_mongo")
  start_jar "service-$which" "$root/humanrights-service/target/humanrights-service-0.1.0-SNAPSHOT.jar" "$JAVA_OPTS" \
    MONGODB_URI="$mongo" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" HUMANRIGHTS_PORT="$port" \
    HUMANRIGHTS_DEMODATA_ENABLED=false \
    HUMANRIGHTS_AUDIT_CHAIN_KEY="$HUMANRIGHTS_AUDIT_CHAIN_KEY" \
    HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY="$HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY" \
    HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY="$HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY"
done
echo "services on $SERVICE_PORT (small log) and $((SERVICE_PORT + 1)) (large log), JVM options: $JAVA_OPTS"
bench compare "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" "$small_mongo" "http://127.0.0.1:$((SERVICE_PORT + 1))" "$large_mongo" \
  "$calls" "$rounds" "$clients"
for which in small large; do
  grep -h -E "Audit log head recovered|Started HumanRightsApplication" "$work/service-$which.log" | sed -E "s/^.*(Audit log|Started)/  $which: \\1/" || true
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
