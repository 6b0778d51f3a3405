#!/usr/bin/env bash
# Runs the job on Flink: the definition a scheduler calls for the nightly load on Flink.
#   pipelines/flink/run.sh [ARGS_FILE] [--option=value ...]
# ARGS_FILE holds one option per line (default: pipelines/flink/sample.args, sample-input/ on an
# embedded Flink cluster, --flinkMaster=[local]); options given after it are appended and win, e.g.
# --flinkMaster=jobmanager-host:8081 to submit to a session cluster (Flink 1.19; the jar ships
# itself). The launcher waits for the job, prints the summary and checks the accounting.
# Builds the jar when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
. pipelines/launcher.sh
jar=$(bundled_jar)
job_args pipelines/flink/sample.args "$@"
# JVM settings: a bounded heap. Java 17 needs no --add-opens for this job, embedded or on a
# session cluster (checked with Flink 1.19.0); Java 21+ is untested and 25 breaks Flink 1.19.
exec java ${JAVA_OPTS:--Xmx4g} -jar "$jar" --runner=FlinkRunner "${JOB_ARGS[@]}"
