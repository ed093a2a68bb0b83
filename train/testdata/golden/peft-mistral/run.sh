#!/bin/sh
# Rendered by IML for job job-42, recipe peft.
set -eu
python3 peft_lora.py --job job.json --micro-batch-size 1 --gradient-accumulation 4
# Ollama converts PEFT safetensors only for llama and gemma2 bases: convert to a GGUF LoRA.
python3 /opt/llama.cpp/convert_lora_to_gguf.py --base /models/base-hf --outtype f16 --outfile /work/jobs/job-42/output/adapter.gguf /work/jobs/job-42/output
