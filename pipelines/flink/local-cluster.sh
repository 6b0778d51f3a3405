#!/usr/bin/env bash
# A real Flink 1.19 session cluster on loopback, from Maven artifacts: a JobManager and a
# TaskManager as two separate JVMs (flink-runtime's standalone entry points; classpath from
# pipelines/flink/cluster/pom.xml), and a check that submits the job jar to it and compares the
# output with the direct runner's.
#   pipelines/flink/local-cluster.sh start     # start JobManager + TaskManager, wait for 2 slots
#   pipelines/flink/local-cluster.sh check [INPUTS]   # run the job on the cluster and on the direct runner, compare
#   pipelines/flink/local-cluster.sh stop
#   pipelines/flink/local-cluster.sh all [INPUTS]     # start, check, stop
# FLINK_REST_PORT (default 18081) is the REST/web UI port: http://localhost:18081 shows the job
# and its Beam counters per operator. Files live under target/flink-cluster/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=target/flink-cluster
port=${FLINK_REST_PORT:-18081}
rpc_port=${FLINK_RPC_PORT:-16123}
mkdir -p "$work/conf" "$work/log"

classpath() {
  if [[ ! -s $work/classpath.txt ]]; then
    mvn -B -q -ntp -f pipelines/flink/cluster/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/$work/classpath.txt" >&2
  fi
  cat "$work/classpath.txt"
}

write_conf() {
  cat > "$work/conf/flink-conf.yaml" <<CONF
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $rpc_port
jobmanager.bind-host: localhost
jobmanager.memory.process.size: 1024m
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: 2
parallelism.default: 2
rest.address: localhost
rest.bind-address: localhost
rest.port: $port
# A TaskManager started without Flink's shell scripts needs every memory component spelled out
# (the scripts compute them); the JVM flags in start() match these sizes.
taskmanager.cpu.cores: 2
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.framework.off-heap.size: 128m
taskmanager.memory.jvm-metaspace.size: 512m
taskmanager.memory.jvm-overhead.min: 192m
taskmanager.memory.jvm-overhead.max: 192m
taskmanager.memory.task.heap.size: 768m
taskmanager.memory.task.off-heap.size: 64m
taskmanager.memory.managed.size: 256m
# Beam's batch translation makes many operators, more network buffers than the default.
taskmanager.memory.network.min: 256m
taskmanager.memory.network.max: 256m
io.tmp.dirs: $root/$work/tmp
CONF
  mkdir -p "$work/tmp"
}

running() {
  [[ -f $work/$1.pid ]] && kill -0 "$(cat "$work/$1.pid")" 2>/dev/null
}

start() {
  write_conf
  local cp
  cp=$(classpath)
  if ! running jobmanager; then
    java -Xmx768m -cp "$cp" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
      --configDir "$work/conf" > "$work/log/jobmanager.log" 2>&1 &
    echo $! > "$work/jobmanager.pid"
  fi
  if ! running taskmanager; then
    # Heap = framework (128m) + task heap; direct = framework + task off-heap + network.
    java -Xmx896m -Xms896m -XX:MaxDirectMemorySize=640m -XX:MaxMetaspaceSize=512m -cp "$cp" \
      org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$work/conf" \
      > "$work/log/taskmanager.log" 2>&1 &
    echo $! > "$work/taskmanager.pid"
  fi
  for _ in $(seq 1 90); do
    if ! running jobmanager || ! running taskmanager; then
      break
    fi
    if curl -sf "http://localhost:$port/overview" | grep -q '"slots-available":2'; then
      echo "Flink session cluster up: http://localhost:$port (JobManager pid $(cat "$work/jobmanager.pid"), TaskManager pid $(cat "$work/taskmanager.pid"))"
      return 0
    fi
    sleep 2
  done
  echo "Flink cluster did not come up; logs in $work/log" >&2
  return 1
}

stop() {
  for p in taskmanager jobmanager; do
    if running $p; then
      kill "$(cat "$work/$p.pid")"
    fi
    rm -f "$work/$p.pid"
  done
}

check() {
  local inputs=${1:-$root/sample-input/*}
  local jar
  jar=$(ls target/chromeless-*-bundled.jar 2>/dev/null | head -1 || true)
  if [[ -z "$jar" ]]; then
    mvn -B -q -ntp -DskipTests package
    jar=$(ls target/chromeless-*-bundled.jar | head -1)
  fi
  rm -rf "$work/out"
  local t0 t1 t2
  t0=$(date +%s)
  java -jar "$jar" --runner=FlinkRunner --flinkMaster="localhost:$port" --parallelism=2 \
    --inputs="$inputs" --output="$root/$work/out/cluster" --loadDate=2026-11-23
  t1=$(date +%s)
  java -jar "$jar" --runner=DirectRunner --inputs="$inputs" --output="$root/$work/out/direct" --loadDate=2026-11-23
  t2=$(date +%s)
  echo "Flink cluster run $((t1 - t0)) s, direct run $((t2 - t1)) s"
  curl -sf "http://localhost:$port/jobs/overview" | grep -o '"name":"[^"]*","start-time[^}]*"state":"[A-Z]*"' | head -3 || true
  # Row-for-row comparison with DuckDB (the test sources' ParquetOutputs, run by Java's source launcher).
  if [[ ! -s $work/test-classpath.txt ]]; then
    mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$root/$work/test-classpath.txt" >&2
  fi
  local duckdb
  duckdb=$(tr ':' '\n' < "$work/test-classpath.txt" | grep duckdb_jdbc)
  java -cp "$duckdb" src/test/java/io/chromeless/testing/ParquetOutputs.java "$work/out/cluster" "$work/out/direct"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  check) shift; check "$@" ;;
  all) shift; start; trap stop EXIT; check "$@" ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
