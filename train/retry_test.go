package train

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRetrySpec(t *testing.T) {
	out := t.TempDir()
	for _, d := range []string{"checkpoint-100", "checkpoint-900", "checkpoint-20", "checkpoint-x", "runs"} {
		if err := os.Mkdir(filepath.Join(out, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(out, "checkpoint-5000"), nil, 0o644) // a file, not a checkpoint
	prev := JobSpec{JobID: "j1", Recipe: "axolotl", OutputDir: out, ResumeFrom: "/old"}
	tests := []struct {
		name      string
		spec      JobSpec
		resumable bool
		want      string
	}{
		{"resumes latest", prev, true, filepath.Join(out, "checkpoint-900")},
		{"recipe cannot resume", prev, false, ""},
		{"no checkpoint yet", JobSpec{JobID: "j1", OutputDir: t.TempDir()}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RetrySpec(tt.spec, "j1-retry1", tt.resumable)
			if got.JobID != "j1-retry1" || got.ResumeFrom != tt.want || got.OutputDir != tt.spec.OutputDir {
				t.Errorf("RetrySpec = %+v, want resume_from %q", got, tt.want)
			}
		})
	}
}
