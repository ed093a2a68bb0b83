#!/bin/sh
# Rendered by IML for job job-42, recipe axolotl.
set -eu
axolotl train axolotl.yaml
