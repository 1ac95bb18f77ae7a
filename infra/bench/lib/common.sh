# Shared by the benchmarks' bench.sh scripts (source it): a work directory removed on exit (kept after a failure
# with BENCH_KEEP_WORK=1), processes
# started in the background and stopped by pid on exit (their logs printed if the bench failed), the
# embedded store, a service jar, and compiling a benchmark program together with BenchKit.java.
# The caller sets `here` (its own directory) before sourcing.
root="$(cd "$here/../../.." && pwd)"
lib="$(cd "$here/../lib" && pwd)"
work="$(mktemp -d)"
pids=()

bench_cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    echo "bench failed ($status); errors in the logs of what it started:"
    grep -h -E "ERROR|Exception" "$work"/*.log 2>/dev/null | head -20 || true
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$status" -ne 0 ] && [ -n "${BENCH_KEEP_WORK:-}" ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap bench_cleanup EXIT INT TERM

# start_store PORT [memory|disk] [java options...]: the platform's local store, on disk by default.
start_store() {
  local port="$1" mode="${2:-disk}"
  shift 2 || shift $#
  local store_args=(--data-dir="$work/store")
  [ "$mode" = memory ] && store_args=(--in-memory)
  java "${@:--Xmx512m}" -jar "${BENCH_STORE_JAR:-$root/infra/local-store/target/local-store-0.1.0-SNAPSHOT.jar}" \
    --port="$port" "${store_args[@]}" >"$work/store.log" 2>&1 &
  pids+=($!)
  sleep 2
}

# start_store_timed LOG PORT "JAVA OPTIONS": the store on disk in $work/store (kept across restarts), its log in
# $work/LOG.log; sets $store_pid and $ready_seconds (from launch until the store said it was ready).
start_store_timed() {
  local log="$work/$1.log" port="$2" opts="$3" started
  started=$(date +%s.%N)
  if [ -n "${BENCH_STORE_CP:-}" ]; then  # another build of the store, e.g. the one before a change (as bench.sh takes it)
    java $opts -cp "$BENCH_STORE_CP" org.unmiss.store.LocalStore --port="$port" --data-dir="$work/store" >"$log" 2>&1 &
  else  # BENCH_STORE_JAR: a copy of the jar, while a build rewrites target/
    java $opts -jar "${BENCH_STORE_JAR:-$root/infra/local-store/target/local-store-0.1.0-SNAPSHOT.jar}" \
      --port="$port" --data-dir="$work/store" >"$log" 2>&1 &
  fi
  store_pid=$!
  pids+=($store_pid)
  for _ in $(seq 1 3000); do grep -q "local-store ready" "$log" && break; sleep 0.1; done
  grep -q "local-store ready" "$log" || { echo "store not ready"; tail -20 "$log"; exit 1; }
  ready_seconds=$(echo "$(date +%s.%N) - $started" | bc)
}

# start_jar NAME JAR JAVA_OPTS [VAR=value...]: runs a Spring Boot jar with the given environment, log in $work/NAME.log.
# A bench is a local run, so the jar gets the 'local' profile and its development keys, as ./platform up gives it;
# without a profile a service refuses to start on committed secrets (ADR 0017). BENCH_PROFILES overrides it.
start_jar() {
  local name="$1" jar="$2" opts="$3"
  shift 3
  env SPRING_PROFILES_ACTIVE="${BENCH_PROFILES:-local}" "$@" java $opts -jar "$jar" >"$work/$name.log" 2>&1 &
  pids+=($!)
}

# run_bench PROGRAM.java [--classpath CP] ARGS...: compiles the program with BenchKit.java and runs it.
run_bench() {
  local program="$1" cp=""
  shift
  if [ "${1:-}" = "--classpath" ]; then cp="$2"; shift 2; fi
  mkdir -p "$work/classes"
  javac -nowarn -d "$work/classes" ${cp:+-cp "$cp"} "$lib/BenchKit.java" "$program"
  java -cp "$work/classes${cp:+:$cp}" "$(basename "$program" .java)" "$@"
}

# bench_settings STORE_PORT SERVICE_PORT ISSUER_PORT [JAVA_OPTS=-Xmx512m]: the bench's defaults, each overridable
# from the environment (BENCH_STORE_PORT, BENCH_SERVICE_PORT, BENCH_ISSUER_PORT, BENCH_JAVA_OPTS).
bench_settings() {
  STORE_PORT="${BENCH_STORE_PORT:-$1}"
  SERVICE_PORT="${BENCH_SERVICE_PORT:-$2}"
  ISSUER_PORT="${BENCH_ISSUER_PORT:-$3}"
  JAVA_OPTS="${BENCH_JAVA_OPTS:-${4:--Xmx512m}}"
}
