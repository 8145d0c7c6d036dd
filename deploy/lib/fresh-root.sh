# Sourced (bash): a fresh Debian 12 (bookworm) minbase root, for proving that the project's own
# files install everything it needs (.ci/run, deploy/run-tests-fresh). Nothing project-specific
# happens here; callers put their checkout into the root and run commands in it.
#
#   fresh_root_create DIR     a fresh bookworm minbase root in DIR (which must be empty or absent),
#                             made by debootstrap from the mirror of this machine's apt sources,
#                             with this machine's Debian apt sources (same file format) and its
#                             /etc/resolv.conf and local CA certificates (and a policy-rc.d so
#                             packages start no daemons).
#                             From the cached base root when there is one (and
#                             it is younger than a week), else creating that cache.
#   fresh_root_mount DIR      binds /proc, /sys, /dev, /dev/pts, /dev/shm into DIR.
#   fresh_root_umount DIR     stops what still runs inside DIR and unmounts everything under DIR;
#                             idempotent and quiet, safe to call from a trap (lazy fallback).
#   fresh_root_run DIR CMD... runs CMD inside DIR (chroot) as root with a clean environment:
#                             PATH, HOME=/root, LANG=C.UTF-8, DEBIAN_FRONTEND=noninteractive,
#                             no DISPLAY. Add variables with `env NAME=value CMD...`.
#   fresh_root_remove DIR     umount, then delete DIR without ever crossing into a mount.
#
# Environment: FRESH_ROOT_CACHE (folder of the cached base root, default
# /var/cache/intake-kiosk; "off" neither reads nor writes a cache). Needs root and debootstrap.
# Safe to source into a script running under set -euo pipefail.

FRESH_ROOT_SUITE=bookworm
FRESH_ROOT_MOUNTS=(proc sys dev dev/pts dev/shm)

# shellcheck source=debian-sources.sh
source "$(dirname "${BASH_SOURCE[0]}")/debian-sources.sh"

_fresh_root_say() { echo "fresh-root: $*" >&2; }

_fresh_root_cache_file() {
  local cache="${FRESH_ROOT_CACHE:-/var/cache/intake-kiosk}"
  if [ "$cache" = off ]; then return 1; fi
  # One cache per mirror: a root made from another mirror is not this machine's.
  local key
  key="$(printf '%s' "$DEBIAN_SOURCE_URI" | sha256sum | cut -c1-12)"
  echo "$cache/$FRESH_ROOT_SUITE-minbase-$key.tar"
}

