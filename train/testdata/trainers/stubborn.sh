#!/bin/sh
# Fake trainer that ignores SIGTERM; only SIGKILL stops it.
trap '' TERM
echo "ignoring TERM"
i=0
while [ "$i" -lt 300 ]; do sleep 0.1; i=$((i+1)); done
