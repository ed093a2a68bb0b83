package testenv

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestStartSlurmRunsJob(t *testing.T) {
	start := time.Now()
	s := StartSlurm(t)
	t.Logf("slurm idle after %s", time.Since(start).Round(time.Millisecond))

	work := t.TempDir()
	script := filepath.Join(work, "job.sh")
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho \"hello from $SLURM_JOB_ID\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	out, err := s.Command(ctx, "sbatch", "--parsable", "--partition="+s.Partition,
		"--output="+filepath.Join(work, "job-%j.out"), "--chdir="+work, script).CombinedOutput()
	if err != nil {
		t.Fatalf("sbatch: %v: %s", err, out)
	}
	id := strings.TrimSpace(strings.Split(string(out), ";")[0])
	submitted := time.Now()

	stateRE := regexp.MustCompile(`JobState=(\S+)`)
	var state string
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		out, err := s.Command(ctx, "scontrol", "show", "job", id).CombinedOutput()
		if err != nil {
			t.Fatalf("scontrol show job %s: %v: %s", id, err, out)
		}
		if m := stateRE.FindSubmatch(out); m != nil {
			state = string(m[1])
		}
		if state == "COMPLETED" || state == "FAILED" || state == "CANCELLED" {
			break
		}
	}
	t.Logf("job %s %s after %s", id, state, time.Since(submitted).Round(time.Millisecond))
	if state != "COMPLETED" {
		t.Fatalf("job %s state %q, want COMPLETED", id, state)
	}
	got, err := os.ReadFile(filepath.Join(work, "job-"+id+".out"))
	if err != nil || strings.TrimSpace(string(got)) != "hello from "+id {
		t.Errorf("job output %q, %v", got, err)
	}
}
