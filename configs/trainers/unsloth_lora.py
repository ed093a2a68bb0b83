#!/usr/bin/env python3
"""LoRA fine-tuning with Unsloth + TRL, driven by an IML job spec.

Usage: python3 unsloth_lora.py --job job.json

Same contract as peft_lora.py: reads job.json, prints JSON-lines progress, saves the PEFT adapter
(adapter_model.safetensors + adapter_config.json) and chat_template.jinja into output_dir. The
adapter is trained in 16 bit (no QLoRA): Ollama advises against adapters trained on quantized
weights.
"""
import argparse
import json
import os
import sys

from unsloth import FastLanguageModel  # must be imported before transformers and trl
from datasets import Dataset
from transformers import TrainerCallback
from trl import SFTConfig, SFTTrainer


class JSONProgress(TrainerCallback):
    def on_log(self, args, state, control, logs=None, **kwargs):
        logs = logs or {}
        line = {"step": state.global_step, "epoch": float(logs.get("epoch", state.epoch or 0))}
        if "loss" in logs:
            line["loss"] = float(logs["loss"])
        if "learning_rate" in logs:
            line["learning_rate"] = float(logs["learning_rate"])
        print(json.dumps(line), flush=True)

    def on_save(self, args, state, control, **kwargs):
        print(json.dumps({"step": state.global_step, "event": "checkpoint"}), flush=True)


def load(path):
    with open(path, encoding="utf-8") as f:
        return Dataset.from_list([{"messages": json.loads(l)["messages"]} for l in f if l.strip()])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--job", required=True)
    ap.add_argument("--micro-batch-size", type=int, default=1)
    ap.add_argument("--gradient-accumulation", type=int, default=4)
    args = ap.parse_args()
    with open(args.job, encoding="utf-8") as f:
        spec = json.load(f)
    hp = spec["hyperparameters"]
    out = spec["output_dir"]
    os.makedirs(out, exist_ok=True)

    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=spec["base_model"]["hf"], max_seq_length=hp["max_length"], load_in_4bit=False)
    if not tokenizer.chat_template:
        print("base tokenizer has no chat template", file=sys.stderr)
        sys.exit(2)
    model = FastLanguageModel.get_peft_model(
        model, r=hp["r"], lora_alpha=hp["alpha"], lora_dropout=hp["dropout"],
        target_modules=hp["target_modules"], random_state=hp.get("seed", 0),
        use_gradient_checkpointing="unsloth")

    def to_text(batch):
        return {"text": [tokenizer.apply_chat_template(m, tokenize=False) for m in batch["messages"]]}

    train = load(spec["train_file"]).map(to_text, batched=True)
    evals = load(spec["eval_file"]).map(to_text, batched=True) if spec.get("eval_file") else None
    cfg = SFTConfig(
        output_dir=out, dataset_text_field="text", max_length=hp["max_length"],
        num_train_epochs=hp["epochs"], learning_rate=hp["learning_rate"],
        per_device_train_batch_size=args.micro_batch_size,
        gradient_accumulation_steps=args.gradient_accumulation,
        logging_steps=1, save_steps=100, save_total_limit=2, seed=hp.get("seed", 0),
        eval_strategy="steps" if evals is not None else "no", eval_steps=100,
        report_to=[], disable_tqdm=True)
    trainer = SFTTrainer(model=model, processing_class=tokenizer, train_dataset=train,
                         eval_dataset=evals, args=cfg, callbacks=[JSONProgress()])
    trainer.train(resume_from_checkpoint=spec.get("resume_from") or None)
    model.save_pretrained(out)
    with open(os.path.join(out, "chat_template.jinja"), "w", encoding="utf-8") as f:
        f.write(tokenizer.chat_template)
    print(json.dumps({"step": trainer.state.global_step, "event": "done"}), flush=True)


if __name__ == "__main__":
    main()
