#!/usr/bin/env bash
# Runs the job on the direct runner (embedded, in this JVM): the definition a scheduler calls
# for a one-machine load.
#   pipelines/direct/run.sh [ARGS_FILE] [--option=value ...]
# ARGS_FILE holds one option per line (default: pipelines/direct/sample.args, the quickstart on
# sample-input/); options given after it are appended and win. Builds the jar when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
. pipelines/launcher.sh
jar=$(bundled_jar)
job_args pipelines/direct/sample.args "$@"
# JVM settings for a local run: a bounded heap, and the direct runner in this JVM.
exec java ${JAVA_OPTS:--Xmx4g} -jar "$jar" --runner=DirectRunner "${JOB_ARGS[@]}"
