#!/bin/sh
# Rendered by IML for job job-42, recipe llama-factory.
set -eu
llamafactory-cli train llamafactory.yaml
# Ollama converts PEFT safetensors only for llama and gemma2 bases: convert to a GGUF LoRA.
python3 /opt/llama.cpp/convert_lora_to_gguf.py --base /models/base-hf --outtype f16 --outfile /work/jobs/job-42/output/adapter.gguf /work/jobs/job-42/output
