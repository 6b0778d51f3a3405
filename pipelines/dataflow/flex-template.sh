#!/usr/bin/env bash
# Builds and runs the Flex Template: the definition a scheduler calls when it launches
# templates (no jar on the scheduler's side).
#   PROJECT=my-project REGION=europe-west1 BUCKET=my-bucket REPO=my-docker-repo pipelines/dataflow/flex-template.sh build
#   PROJECT=... REGION=... BUCKET=... pipelines/dataflow/flex-template.sh run [LOAD_DATE]
# build: packs target/chromeless-*-bundled.jar into a launcher image on Google's Java 17 base
# image and writes the template spec (parameters from metadata.json) to
# gs://$BUCKET/templates/chromeless.json. run: launches it on gs://$BUCKET/dumps/* into
# gs://$BUCKET/articles/. The launcher submits the job and returns; it does not wait for it.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${PROJECT:?set PROJECT}" "${REGION:?set REGION}" "${BUCKET:?set BUCKET}"
spec="gs://$BUCKET/templates/chromeless.json"
case ${1:-} in
  build)
    : "${REPO:?set REPO (an Artifact Registry Docker repository)}"
    . pipelines/launcher.sh
    jar=$(bundled_jar)
    gcloud dataflow flex-template build "$spec" \
      --project="$PROJECT" \
      --image-gcr-path="$REGION-docker.pkg.dev/$PROJECT/$REPO/chromeless:latest" \
      --sdk-language=JAVA \
      --flex-template-base-image=JAVA17 \
      --metadata-file=pipelines/dataflow/metadata.json \
      --jar="$jar" \
      --env=FLEX_TEMPLATE_JAVA_MAIN_CLASS=io.chromeless.ArticlesPipeline
    ;;
  run)
    load_date=${2:-$(date -u +%F)}
    # ^~^ makes ~ the separator between parameters, so that inputs may hold comma-separated globs.
    gcloud dataflow flex-template run "chromeless-${load_date}-$(date -u +%H%M%S)" \
      --project="$PROJECT" --region="$REGION" \
      --template-file-gcs-location="$spec" \
      --temp-location="gs://$BUCKET/tmp/" --staging-location="gs://$BUCKET/staging/" \
      --parameters="^~^inputs=gs://$BUCKET/dumps/*~output=gs://$BUCKET/articles/~loadDate=$load_date"
    ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