# The host's Debian sources and the keyrings they name, in place of debootstrap's sources.list.
_fresh_root_copy_apt_sources() {
  local dir="$1" format file uri suites signed
  local -A copied=()
  rm -f "$dir/etc/apt/sources.list" "$dir"/etc/apt/sources.list.d/*
  while IFS=$'\t' read -r format file uri suites signed; do
    # The release and its updates; backports is what the project's own install step must add.
    case " $suites " in
      *" $FRESH_ROOT_SUITE "* | *" $FRESH_ROOT_SUITE-updates "* | *" $FRESH_ROOT_SUITE-security "*) ;;
      *) continue ;;
    esac
    if [ -z "${copied[$file]:-}" ]; then
      mkdir -p "$dir$(dirname "$file")"
      cp "$file" "$dir$file"
      copied[$file]=1
    fi
    if [ -n "$signed" ] && [[ "$signed" == /* ]] && [ -f "$signed" ] && [ ! -e "$dir$signed" ]; then
      mkdir -p "$dir$(dirname "$signed")"
      cp "$signed" "$dir$signed"
    fi
  done < <(_debian_sources_list /etc/apt)
}

fresh_root_create() {
  local dir="$1"
  if [ -z "$dir" ]; then _fresh_root_say "usage: fresh_root_create DIR"; return 2; fi
  if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ]; then _fresh_root_say "$dir is not empty"; return 1; fi
  if ! debian_source_find "$FRESH_ROOT_SUITE"; then
    _fresh_root_say "this machine's apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/) name no Debian $FRESH_ROOT_SUITE mirror; add one first"
    return 1
  fi
  if ! command -v debootstrap >/dev/null; then _fresh_root_say "debootstrap is not installed"; return 1; fi
  mkdir -p "$dir"
  local cache
  cache="$(_fresh_root_cache_file)" || cache=""
  if [ -n "$cache" ] && [ -f "$cache" ] && [ -n "$(find "$cache" -mtime -7)" ]; then
    _fresh_root_say "unpacking the cached base root $cache"
    tar -xpf "$cache" --numeric-owner -C "$dir" || return 1
  else
    _fresh_root_say "debootstrap --variant=minbase $FRESH_ROOT_SUITE from $DEBIAN_SOURCE_URI"
    local -a keyring=()
    if [[ "$DEBIAN_SOURCE_SIGNED_BY" == /* ]] && [ -f "$DEBIAN_SOURCE_SIGNED_BY" ]; then
      keyring=(--keyring="$DEBIAN_SOURCE_SIGNED_BY")
    fi
    local log="$dir.debootstrap.log"
    if ! debootstrap --variant=minbase "${keyring[@]}" "$FRESH_ROOT_SUITE" "$dir" "$DEBIAN_SOURCE_URI" >"$log" 2>&1; then
      tail -n 20 "$log" >&2
      _fresh_root_say "debootstrap failed (whole log: $log)"
      return 1
    fi
    rm -f "$log"
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
    if [ -n "$cache" ]; then
      # Written aside and renamed, so a second run never unpacks half a tarball.
      mkdir -p "$(dirname "$cache")"
      if tar -cpf "$cache.$$" --numeric-owner -C "$dir" . && mv "$cache.$$" "$cache"; then
        _fresh_root_say "cached the base root as $cache"
      else
        rm -f "$cache.$$"
        _fresh_root_say "could not cache the base root (going on without)"
      fi
    fi
  fi
  _fresh_root_copy_apt_sources "$dir"
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  # The certificate authorities this machine's admin added (a clinic's TLS-inspecting proxy,
  # say) are part of its network setup like resolv.conf: ca-certificates picks them up in the
  # root when it is installed there.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$dir/usr/local/share/ca-certificates"
    cp -L /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/"
  fi
  # A chroot has no init: packages must not start daemons in it (they would outlive the run and
  # keep its mounts busy). The usual Debian way to say so:
  printf '#!/bin/sh\nexit 101\n' > "$dir/usr/sbin/policy-rc.d"
  chmod 755 "$dir/usr/sbin/policy-rc.d"
}

fresh_root_mount() {
  local dir="$1" m
  for m in "${FRESH_ROOT_MOUNTS[@]}"; do
    mkdir -p "$dir/$m"
    mountpoint -q "$dir/$m" || mount --bind "/$m" "$dir/$m" || return 1
  done
}

# Everything mounted at or below DIR, deepest first.
_fresh_root_mounts_below() {
  local dir="$1"
  awk -v dir="$dir" '{ gsub(/\\040/, " ", $2); if ($2 == dir || index($2, dir "/") == 1) print $2 }' /proc/mounts |
    awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-
}

fresh_root_umount() {
  local dir m pid
  dir="$(realpath -m "${1:-/nonexistent}")"
  [ -d "$dir" ] || return 0
  # Processes left inside (an Xvfb a killed test left behind) would keep the mounts busy.
  for pid in /proc/[0-9]*; do
    if [ "$(readlink "$pid/root" 2>/dev/null)" = "$dir" ]; then kill -KILL "${pid#/proc/}" 2>/dev/null || true; fi
  done
  while read -r m; do
    if [ -z "$m" ]; then continue; fi
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || _fresh_root_say "could not unmount $m"
  done < <(_fresh_root_mounts_below "$dir")
  return 0
}

fresh_root_run() {
  local dir="$1"
  shift
  env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive TERM="${TERM:-dumb}" chroot "$dir" "$@"
}

fresh_root_remove() {
  local dir
  dir="$(realpath -m "${1:-/nonexistent}")"
  [ -d "$dir" ] || return 0
  fresh_root_umount "$dir"
  if [ -n "$(_fresh_root_mounts_below "$dir")" ]; then
    _fresh_root_say "$dir still has mounts below it; left in place"
    return 1
  fi
  rm -rf --one-file-system "$dir"
}
