#!/usr/bin/env bash
# Checks how deploy/install-deps finds this machine's Debian mirror and writes bookworm-backports
# for it, on sample apt folders in a temporary directory: deb822 and one-line sources, keyrings
# given as a path or written in place, comments, disabled and unrelated sources, and none at all.
# usage: test_debian_sources.sh path/to/deploy/lib/debian-sources.sh
set -euo pipefail
# shellcheck source=../../deploy/lib/debian-sources.sh
source "$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

expect() {  # expect WHAT ACTUAL WANTED
  if [ "$2" != "$3" ]; then
    printf 'FAILED: %s\n  got:    %q\n  wanted: %q\n' "$1" "$2" "$3" >&2
    failures=$((failures + 1))
  fi
}

apt_dir() {  # apt_dir NAME: a fresh sample /etc/apt
  rm -rf "${work:?}/$1"
  mkdir -p "$work/$1/sources.list.d"
  echo "$work/$1"
}

# deb822, as Debian 12 installs it, with a local mirror, a comment inside the stanza, and an
# unrelated third-party source listed first.
etc="$(apt_dir deb822)"
cat > "$etc/sources.list.d/nodesource.sources" <<'SOURCES'
Types: deb
URIs: https://deb.nodesource.com/node_20.x
Suites: nodistro
Components: main
SOURCES
cat > "$etc/sources.list.d/debian.sources" <<'SOURCES'
Types: deb deb-src
# the clinic's mirror
URIs: http://mirror.clinic.test/debian/ http://second.clinic.test/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.clinic.test/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
debian_source_find bookworm "$etc" || expect "deb822: a bookworm source is found" no yes
expect "deb822: the mirror's first URI, without its trailing slash" "$DEBIAN_SOURCE_URI" "http://mirror.clinic.test/debian"
expect "deb822: its keyring" "$DEBIAN_SOURCE_SIGNED_BY" "/usr/share/keyrings/debian-archive-keyring.gpg"
expect "deb822: the format" "$DEBIAN_SOURCE_FORMAT" "deb822"
if debian_source_has_suite bookworm-backports "$etc"; then expect "deb822: no backports yet" yes no; fi
written="$(debian_source_write bookworm-backports main "$etc")"
expect "deb822: backports written as a .sources file" "$written" "$etc/sources.list.d/bookworm-backports.sources"
expect "deb822: the backports source" "$(cat "$written")" "Types: deb
URIs: http://mirror.clinic.test/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
debian_source_has_suite bookworm-backports "$etc" || expect "deb822: backports found once written" no yes

# A disabled stanza and a deb-src-only stanza do not count.
etc="$(apt_dir deb822-disabled)"
cat > "$etc/sources.list.d/debian.sources" <<'SOURCES'
Types: deb
URIs: http://old.clinic.test/debian
Suites: bookworm
Components: main
Enabled: no

Types: deb-src
URIs: http://src.clinic.test/debian
Suites: bookworm
Components: main

Types: deb
URIs: http://new.clinic.test/debian
Suites: bookworm
Components: main
SOURCES
debian_source_find bookworm "$etc" || expect "deb822 disabled: the enabled source is found" no yes
expect "deb822 disabled: the enabled binary source" "$DEBIAN_SOURCE_URI" "http://new.clinic.test/debian"
expect "deb822 disabled: no keyring given" "$DEBIAN_SOURCE_SIGNED_BY" ""
expect "deb822 disabled: no Signed-By line when the source has none" \
  "$(debian_source_write bookworm-backports main "$etc" | xargs cat)" "Types: deb
URIs: http://new.clinic.test/debian
Suites: bookworm-backports
Components: main"

# A key block written in the source itself is carried over as it is.
etc="$(apt_dir deb822-inline-key)"
cat > "$etc/sources.list.d/debian.sources" <<'SOURCES'
Types: deb
URIs: http://mirror.clinic.test/debian
Suites: bookworm
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mDMEZ0sample
 -----END PGP PUBLIC KEY BLOCK-----
SOURCES
debian_source_find bookworm "$etc" || expect "inline key: found" no yes
expect "inline key: written back in place" "$(debian_source_write bookworm-backports main "$etc" | xargs cat)" "Types: deb
URIs: http://mirror.clinic.test/debian
Suites: bookworm-backports
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mDMEZ0sample
 -----END PGP PUBLIC KEY BLOCK-----"

# One-line sources.list with options, comments, a deb-src line and the security archive first.
etc="$(apt_dir one-line)"
cat > "$etc/sources.list" <<'SOURCES'
# deb http://commented.test/debian bookworm main
deb-src http://src.clinic.test/debian bookworm main
deb [arch=amd64 signed-by=/etc/apt/keyrings/clinic.gpg] http://mirror.clinic.test/debian-security bookworm-security main
deb [arch=amd64 signed-by=/etc/apt/keyrings/clinic.gpg] http://mirror.clinic.test/debian bookworm main contrib
SOURCES
debian_source_find bookworm "$etc" || expect "one-line: found" no yes
expect "one-line: the mirror" "$DEBIAN_SOURCE_URI" "http://mirror.clinic.test/debian"
expect "one-line: its keyring" "$DEBIAN_SOURCE_SIGNED_BY" "/etc/apt/keyrings/clinic.gpg"
expect "one-line: the format" "$DEBIAN_SOURCE_FORMAT" "one-line"
written="$(debian_source_write bookworm-backports main "$etc")"
expect "one-line: backports written as a .list file" "$written" "$etc/sources.list.d/bookworm-backports.list"
expect "one-line: the backports line" "$(cat "$written")" \
  "deb [signed-by=/etc/apt/keyrings/clinic.gpg] http://mirror.clinic.test/debian bookworm-backports main"

# Backports already configured (here in a .list beside a deb822 main source): nothing to add.
etc="$(apt_dir has-backports)"
echo "deb http://mirror.clinic.test/debian bookworm-backports main" > "$etc/sources.list.d/backports.list"
debian_source_has_suite bookworm-backports "$etc" || expect "existing backports are seen" no yes

# No Debian source at all (only a third-party one, an empty sources.list): nothing is found.
etc="$(apt_dir none)"
: > "$etc/sources.list"
echo "deb https://deb.nodesource.com/node_20.x nodistro main" > "$etc/sources.list.d/nodesource.list"
if debian_source_find bookworm "$etc"; then expect "no Debian source: nothing found" found "not found"; fi
etc="$(apt_dir missing-folder)"
rm -rf "$etc"
if debian_source_find bookworm "$etc"; then expect "no apt folder: nothing found" found "not found"; fi

# The project itself names no mirror host (the sample hosts above are *.test).
project="$(cd "$(dirname "$1")/../.." && pwd)"
if hits="$(cd "$project" && git ls-files -z 2>/dev/null | xargs -0 grep -l -I -E '(deb|security|httpredir|snapshot|ftp(\.[a-z]{2})?)\.debian\.org' 2>/dev/null)"; then
  expect "no file in the project names a Debian mirror host" "$hits" ""
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all apt source checks passed"
