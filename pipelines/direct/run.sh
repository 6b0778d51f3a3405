#!/usr/bin/env bash
# Runs the job on the direct runner (embedded, in this JVM): the definition a scheduler calls
# for a one-machine load.
#   pipelines/direct/run.sh [ARGS_FILE] [--option=value ...]
# ARGS_FILE holds one option per line (default: pipelines/direct/sample.args, the quickstart on
# sample-input/); options given after it are appended and win. Builds the jar when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
args_file=pipelines/direct/sample.args
if [[ $# -gt 0 && $1 != --* ]]; then
  args_file=$1
  shift
fi
. pipelines/launcher.sh
jar=$(bundled_jar)
mapfile -t file_args < <(args_of "$args_file")
# JVM settings for a local run: a bounded heap, and the direct runner in this JVM.
exec java ${JAVA_OPTS:--Xmx4g} -jar "$jar" --runner=DirectRunner "${file_args[@]}" "$@"
