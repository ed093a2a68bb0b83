package train

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// LatestCheckpoint returns the Hugging Face Trainer checkpoint with the highest step in dir
// (checkpoint-<step> directories, as Axolotl, LLaMA-Factory and the shipped scripts write them).
func LatestCheckpoint(dir string) (string, bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	best, bestStep := "", -1
	for _, e := range entries {
		n, ok := strings.CutPrefix(e.Name(), "checkpoint-")
		if !ok || !e.IsDir() {
			continue
		}
		step, err := strconv.Atoi(n)
		if err != nil || step <= bestStep {
			continue
		}
		best, bestStep = filepath.Join(dir, e.Name()), step
	}
	return best, bestStep >= 0
}

// RetrySpec derives the spec of a retry of prev under a new job id. It keeps the output dir, so the
// trainer finds the earlier checkpoints, and sets ResumeFrom to the latest one when the recipe
// resumes (resumable, from RecipeInfo); otherwise the retry starts from scratch.
func RetrySpec(prev JobSpec, newID string, resumable bool) JobSpec {
	next := prev
	next.JobID = newID
	next.ResumeFrom = ""
	if resumable {
		if ckpt, ok := LatestCheckpoint(prev.OutputDir); ok {
			next.ResumeFrom = ckpt
		}
	}
	return next
}
