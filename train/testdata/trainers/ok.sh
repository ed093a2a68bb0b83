#!/bin/sh
# Fake trainer: prints progress as JSON lines and log text, writes a marker into the output dir.
echo "loading base model"
echo '{"step":1,"loss":2.5,"epoch":0.5,"learning_rate":0.0002}'
echo '{"some":"json that is not progress"}'
echo '{"step":2,"loss":1.25,"epoch":1,"learning_rate":0.0001}'
test -f job.json || { echo "no job.json" >&2; exit 9; }
echo '{"event":"done","step":2}'
