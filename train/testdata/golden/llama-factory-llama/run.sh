#!/bin/sh
# Rendered by IML for job job-42, recipe llama-factory.
set -eu
llamafactory-cli train llamafactory.yaml
