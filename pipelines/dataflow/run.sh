#!/usr/bin/env bash
# Submits the job to Dataflow straight from the bundled jar (no template): the definition a
# scheduler calls when it has the jar and Google Cloud credentials.
#   PROJECT=my-project REGION=europe-west1 BUCKET=my-bucket pipelines/dataflow/run.sh [ARGS_FILE] [--option=value ...]
# ARGS_FILE (default pipelines/dataflow/nightly.args) holds the job's options, one a line;
# ${BUCKET} in it is replaced. The launcher returns once the job is submitted: follow it, and its
# per-stage counters, in Dataflow's monitoring. Builds the jar when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${PROJECT:?set PROJECT}" "${REGION:?set REGION}" "${BUCKET:?set BUCKET}"
. pipelines/launcher.sh
jar=$(bundled_jar)
job_args pipelines/dataflow/nightly.args "$@"
JOB_ARGS=("${JOB_ARGS[@]//\${BUCKET\}/$BUCKET}")
exec java ${JAVA_OPTS:--Xmx2g} -jar "$jar" --runner=DataflowRunner --project="$PROJECT" --region="$REGION" \
  --tempLocation="gs://$BUCKET/tmp/" --stagingLocation="gs://$BUCKET/staging/" "${JOB_ARGS[@]}"
