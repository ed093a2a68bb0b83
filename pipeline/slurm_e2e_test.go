package pipeline_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/iml/iml/internal/testenv"
	"github.com/iml/iml/pipeline"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/train"
)

// slurmConfig is the e2e config with two pipelines on the Slurm driver: one that trains, one whose
// trainer sleeps until it is cancelled.
func (w *world) slurmConfig(t *testing.T, s *testenv.Slurm) config.Config {
	t.Helper()
	pipe := func(name, extra string) string {
		return fmt.Sprintf(`
  - name: %[2]s
    source: {type: jsonl, path: %[1]s/conversations.jsonl}
    dataset: {name: %[2]s, eval_fraction: 0.25, seed: 42}
    train:
      driver: slurm
      recipe: command
      command: [%[3]q, "--job", "{job}"]
      %[4]s
      base_model: {hf: tiny-random-llama, ollama: iml-tiny-base, gguf: %[1]s/tiny.gguf, arch: llama}
      hyperparameters: {r: 4, alpha: 8, target_modules: [q_proj, v_proj], seed: 7}
      time_limit: 5m
      poll: 100ms
    eval: {max_examples: 2, num_predict: 4, max_regression: 100, min_gain_over_base: -100}
    deploy:
      alias: %[2]s@production
      template: "{{- range .Messages }}<|{{ .Role }}|>{{ .Content }}\n{{ end }}<|assistant|>"
`, w.dir, name, w.trainer, extra)
	}
	yaml := fmt.Sprintf(`
state_dir: %[1]s/state
minio: {endpoint: %[2]q, bucket: iml-slurm}
ollama: {url: %[3]q}
drivers:
  slurm: {partition: %[4]s, env: [%[5]q]}
pipelines:`, w.dir, w.minio.Endpoint, w.ollama.URL, s.Partition, s.Env[0]) +
		pipe("slurm-ok", "") + pipe("slurm-cancel", "env: {IML_STANDIN_FAIL: sleep}")
	cfg, err := config.Parse([]byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestEndToEndSlurm(t *testing.T) {
	w := newWorld(t)
	s := testenv.StartSlurm(t)
	w.appendConversations(t, 0, 8, false)
	env, runner := openRunner(t, w.slurmConfig(t, s))
	ctx := t.Context()

	// Submit, watch and collect through sbatch/scontrol, then serve through Ollama.
	rep, err := runner.Run(ctx, "slurm-ok")
	if err != nil {
		t.Fatalf("run on slurm: %v\n%+v", err, rep)
	}
	if rep.Train == nil || rep.Train.Driver != "slurm" || !rep.Deploy.Promoted {
		t.Fatalf("report = %+v", rep)
	}
	job, err := env.Jobs.Job(ctx, rep.Train.JobID)
	if err != nil || job.Handle.Driver != "slurm" || job.State != train.StateSucceeded || job.Handle.ID == "" {
		t.Fatalf("job record = %+v, %v", job, err)
	}
	mv, err := env.Registry.ResolveAlias(ctx, "slurm-ok@production")
	if err != nil {
		t.Fatal(err)
	}
	assertStored(t, env, mv)
	assertServedAdapter(t, env, w.ollama.URL, mv)

	// A second pipeline's job is cancelled while it runs: the run fails and registers no model.
	type result struct {
		rep *pipeline.Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		rep, err := runner.Run(ctx, "slurm-cancel")
		done <- result{rep, err}
	}()
	var active train.JobRecord
	deadline := time.Now().Add(60 * time.Second)
	for active.ID == "" {
		if time.Now().After(deadline) {
			t.Fatal("the slurm-cancel job never started")
		}
		jobs, err := env.Jobs.ActiveJobs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range jobs {
			if strings.HasPrefix(j.ID, "job-") && j.State == train.StateRunning && j.ID != rep.Train.JobID {
				active = j
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	// What `iml train cancel JOB_ID` does.
	if err := train.NewRunner(env.Drivers["slurm"], env.Jobs, nil, nil).Cancel(ctx, active.ID); err != nil {
		t.Fatal(err)
	}
	var res result
	select {
	case res = <-done:
	case <-time.After(90 * time.Second):
		t.Fatal("cancelled run did not end")
	}
	var jobErr *train.JobError
	if !errors.As(res.err, &jobErr) || jobErr.State != train.StateCancelled || res.rep.Status != "failed" {
		t.Fatalf("cancelled run: err = %v, report = %+v", res.err, res.rep)
	}
	if rec, err := env.Jobs.Job(ctx, active.ID); err != nil || rec.State != train.StateCancelled {
		t.Fatalf("cancelled job record = %+v, %v", rec, err)
	}
	if models, err := env.Registry.Models(ctx, "slurm-cancel"); err != nil || len(models) != 0 {
		t.Fatalf("models after a cancelled run = %v, %v; want none", models, err)
	}
}
