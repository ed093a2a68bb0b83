#!/usr/bin/env bash
# Starts, stops and reports the local services the IML demo and manual runs use: MinIO and Ollama,
# and a one-node Slurm on request. Everything listens on 127.0.0.1; data, pids and logs live in
# $IML_STATE. Binaries come from $IML_TOOLS (scripts/install-services.sh builds them), then PATH.
#
# Usage: scripts/services.sh up [slurm] | down | status
#
#   up      start MinIO and Ollama (and Slurm with "up slurm") unless already running, wait until
#           healthy, write $IML_STATE/env (export lines) and print it. Idempotent.
#   down    stop whatever up started.
#   status  say what runs; exit 1 if MinIO or Ollama is down.
#
# Environment: IML_TOOLS (~/.cache/iml/bin), IML_STATE (~/.cache/iml/state), IML_MINIO_PORT (19000),
# IML_MINIO_CONSOLE_PORT (19001), IML_OLLAMA_PORT (11534), IML_SLURMCTLD_PORT (16817),
# IML_SLURMD_PORT (16818). The MinIO credentials are generated once into $IML_STATE/minio.credentials.
set -euo pipefail

IML_TOOLS=${IML_TOOLS:-$HOME/.cache/iml/bin}
IML_STATE=${IML_STATE:-$HOME/.cache/iml/state}
MINIO_PORT=${IML_MINIO_PORT:-19000}
MINIO_CONSOLE_PORT=${IML_MINIO_CONSOLE_PORT:-19001}
OLLAMA_PORT=${IML_OLLAMA_PORT:-11534}
SLURMCTLD_PORT=${IML_SLURMCTLD_PORT:-16817}
SLURMD_PORT=${IML_SLURMD_PORT:-16818}
READY_TIMEOUT=${IML_READY_TIMEOUT:-60}

log() { printf 'services: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

tool() {
  local name=$1
  if [ -x "$IML_TOOLS/$name" ]; then echo "$IML_TOOLS/$name"; return; fi
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for d in /usr/sbin /usr/local/sbin /sbin; do
    if [ -x "$d/$name" ]; then echo "$d/$name"; return; fi
  done
  die "$name not found in $IML_TOOLS or PATH; install it with: make services"
}

pidfile() { echo "$IML_STATE/run/$1.pid"; }

alive() { # alive PID: the process exists and is not a zombie (nobody may reap our orphans)
  local st
  st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "${st#Z}" = "$st" ]
}

running() { # running NAME: the recorded process is alive
  local f pid
  f=$(pidfile "$1")
  [ -f "$f" ] || return 1
  pid=$(cat "$f")
  [ -n "$pid" ] && alive "$pid"
}

# launch NAME LOG CMD...: start CMD in its own session, so that down stops its children too.
port_free() { # port_free PORT NAME: refuse to start when something else already listens there
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    die "127.0.0.1:$1 is taken by another process; set $2 to another port"
  fi
}

launch() {
  local name=$1 logf=$2
  shift 2
  setsid "$@" >>"$logf" 2>&1 </dev/null &
  echo $! >"$(pidfile "$name")"
}

stop() { # stop NAME: SIGTERM the process group, SIGKILL after 10 s
  local name=$1 f pid
  f=$(pidfile "$name")
  if ! running "$name"; then rm -f "$f"; return; fi
  pid=$(cat "$f")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    alive "$pid" || break
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$f"
  log "$name stopped"
}

wait_http() { # wait_http NAME URL
  local name=$1 url=$2
  for _ in $(seq 1 $((READY_TIMEOUT * 5))); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    running "$name" || { tail -n 20 "$IML_STATE/log/$name.log" >&2 || true; die "$name exited; log: $IML_STATE/log/$name.log"; }
    sleep 0.2
  done
  tail -n 20 "$IML_STATE/log/$name.log" >&2 || true
  die "$name not healthy after ${READY_TIMEOUT}s; log: $IML_STATE/log/$name.log"
}

