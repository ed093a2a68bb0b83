package train

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Files every driver keeps in a job's work dir. A driver that runs the trainer elsewhere (Kubernetes)
// uses the same names on its volume.
const (
	JobFile      = "job.json"  // the JobSpec handed to the trainer
	LogFile      = "train.log" // the trainer's stdout and stderr
	ExitCodeFile = "exit_code" // written by the job wrapper when the trainer exits
	// CancelFile marks a job that IML cancelled, so that a later Status says cancelled, not failed.
	CancelFile = "cancelled"
	// TimeLimitFile marks a job that was stopped because it ran past spec.TimeLimit.
	TimeLimitFile = "time_limit"
)

// ReasonTimeLimit is the Status.Reason of a job stopped at its time limit.
const ReasonTimeLimit = "time limit"

// PrepareWorkDir creates dir and writes job.json and the command's extra files into it. A file path
// that escapes dir is refused.
func PrepareWorkDir(dir string, spec JobSpec, cmd Command) error {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("create work dir %s: %w", dir, err)
	}
	job, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return fmt.Errorf("encode job %s: %w", spec.JobID, err)
	}
	if err := os.WriteFile(filepath.Join(dir, JobFile), append(job, '\n'), 0o640); err != nil {
		return fmt.Errorf("write job %s: %w", spec.JobID, err)
	}
	for name, data := range cmd.Files {
		clean := filepath.Clean(name)
		if filepath.IsAbs(clean) || clean == "." || strings.HasPrefix(clean, "..") {
			return fmt.Errorf("write job file %q: path escapes the work dir", name)
		}
		p := filepath.Join(dir, clean)
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			return fmt.Errorf("write job file %s: %w", name, err)
		}
		mode := os.FileMode(0o640)
		if strings.HasSuffix(name, ".sh") || strings.HasSuffix(name, ".py") {
			mode = 0o750
		}
		if err := os.WriteFile(p, data, mode); err != nil {
			return fmt.Errorf("write job file %s: %w", name, err)
		}
	}
	return nil
}

// ReadExitCode returns the exit code the job wrapper recorded in dir, and false when there is none yet.
func ReadExitCode(dir string) (int, bool, error) {
	b, err := os.ReadFile(filepath.Join(dir, ExitCodeFile))
	if errors.Is(err, os.ErrNotExist) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read exit code in %s: %w", dir, err)
	}
	code, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0, false, fmt.Errorf("parse exit code in %s: %w", dir, err)
	}
	return code, true, nil
}

// Marked reports whether the marker file name (CancelFile, TimeLimitFile) exists in dir.
func Marked(dir, name string) bool {
	_, err := os.Stat(filepath.Join(dir, name))
	return err == nil
}

// progressLine is Progress with presence checks: a JSON line counts as progress only when it has a
// step or an event, so arbitrary JSON a library prints stays log text.
type progressLine struct {
	Step         *int     `json:"step"`
	Loss         float64  `json:"loss"`
	Epoch        float64  `json:"epoch"`
	LearningRate float64  `json:"learning_rate"`
	Event        *string  `json:"event"`
	LR           *float64 `json:"lr"`
}

// hfLogRe matches the dict the Hugging Face Trainer prints per logging step (Axolotl and
// LLaMA-Factory print these): {'loss': 1.23, 'grad_norm': 0.5, 'learning_rate': 0.0002, 'epoch': 0.1}.
var hfLogRe = regexp.MustCompile(`^\{'[a-z_]+': [^{}]*'(loss|train_loss|eval_loss)': [^{}]*\}$|^\{'(loss|train_loss|eval_loss)': [^{}]*\}$`)

// ParseProgress parses one line as trainer progress: an IML JSON line with a step or an event, or
// a Hugging Face Trainer log dict, whose step is unknown: -1 (ParseLog numbers them).
func ParseProgress(line []byte) (Progress, bool) {
	line = bytes.TrimSpace(line)
	if len(line) < 2 || line[0] != '{' || line[len(line)-1] != '}' {
		return Progress{}, false
	}
	hf := hfLogRe.Match(line)
	if hf {
		line = bytes.ReplaceAll(line, []byte("'"), []byte(`"`))
	}
	var p progressLine
	if err := json.Unmarshal(line, &p); err != nil {
		return Progress{}, false
	}
	if hf {
		var m map[string]float64
		if err := json.Unmarshal(line, &m); err != nil {
			return Progress{}, false
		}
		out := Progress{Step: -1, Loss: m["loss"], Epoch: m["epoch"], LearningRate: m["learning_rate"]}
		if _, ok := m["loss"]; !ok {
			out.Loss, out.Event = m["eval_loss"]+m["train_loss"], "eval"
			if _, ok := m["train_loss"]; ok {
				out.Event = "done"
			}
		}
		return out, true
	}
	if p.Step == nil && p.Event == nil {
		return Progress{}, false
	}
	out := Progress{Loss: p.Loss, Epoch: p.Epoch, LearningRate: p.LearningRate}
	if p.Step != nil {
		out.Step = *p.Step
	}
	if p.Event != nil {
		out.Event = *p.Event
	}
	if out.LearningRate == 0 && p.LR != nil {
		out.LearningRate = *p.LR
	}
	return out, true
}

// ParseLog splits a trainer's output into its progress lines and the last non-empty line that is
// not progress (scrubbed with ScrubLine), which is what a failure reason quotes.
func ParseLog(log []byte) (progress []Progress, lastLine string) {
	sc := bufio.NewScanner(bytes.NewReader(log))
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for sc.Scan() {
		line := sc.Bytes()
		if p, ok := ParseProgress(line); ok {
			if p.Step < 0 {
				p.Step = 1
				if len(progress) > 0 {
					p.Step = progress[len(progress)-1].Step + 1
				}
				if p.Event != "" {
					p.Step--
				}
			}
			progress = append(progress, p)
			continue
		}
		if s := strings.TrimSpace(string(line)); s != "" {
			lastLine = s
		}
	}
	return progress, ScrubLine(lastLine)
}

var (
	emailRe  = regexp.MustCompile(`[^\s@"'<>]+@[^\s@"'<>]+\.[A-Za-z]{2,}`)
	digitsRe = regexp.MustCompile(`\+?\d[\d\s()-]{5,}\d`)
)

// maxReasonLen bounds the log text quoted in a failure reason.
const maxReasonLen = 200

// ScrubLine prepares a log line for a failure reason: trainer output may quote training data, so
// e-mail addresses and long digit runs (phones, tax ids, card numbers) are masked, non-printable
// bytes dropped and the line cut to a bounded length.
func ScrubLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' {
			return ' '
		}
		if r < 0x20 || r == 0x7f || r == 0xfffd {
			return -1
		}
		return r
	}, s)
	s = emailRe.ReplaceAllString(s, "<email>")
	s = digitsRe.ReplaceAllString(s, "<number>")
	if len(s) > maxReasonLen {
		cut := maxReasonLen
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FailureReason composes the reason of a failed job from its exit code and the last log line.
func FailureReason(exitCode int, lastLine string) string {
	r := fmt.Sprintf("trainer exited with code %d", exitCode)
	if lastLine != "" {
		r += ": " + lastLine
	}
	return r
}

// ReadLog returns the trainer's output in the job's work dir (nil before the trainer wrote any).
// Drivers whose work dir is on a filesystem IML sees share it for Driver.Logs.
func ReadLog(h Handle) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(h.WorkDir, LogFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read log of job %s: %w", h.ID, err)
	}
	return b, nil
}
