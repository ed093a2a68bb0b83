package slurm

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/iml/iml/train"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestBatchScriptGolden(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		spec train.JobSpec
	}{
		{name: "gpu", cfg: Config{Root: "/shared/iml/jobs", Partition: "gpu", GPUs: 2, CPUs: 8, Memory: "64G",
			TimeLimit: 90 * time.Minute, ExtraSBATCH: []string{"--account=ml-team", "--qos=normal"}},
			spec: train.JobSpec{JobID: "job-42"}},
		{name: "cpu-spec-limit", cfg: Config{Root: "/shared/iml/jobs", Partition: "debug", TimeLimit: time.Hour},
			spec: train.JobSpec{JobID: "job-7", TimeLimit: 26*time.Hour + 30*time.Second}},
	}
	cmd := train.Command{Path: "/bin/sh", Args: []string{"run.sh", "it's"}, Env: map[string]string{"PYTHONUNBUFFERED": "1", "B": "x y"}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BatchScript(tt.cfg, tt.spec, cmd, filepath.Join(tt.cfg.Root, tt.spec.JobID))
			p := filepath.Join("testdata", tt.name+".sbatch")
			if *update {
				if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("batch script:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestSlurmDuration(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{time.Second, "0-00:01:00"},
		{90 * time.Minute, "0-01:30:00"},
		{49 * time.Hour, "2-01:00:00"},
	}
	for _, tt := range tests {
		if got := slurmDuration(tt.in); got != tt.want {
			t.Errorf("slurmDuration(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestMapState(t *testing.T) {
	line := "JobId=12 JobName=iml-job-42 UserId=root(0) GroupId=root(0) Priority=1 JobState=%s Reason=None Dependency=(null) ExitCode=%s RunTime=00:00:01 Command=/shared/job.sbatch WorkDir=/shared"
	tests := []struct {
		state, exit string
		want        train.State
		wantCode    int
		wantReason  string
	}{
		{"PENDING", "0:0", train.StateQueued, 0, ""},
		{"RUNNING", "0:0", train.StateRunning, 0, ""},
		{"COMPLETING", "0:0", train.StateRunning, 0, ""},
		{"COMPLETED", "0:0", train.StateSucceeded, 0, ""},
		{"FAILED", "3:0", train.StateFailed, 3, "trainer exited with code 3: boom"},
		{"TIMEOUT", "0:15", train.StateFailed, 0, train.ReasonTimeLimit},
		{"NODE_FAIL", "0:0", train.StateFailed, 0, "node failure (NODE_FAIL)"},
		{"OUT_OF_MEMORY", "0:125", train.StateFailed, 0, "out of memory"},
		{"CANCELLED+", "0:15", train.StateCancelled, 0, "cancelled"},
		{"WEIRD", "0:0", train.StateFailed, 0, "unknown slurm job state WEIRD"},
	}
	for _, tt := range tests {
		t.Run(tt.state, func(t *testing.T) {
			job := ParseJob(fmt.Sprintf(line, tt.state, tt.exit))
			if job["JobId"] != "12" {
				t.Fatalf("fields = %v", job)
			}
			st := MapState(job, "boom")
			if st.State != tt.want || st.ExitCode != tt.wantCode || st.Reason != tt.wantReason {
				t.Errorf("MapState = %+v, want %s/%d/%q", st, tt.want, tt.wantCode, tt.wantReason)
			}
		})
	}
}

func TestNewRejects(t *testing.T) {
	for name, cfg := range map[string]Config{
		"relative root": {Root: "jobs"},
		"negative gpus": {Root: "/j", GPUs: -1},
		"bad extra":     {Root: "/j", ExtraSBATCH: []string{"account=x"}},
		"newline extra": {Root: "/j", ExtraSBATCH: []string{"--a=1\nrm -rf /"}},
	} {
		if _, err := New(cfg, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzParseJob(f *testing.F) {
	f.Add("JobId=1 JobState=RUNNING ExitCode=0:0")
	f.Add("JobState= ExitCode=x:y")
	f.Fuzz(func(t *testing.T, s string) {
		st := MapState(ParseJob(s), s)
		if st.State == "" {
			t.Errorf("empty state for %q", s)
		}
	})
}
