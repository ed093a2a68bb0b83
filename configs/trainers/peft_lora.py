#!/usr/bin/env python3
"""LoRA fine-tuning with transformers + PEFT, driven by an IML job spec.

Usage: python3 peft_lora.py --job job.json

Reads the spec (base_model.hf, train_file, eval_file, hyperparameters, output_dir, resume_from),
trains a LoRA adapter on the chat JSONL ({"messages": [{"role", "content"}]}) with the base
tokenizer's chat template, computing the loss on assistant turns only, prints one JSON line per
logging step ({"step", "loss", "epoch", "learning_rate"}) and saves adapter_model.safetensors,
adapter_config.json and chat_template.jinja into output_dir.
"""
import argparse
import json
import os
import sys

import torch
from peft import LoraConfig, get_peft_model
from transformers import (AutoModelForCausalLM, AutoTokenizer, Trainer, TrainerCallback,
                          TrainingArguments)


class JSONProgress(TrainerCallback):
    """Prints the trainer's logs as the JSON lines IML parses."""

    def on_log(self, args, state, control, logs=None, **kwargs):
        logs = logs or {}
        line = {"step": state.global_step, "epoch": float(logs.get("epoch", state.epoch or 0))}
        if "loss" in logs:
            line["loss"] = float(logs["loss"])
        if "learning_rate" in logs:
            line["learning_rate"] = float(logs["learning_rate"])
        if "eval_loss" in logs:
            line["event"] = "eval"
            line["loss"] = float(logs["eval_loss"])
        print(json.dumps(line), flush=True)

    def on_save(self, args, state, control, **kwargs):
        print(json.dumps({"step": state.global_step, "event": "checkpoint"}), flush=True)


def load_examples(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["messages"] for line in f if line.strip()]


def tokenize(tokenizer, messages, max_length):
    """Token ids of the conversation and labels that mask everything but assistant turns."""
    ids, labels = [], []
    for i, msg in enumerate(messages):
        prefix = tokenizer.apply_chat_template(messages[:i], tokenize=True) if i else []
        upto = tokenizer.apply_chat_template(messages[: i + 1], tokenize=True)
        piece = upto[len(prefix):]
        ids.extend(piece)
        labels.extend(piece if msg["role"] == "assistant" else [-100] * len(piece))
    ids, labels = ids[:max_length], labels[:max_length]
    return {"input_ids": ids, "labels": labels, "attention_mask": [1] * len(ids)}


class Collator:
    def __init__(self, pad_id):
        self.pad_id = pad_id

    def __call__(self, batch):
        n = max(len(b["input_ids"]) for b in batch)
        out = {"input_ids": [], "labels": [], "attention_mask": []}
        for b in batch:
            pad = n - len(b["input_ids"])
            out["input_ids"].append(b["input_ids"] + [self.pad_id] * pad)
            out["labels"].append(b["labels"] + [-100] * pad)
            out["attention_mask"].append(b["attention_mask"] + [0] * pad)
        return {k: torch.tensor(v) for k, v in out.items()}


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

    tokenizer = AutoTokenizer.from_pretrained(spec["base_model"]["hf"])
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    if not tokenizer.chat_template:
        print("base tokenizer has no chat template", file=sys.stderr)
        sys.exit(2)
    dtype = torch.bfloat16 if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else torch.float32
    model = AutoModelForCausalLM.from_pretrained(spec["base_model"]["hf"], torch_dtype=dtype)
    model = get_peft_model(model, LoraConfig(
        r=hp["r"], lora_alpha=hp["alpha"], lora_dropout=hp["dropout"],
        target_modules=hp["target_modules"], task_type="CAUSAL_LM"))

    train = [tokenize(tokenizer, m, hp["max_length"]) for m in load_examples(spec["train_file"])]
    evals = [tokenize(tokenizer, m, hp["max_length"]) for m in load_examples(spec["eval_file"])] \
        if spec.get("eval_file") else None
    targs = TrainingArguments(
        output_dir=out, num_train_epochs=hp["epochs"], learning_rate=hp["learning_rate"],
        per_device_train_batch_size=args.micro_batch_size,
        gradient_accumulation_steps=args.gradient_accumulation,
        logging_steps=1, save_steps=100, save_total_limit=2, seed=hp.get("seed", 0),
        eval_strategy="steps" if evals else "no", eval_steps=100,
        bf16=dtype == torch.bfloat16, report_to=[], disable_tqdm=True, remove_unused_columns=False)
    trainer = Trainer(model=model, args=targs, train_dataset=train, eval_dataset=evals,
                      data_collator=Collator(tokenizer.pad_token_id), callbacks=[JSONProgress()])
    trainer.train(resume_from_checkpoint=spec.get("resume_from") or None)
    model.save_pretrained(out, safe_serialization=True)
    with open(os.path.join(out, "chat_template.jinja"), "w", encoding="utf-8") as f:
        f.write(tokenizer.chat_template)
    print(json.dumps({"step": trainer.state.global_step, "event": "done"}), flush=True)


if __name__ == "__main__":
    main()
