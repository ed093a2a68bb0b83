#!/usr/bin/env bash
# Builds or installs the real services IML's tests and demo run against:
# MinIO and Ollama from the Go module proxy, Slurm and munge from Debian.
# Idempotent: a tool already present in $IML_TOOLS is reused, a missing one is (re)built.
# Usage: scripts/install-services.sh [minio] [ollama] [slurm]   (no argument: all three)
set -euo pipefail

IML_TOOLS=${IML_TOOLS:-$HOME/.cache/iml/bin}
MINIO_VERSION=${MINIO_VERSION:-v0.0.0-20260212201848-7aac2a2c5b7c}
OLLAMA_VERSION=${OLLAMA_VERSION:-v0.17.4}
MALGO_VERSION=v0.11.24
mkdir -p "$IML_TOOLS"

log() { printf 'install-services: %s\n' "$*" >&2; }

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_minio() {
  if [ -x "$IML_TOOLS/minio" ]; then log "minio: reuse $IML_TOOLS/minio"; return; fi
  log "minio: building $MINIO_VERSION (about 5 min)"
  GOBIN="$IML_TOOLS" GOFLAGS=-mod=mod go install "github.com/minio/minio@$MINIO_VERSION"
}

install_ollama() {
  if [ -x "$IML_TOOLS/ollama" ]; then log "ollama: reuse $IML_TOOLS/ollama"; return; fi
  apt_install nlohmann-json3-dev libstb-dev build-essential
  # The module archive leaves out llama.cpp's vendored miniaudio header; malgo ships the same file.
  local inc="$HOME/.cache/iml/include"
  mkdir -p "$inc/miniaudio"
  if [ ! -f "$inc/miniaudio/miniaudio.h" ]; then
    local dir
    dir=$(cd /tmp && GOFLAGS=-mod=mod go mod download -json "github.com/gen2brain/malgo@$MALGO_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
    cp "$dir/miniaudio.h" "$inc/miniaudio/miniaudio.h"
  fi
  log "ollama: building $OLLAMA_VERSION (about 10 min)"
  CGO_CPPFLAGS="-I $inc" GOBIN="$IML_TOOLS" GOFLAGS=-mod=mod go install "github.com/ollama/ollama@$OLLAMA_VERSION"
}

install_slurm() {
  apt_install slurmctld slurmd slurm-client munge
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(minio ollama slurm)
for t in "${targets[@]}"; do
  case "$t" in
    minio) install_minio ;;
    ollama) install_ollama ;;
    slurm) install_slurm ;;
    *) log "unknown target $t"; exit 2 ;;
  esac
done
log "done: $IML_TOOLS"
