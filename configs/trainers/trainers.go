// Package trainers ships the training scripts IML's "peft" and "unsloth" recipes run. The scripts
// are data: the train package embeds them and writes them into each job's work dir. Each reads the
// job spec (job.json), prints JSON-lines progress on stdout and writes a PEFT adapter
// (adapter_model.safetensors + adapter_config.json) and the tokenizer's chat template into the
// spec's output_dir.
package trainers

import _ "embed"

// PEFT is peft_lora.py: plain transformers Trainer + PEFT LoRA.
//
//go:embed peft_lora.py
var PEFT []byte

// Unsloth is unsloth_lora.py: Unsloth FastLanguageModel + TRL SFTTrainer.
//
//go:embed unsloth_lora.py
var Unsloth []byte
