#!/bin/sh
# Rendered by IML for job job-42, recipe unsloth.
set -eu
python3 unsloth_lora.py --job job.json --micro-batch-size 1 --gradient-accumulation 4
