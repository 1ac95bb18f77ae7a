#!/usr/bin/env bash
# What the gateway costs: personnel-service (embedded store, demo mission of 20,000 people) called direct, through
# nginx as a plain reverse proxy, and through the gateway, in one run (GatewayBench.java; stands in for Keycloak).
#   infra/bench/gateway/bench.sh [calls=1000] [wrkSeconds=15] [connections=16]
# Needs nginx and wrk (Debian packages; installed here with apt-get when missing and running as root) and the jars:
#   ./mvnw -q -pl infra/local-store,personnel-service,gateway -am package -DskipTests
# BENCH_JAVA_OPTS: JVM options of the service and the gateway (default -Xmx512m, default JIT); BENCH_GATEWAY_JAVA_OPTS
# overrides them for the gateway (e.g. to add -XX:StartFlightRecording=filename=/tmp/gateway.jfr,settings=profile).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/common.sh"
NGINX_PORT="${BENCH_NGINX_PORT:-18942}"
GATEWAY_PORT="${BENCH_GATEWAY_PORT:-18943}"
bench_settings 37140 18941 18949
GATEWAY_JAVA_OPTS="${BENCH_GATEWAY_JAVA_OPTS:-$JAVA_OPTS}"

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing nginx and wrk (Debian packages)"
    apt-get install -y -q --no-install-recommends nginx wrk >"$work/apt.log" 2>&1 \
      || { apt-get update -q >>"$work/apt.log" 2>&1 && apt-get install -y -q --no-install-recommends nginx wrk >>"$work/apt.log" 2>&1; }
  else
    echo "needs nginx and wrk: sudo apt-get install nginx wrk" >&2
    exit 2
  fi
fi

start_store "$STORE_PORT" disk
start_jar service "$root/personnel-service/target/personnel-service-0.1.0-SNAPSHOT.jar" "$JAVA_OPTS" \
  MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" PERSONNEL_PORT="$SERVICE_PORT"
# The per-caller rate limit (600/min) would otherwise measure itself; everything else is as configured.
start_jar gateway "$root/gateway/target/gateway-0.1.0-SNAPSHOT.jar" "$GATEWAY_JAVA_OPTS" \
  GATEWAY_PORT="$GATEWAY_PORT" KEYCLOAK_URL="http://127.0.0.1:$ISSUER_PORT" PERSONNEL_URL="http://127.0.0.1:$SERVICE_PORT" \
  GATEWAY_RATE_LIMIT_PER_MINUTE=100000000 GATEWAY_RATE_LIMIT_BURST=10000000

mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  upstream personnel { server 127.0.0.1:$SERVICE_PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://personnel;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)

echo "store $STORE_PORT, personnel-service $SERVICE_PORT, nginx $NGINX_PORT, gateway $GATEWAY_PORT; JVM options: $JAVA_OPTS; $(nproc) cores"
run_bench "$here/GatewayBench.java" "$ISSUER_PORT" "http://127.0.0.1:$SERVICE_PORT" "http://127.0.0.1:$NGINX_PORT" \
  "http://127.0.0.1:$GATEWAY_PORT" "${1:-1000}" "${2:-15}" "${3:-16}"
