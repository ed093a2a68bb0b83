#!/usr/bin/env bash
# make demo: the whole loop once, on real MinIO and Ollama started on loopback.
# Generates sample ru/en conversations, runs the pipeline, appends new conversations and runs it again
# (only the new ones are ingested), starts the gateway, sends one CRM-style request through the
# production alias, prints the answer and the lineage, and stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export IML_DEMO_DIR=$(mktemp -d /tmp/iml-demo.XXXXXX)
# The demo's MinIO and Ollama keep their data in the demo dir: every demo starts empty and leaves nothing.
export IML_STATE=$IML_DEMO_DIR/services
export IML_GATEWAY_PORT=${IML_GATEWAY_PORT:-18080}
export IML_STANDIN_TRAINER=$ROOT/bin/iml-standin-trainer
IML=$ROOT/bin/iml
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

gw_pid=""
cleanup() {
  [ -n "$gw_pid" ] && kill "$gw_pid" 2>/dev/null || true
  scripts/services.sh down >/dev/null 2>&1 || true
  rm -rf "$IML_DEMO_DIR"
}
trap cleanup EXIT

say "starting MinIO and Ollama on 127.0.0.1"
scripts/services.sh up >/dev/null
# shellcheck disable=SC1091
source "$IML_STATE/env"

say "generating the tiny base model, keys and 30 sample conversations (ru/en, one malformed line)"
go run ./demo/tinymodel -o "$IML_DEMO_DIR/tiny.gguf"
head -c 32 /dev/urandom | base64 > "$IML_DEMO_DIR/pii.key"
API_KEY=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
echo "demo-crm:$API_KEY" > "$IML_DEMO_DIR/gateway.keys"
go run ./demo/gen-conversations -from 0 -n 30 -malformed > "$IML_DEMO_DIR/conversations.jsonl"

say "pipeline run 1"
"$IML" run crm-assistant --config configs/demo.yaml

say "10 new conversations arrive; pipeline run 2 ingests only those"
go run ./demo/gen-conversations -from 30 -n 10 >> "$IML_DEMO_DIR/conversations.jsonl"
"$IML" run crm-assistant --config configs/demo.yaml

say "starting the gateway on 127.0.0.1:$IML_GATEWAY_PORT"
"$IML" serve --config configs/demo.yaml > "$IML_DEMO_DIR/gateway.log" 2>&1 &
gw_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$IML_GATEWAY_PORT/healthz" >/dev/null && break; sleep 0.2; done

say "a CRM-style request through crm-assistant@production"
curl -sS -D "$IML_DEMO_DIR/headers" "http://127.0.0.1:$IML_GATEWAY_PORT/v1/chat/completions" \
  -H "Authorization: Bearer $API_KEY" -H 'Content-Type: application/json' \
  -d '{"model":"crm-assistant@production","temperature":0,"seed":1,"max_tokens":16,
       "messages":[{"role":"system","content":"You are a sales manager."},
                   {"role":"user","content":"Здравствуйте, меня зовут Мария, мой телефон +7 916 123-45-67. Где мой заказ A-100123?"}]}'
echo
grep -i '^x-iml-model-version' "$IML_DEMO_DIR/headers" || { echo "no X-IML-Model-Version header" >&2; exit 1; }
echo "(the tiny base model has random weights: the answer is noise by design)"

say "lineage of crm-assistant@production"
"$IML" lineage crm-assistant@production --config configs/demo.yaml

say "run history"
"$IML" runs crm-assistant --config configs/demo.yaml
say "demo finished"
