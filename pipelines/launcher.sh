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

# Prints the options of an args file: one a line, blank lines and '#' comments left out.
args_of() {
  grep -v '^\s*#' "$1" | sed '/^\s*$/d'
}
