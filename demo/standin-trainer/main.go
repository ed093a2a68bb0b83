// Command standin-trainer is a TRAINER STAND-IN for tests and the demo. It learns nothing: it
// exists so that IML's pipeline (job spec → driver → progress → adapter → Ollama) can be exercised
// end to end on machines without GPUs, torch or peft.
//
// It honours the same contract as the real trainers IML drives:
//
//	standin-trainer --job job.json
//
// job.json is a train.JobSpec. The stand-in checks the spec (the train file is readable chat JSONL
// with "messages", the base model at base_model.path is a readable llama GGUF), prints a few JSON
// progress lines such as {"step":1,"loss":2.3,"epoch":0.1,"learning_rate":0.0002} on stdout, then
// writes into output_dir:
//
//   - adapter.gguf: a GGUF LoRA adapter with the spec's rank, alpha and target modules, shaped for
//     the base model, with random weights seeded from the sha256 of the train file (and
//     hyperparameters.seed), so different data gives a different adapter and the same data the same;
//   - adapter_config.json: PEFT-style fields (r, lora_alpha, lora_dropout, target_modules,
//     base_model_name_or_path) and "format":"gguf";
//   - chat_template.txt when the spec has a chat template;
//
// and prints {"event":"done"}. A bad spec exits 2 with the reason on stderr.
//
// After each step it creates an empty output_dir/checkpoint-<step> dir, and with resume_from set to
// one of them it prints {"event":"resumed","step":N} and continues after step N, so IML's retry
// path (train.RetrySpec) can be exercised.
//
// The environment variable IML_STANDIN_FAIL simulates failures for tests:
//
//	exit     exit 3 after two progress lines
//	garbage  print non-JSON noise, write no adapter, exit 0
//	sleep    print one progress line, then wait until killed (SIGTERM/SIGINT end it with exit 1)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	fs := flag.NewFlagSet("standin-trainer", flag.ContinueOnError)
	job := fs.String("job", "", "path of the job spec (job.json)")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if *job == "" {
		fmt.Fprintln(os.Stderr, "standin-trainer: --job is required")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, options{JobPath: *job, Fail: os.Getenv("IML_STANDIN_FAIL")}, os.Stdout)
	if err == nil {
		return
	}
	fmt.Fprintln(os.Stderr, "standin-trainer:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		os.Exit(ee.code)
	}
	os.Exit(1)
}
