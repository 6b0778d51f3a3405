# Shared by the pipelines/*/run.sh launchers (sourced, not run; the caller is at the repo root).

# Prints the path of target/chromeless-*-bundled.jar, building it first when it is missing or
# older than the sources.
bundled_jar() {
  local jar
  jar=$(ls target/chromeless-*-bundled.jar 2>/dev/null | head -1 || true)
  if [[ -z "$jar" || -n "$(find pom.xml src -newer "$jar" -type f 2>/dev/null | head -1)" ]]; then
    mvn -B -q -ntp -DskipTests package >&2
    jar=$(ls target/chromeless-*-bundled.jar | head -1)
  fi
  echo "$jar"
}

# job_args DEFAULT_ARGS_FILE [ARGS_FILE] [--option=value ...]
# Sets JOB_ARGS to the options of the args file (one a line; blank lines and '#' comments left
# out; ARGS_FILE when given, else DEFAULT_ARGS_FILE) followed by the options given after it,
# which win.
job_args() {
  local args_file=$1
  shift
  if [[ $# -gt 0 && $1 != --* ]]; then
    args_file=$1
    shift
  fi
  mapfile -t JOB_ARGS < <(grep -v '^\s*#' "$args_file" | sed '/^\s*$/d')
  JOB_ARGS+=("$@")
}
