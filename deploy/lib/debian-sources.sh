# Sourced (bash): reads the machine's apt sources to find its Debian mirror, so that nothing in
# this project names a mirror host and a clinic behind its own mirror or proxy keeps using it.
# Both formats apt reads are understood: deb822 (*.sources) and one-line (sources.list, *.list).
#
# debian_source_find SUITE [APT_ETC]
#   Finds the first enabled "deb" source serving SUITE (e.g. bookworm) and sets
#     DEBIAN_SOURCE_URI        its first URI, e.g. http://mirror.example/debian
#     DEBIAN_SOURCE_SIGNED_BY  its Signed-By / signed-by= keyring ("" when none is given; a key
#                              block written in the source itself has its line breaks as \n)
#     DEBIAN_SOURCE_FORMAT     deb822 or one-line
#     DEBIAN_SOURCE_FILE       the file it is in
#   Returns 1 (and sets nothing) when no such source is configured.
# debian_source_has_suite SUITE [APT_ETC]
#   Returns 0 when an enabled "deb" source already serves SUITE.
# debian_source_write SUITE COMPONENTS [APT_ETC]
#   After debian_source_find: writes a source for SUITE on the same mirror, in the same format,
#   with the same keyring, as APT_ETC/sources.list.d/SUITE.sources (or .list); prints its path.
#
# APT_ETC defaults to /etc/apt; tests pass a folder of sample files instead. Safe under set -e.

# Prints "format<TAB>file<TAB>uri<TAB>suites<TAB>signed-by" for every enabled deb source.
_debian_sources_list() {
  local etc="${1:-/etc/apt}" file
  local -a files=()
  for file in "$etc/sources.list" "$etc"/sources.list.d/*.list "$etc"/sources.list.d/*.sources; do
    if [ -f "$file" ]; then files+=("$file"); fi
  done
  for file in "${files[@]}"; do
    case "$file" in
      *.sources)
        # Stanzas are separated by blank lines; '#' lines are comments, also inside a stanza.
        awk -v file="$file" '
          function flush() {
            if (types ~ /(^| )deb( |$)/ && tolower(enabled) != "no" && uris != "")
              printf "deb822\t%s\t%s\t%s\t%s\n", file, uris, suites, signed
            types = ""; uris = ""; suites = ""; signed = ""; enabled = ""
          }
          /^[ \t]*#/ { next }
          /^[ \t]*$/ { flush(); next }
          # A continuation line: only Signed-By spans lines (a key block written in place);
          # its lines are kept joined by a literal \n.
          /^[ \t]/ { if (key == "signed-by") { line = $0; sub(/^[ \t]+/, "", line); signed = signed "\\n " line }; next }
          /^[^ \t]/ {
            key = tolower($0); sub(/:.*/, "", key)
            value = $0; sub(/^[^:]*:[ \t]*/, "", value); sub(/[ \t]+$/, "", value)
            if (key == "types") types = value
            else if (key == "uris") { uris = value; sub(/[ \t].*/, "", uris) }
            else if (key == "suites") suites = value
            else if (key == "signed-by") signed = value
            else if (key == "enabled") enabled = value
          }
          END { flush() }' "$file"
        ;;
      *)
        # deb [opt=value ...] URI SUITE COMPONENT...
        awk -v file="$file" '
          /^[ \t]*#/ || NF == 0 { next }
          $1 != "deb" { next }
          {
            signed = ""; i = 2
            if ($2 ~ /^\[/) {
              options = ""
              for (; i <= NF; i++) { options = options " " $i; if ($i ~ /\]$/) { i++; break } }
              gsub(/[\[\]]/, "", options)
              n = split(options, parts, " ")
              for (j = 1; j <= n; j++) if (parts[j] ~ /^signed-by=/) { signed = parts[j]; sub(/^signed-by=/, "", signed) }
            }
            printf "one-line\t%s\t%s\t%s\t%s\n", file, $i, $(i + 1), signed
          }' "$file"
        ;;
    esac
  done
}

debian_source_has_suite() {
  local suite="$1" format file uri suites signed
  while IFS=$'\t' read -r format file uri suites signed; do
    if [[ " $suites " == *" $suite "* ]]; then return 0; fi
  done < <(_debian_sources_list "${2:-}")
  return 1
}

debian_source_find() {
  local suite="$1" format file uri suites signed
  while IFS=$'\t' read -r format file uri suites signed; do
    if [[ " $suites " == *" $suite "* ]]; then
      DEBIAN_SOURCE_URI="${uri%/}"
      DEBIAN_SOURCE_SIGNED_BY="$signed"
      DEBIAN_SOURCE_FORMAT="$format"
      DEBIAN_SOURCE_FILE="$file"
      return 0
    fi
  done < <(_debian_sources_list "${2:-}")
  return 1
}

debian_source_write() {
  local suite="$1" components="$2" etc="${3:-/etc/apt}" path
  mkdir -p "$etc/sources.list.d"
  if [ "$DEBIAN_SOURCE_FORMAT" = deb822 ]; then
    path="$etc/sources.list.d/$suite.sources"
    {
      echo "Types: deb"
      echo "URIs: $DEBIAN_SOURCE_URI"
      echo "Suites: $suite"
      echo "Components: $components"
      # A key block (starting with a line break) follows "Signed-By:" directly.
      case "$DEBIAN_SOURCE_SIGNED_BY" in
        "") ;;
        '\n'*) printf 'Signed-By:%b\n' "$DEBIAN_SOURCE_SIGNED_BY" ;;
        *) printf 'Signed-By: %s\n' "$DEBIAN_SOURCE_SIGNED_BY" ;;
      esac
    } > "$path.tmp"
  else
    path="$etc/sources.list.d/$suite.list"
    local options=""
    if [ -n "$DEBIAN_SOURCE_SIGNED_BY" ]; then options="[signed-by=$DEBIAN_SOURCE_SIGNED_BY] "; fi
    echo "deb $options$DEBIAN_SOURCE_URI $suite $components" > "$path.tmp"
  fi
  mv "$path.tmp" "$path"
  echo "$path"
}