credentials() {
  local f="$IML_STATE/minio.credentials"
  if [ ! -f "$f" ]; then
    (umask 077; {
      echo "IML_MINIO_ACCESS_KEY=iml-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
      echo "IML_MINIO_SECRET_KEY=$(head -c 20 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    } >"$f")
    log "generated MinIO credentials in $f"
  fi
  # shellcheck disable=SC1090
  . "$f"
}

up_minio() {
  credentials
  if running minio; then log "minio already running"; else
    local bin
    bin=$(tool minio)
    port_free "$MINIO_PORT" IML_MINIO_PORT
    mkdir -p "$IML_STATE/minio"
    MINIO_ROOT_USER=$IML_MINIO_ACCESS_KEY MINIO_ROOT_PASSWORD=$IML_MINIO_SECRET_KEY \
      MINIO_BROWSER=off MINIO_UPDATE=off \
      launch minio "$IML_STATE/log/minio.log" "$bin" server "$IML_STATE/minio" \
      --address "127.0.0.1:$MINIO_PORT" --console-address "127.0.0.1:$MINIO_CONSOLE_PORT" \
      --certs-dir "$IML_STATE/minio-certs" --quiet
    log "minio starting on 127.0.0.1:$MINIO_PORT"
  fi
  wait_http minio "http://127.0.0.1:$MINIO_PORT/minio/health/live"
}

up_ollama() {
  if running ollama; then log "ollama already running"; else
    local bin
    bin=$(tool ollama)
    port_free "$OLLAMA_PORT" IML_OLLAMA_PORT
    mkdir -p "$IML_STATE/ollama"
    OLLAMA_HOST="127.0.0.1:$OLLAMA_PORT" OLLAMA_MODELS="$IML_STATE/ollama" \
      OLLAMA_NUM_PARALLEL=1 OLLAMA_MAX_LOADED_MODELS=2 OLLAMA_KEEP_ALIVE=5m OLLAMA_NO_CLOUD=1 \
      launch ollama "$IML_STATE/log/ollama.log" "$bin" serve
    log "ollama starting on 127.0.0.1:$OLLAMA_PORT"
  fi
  wait_http ollama "http://127.0.0.1:$OLLAMA_PORT/api/version"
}

slurm_conf() {
  local dir=$IML_STATE/slurm host
  host=$(hostname -s)
  cat <<CONF
# Written by scripts/services.sh; see reference/local-services.md.
ClusterName=iml
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$SLURMCTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=$(id -un)
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SchedulerParameters=sched_interval=1
SelectType=select/cons_tres
ReturnToService=2
MpiDefault=none
InactiveLimit=0
KillWait=5
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
}

up_slurm() {
  local dir=$IML_STATE/slurm
  [ "$(id -u)" = 0 ] || die "slurm needs root (slurmd launches jobs as their users)"
  mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
  chmod 700 "$dir/munge"
  export SLURM_CONF=$dir/slurm.conf
  slurm_conf >"$SLURM_CONF"
  if [ ! -f "$dir/munge/munge.key" ]; then
    (umask 077; head -c 1024 /dev/urandom >"$dir/munge/munge.key")
  fi
  if running munged; then log "munged already running"; else
    launch munged "$IML_STATE/log/munged.log" "$(tool munged)" --foreground --force \
      --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
      --pid-file="$dir/munge/munged.pid" --seed-file="$dir/munge/munged.seed" --log-file="$IML_STATE/log/munged.log"
    for _ in $(seq 1 50); do [ -S "$dir/munge/munge.socket" ] && break; sleep 0.1; done
  fi
  if running slurmctld; then log "slurmctld already running"; else
    port_free "$SLURMCTLD_PORT" IML_SLURMCTLD_PORT
    launch slurmctld "$IML_STATE/log/slurmctld.log" "$(tool slurmctld)" -D -f "$SLURM_CONF"
  fi
  if running slurmd; then log "slurmd already running"; else
    launch slurmd "$IML_STATE/log/slurmd.log" "$(tool slurmd)" -D -f "$SLURM_CONF"
  fi
  local state=""
  for _ in $(seq 1 $((READY_TIMEOUT * 2))); do
    state=$("$(tool sinfo)" --noheader --format=%T 2>/dev/null || true)
    [ "$state" = idle ] || [ "$state" = mixed ] || [ "$state" = allocated ] && break
    sleep 0.5
  done
  case "$state" in idle | mixed | allocated) log "slurm node $state" ;;
  *) tail -n 20 "$IML_STATE/log/slurmctld.log" >&2 || true; die "slurm node not idle (state '$state')" ;; esac
}

write_env() {
  local f=$IML_STATE/env
  (umask 077; {
    echo "export IML_MINIO_ENDPOINT=127.0.0.1:$MINIO_PORT"
    echo "export IML_MINIO_ACCESS_KEY=$IML_MINIO_ACCESS_KEY"
    echo "export IML_MINIO_SECRET_KEY=$IML_MINIO_SECRET_KEY"
    echo "export IML_OLLAMA_URL=http://127.0.0.1:$OLLAMA_PORT"
    if running slurmctld; then echo "export SLURM_CONF=$IML_STATE/slurm/slurm.conf"; fi
  } >"$f.tmp" && mv "$f.tmp" "$f")
  cat "$f"
  log "written to $f (source it: . $f)"
}

status_line() { # status_line NAME
  if running "$1"; then echo "$1: running (pid $(cat "$(pidfile "$1")"))"; else echo "$1: stopped"; fi
}

cmd=${1:-status}
shift || true
case "$cmd" in
  up)
    mkdir -p "$IML_STATE/run" "$IML_STATE/log"
    chmod 700 "$IML_STATE"
    up_minio
    up_ollama
    for extra in "$@"; do
      case "$extra" in
        slurm) up_slurm ;;
        *) die "unknown service $extra (known: slurm)" ;;
      esac
    done
    write_env
    ;;
  down)
    for s in slurmd slurmctld munged ollama minio; do stop "$s"; done
    rm -f "$IML_STATE/env"
    ;;
  status)
    rc=0
    for s in minio ollama munged slurmctld slurmd; do status_line "$s"; done
    running minio && running ollama || rc=1
    exit $rc
    ;;
  *)
    die "usage: $0 up [slurm] | down | status"
    ;;
esac
