#!/usr/bin/env bash
# The human rights soak of issue 12: the store at its default heap (as ./platform runs it), grown to CASES human
# rights cases and AUDIT audit entries, every report and the case list measured (each report also right after a
# case write), the store killed with SIGKILL and restarted, and every document verified.
#   1. the service starts on an empty store and records its 2,000 demo cases itself (sealed, figures counted);
#   2. with the service stopped, SoakBench copies those cases through the MongoDB driver up to CASES (new
#      references, ten offices, 2016-01..2026-11) and AuditBench seeds the audit log up to AUDIT chained entries;
#   3. the service starts, finds its figures short of the cases, counts them again from every case (timed);
#   4. `SoakBench measure`: the case list's first page and every report, each after a case write and repeated;
#   5. the store's heap after a full GC, the file size; the service stops; a SHA-256 of every case and audit entry;
#      kill -9 of the store, restart (timed), every document compared; the service starts again and is measured briefly.
#   nice -n 19 infra/bench/humanrights-service/soak.sh [cases=100000] [calls=20] [audit=cases]
#   (BENCH_DEMO_CASES: how many cases the service records itself to be copied, 2,000 by default)
# Needs the jars: ./mvnw -q -pl infra/local-store,humanrights-service -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
# the service runs with the `local` profile as ./platform runs it (development secrets; the audit keys are the bench's)
# ./platform's JVM flags, for the store (its default heap) and the service alike; BENCH_*_JAVA_OPTS to change
platform_flags="-Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
bench_settings 37161 29013 29029 "$platform_flags"
store_opts="${BENCH_STORE_JAVA_OPTS:-$platform_flags}"
cases="${1:-100000}" calls="${2:-20}" audit="${3:-$cases}"
m2="${MAVEN_REPO:-$HOME/.m2/repository}/org/mongodb"
driver="$m2/mongodb-driver-sync/5.6.5/mongodb-driver-sync-5.6.5.jar:$m2/mongodb-driver-core/5.6.5/mongodb-driver-core-5.6.5.jar:$m2/bson/5.6.5/bson-5.6.5.jar:$m2/bson-record-codec/5.6.5/bson-record-codec-5.6.5.jar"
mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$driver" "$lib/BenchKit.java" "$here/AuditBench.java" "$here/SoakBench.java"
soak() { java -Xmx1g -cp "$work/classes:$driver" SoakBench "$@"; }
while IFS='=' read -r name value; do export "$name=$value"; done < <(java -cp "$work/classes:$driver" AuditBench keys)
mongo="mongodb://127.0.0.1:$STORE_PORT"
service_url="http://127.0.0.1:$SERVICE_PORT"

service_pid=""
# start_service NAME: the service; waits until it is ready and its figures are counted ($figures_seconds from launch)
start_service() {
  local started
  started=$(date +%s.%N)
  start_jar "$1" "${BENCH_SERVICE_JAR:-$root/humanrights-service/target/humanrights-service-0.1.0-SNAPSHOT.jar}" "$JAVA_OPTS" \
    MONGODB_URI="$mongo" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" HUMANRIGHTS_PORT="$SERVICE_PORT" \
    HUMANRIGHTS_DEMODATA_ENABLED="${2:-false}" HUMANRIGHTS_DEMODATA_CASES="${BENCH_DEMO_CASES:-2000}" SPRING_PROFILES_ACTIVE=local \
    HUMANRIGHTS_AUDIT_CHAIN_KEY="$HUMANRIGHTS_AUDIT_CHAIN_KEY" \
    HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY="$HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY" \
    HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY="$HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY"
  service_pid="${pids[-1]}"
  for _ in $(seq 1 12000); do
    grep -q "report figures are counted" "$work/$1.log" && break
    kill -0 "$service_pid" 2>/dev/null || { echo "service died"; tail -30 "$work/$1.log"; exit 1; }
    sleep 0.1
  done
  figures_seconds=$(echo "$(date +%s.%N) - $started" | bc)
  grep -h "Started HumanRights\|Loaded .* demo cases\|Counted the figures\|report figures are counted\|Audit log head" "$work/$1.log" \
    | sed -E 's/^[0-9:. ]+[A-Z]+ +[a-z.]*[A-Za-z]+ - /  /' || true
}
stop_service() { kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; }

heap() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk -v who="$2" '/def new generation|garbage-first heap|total/ {print "  " who " heap after a full GC: " $0}' | head -2
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); store and service JVMs: $store_opts; $cases cases, $audit audit entries"
start_store_timed store "$STORE_PORT" "$store_opts"
start_service first true
stop_service
echo "== growing the store"
soak load "$mongo" "$cases"
java -Xmx1g -cp "$work/classes:$driver" AuditBench seed "$mongo" "$audit"
echo "file: $(du -m "$work/store/store.mv" | cut -f1) MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== service start on $cases cases"
start_service grown
echo "  ready with its figures counted $figures_seconds s after launch"
soak measure "$ISSUER_PORT" "$service_url" "$calls"
heap "$store_pid" store
heap "$service_pid" service
echo "file: $(du -m "$work/store/store.mv" | cut -f1) MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
stop_service
echo "== kill -9 of the store"
soak digest "$mongo" "$work/digest"
kill -9 "$store_pid"; wait "$store_pid" 2>/dev/null || true
start_store_timed killed "$STORE_PORT" "$store_opts"
echo "  store ready after SIGKILL in $ready_seconds s"
soak verify "$mongo" "$work/digest"
start_service after-kill
echo "  service ready with its figures after the store's restart: $figures_seconds s after launch"
soak measure "$ISSUER_PORT" "$service_url" 5 | grep -E "case list|first call after a write" || true
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
