// Package slurm runs training jobs on a Slurm cluster: sbatch with a generated batch script, state
// from `scontrol show job`, scancel. The work dir <Root>/<job id> must be on a filesystem the
// compute nodes share with IML (the usual /home or /scratch of a cluster): the batch script runs the
// rendered command there, the trainer's output goes to train.log there, and the script records the
// exit code there, so a job Slurm has already forgotten still has a final state.
package slurm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/iml/iml/train"
)

// DriverName is the config name of this driver.
const DriverName = "slurm"

// batchFile is the generated batch script in the work dir.
const batchFile = "job.sbatch"

// DefaultCommandTimeout bounds each Slurm client command.
const DefaultCommandTimeout = 30 * time.Second

// ErrRejected wraps sbatch refusing a job (bad partition, GPUs the cluster does not have, …).
var ErrRejected = errors.New("slurm: job rejected")

// Config is the slurm driver's part of the config.
type Config struct {
	// Root holds one work dir per job; it must be visible at the same path on the compute nodes.
	Root      string `yaml:"root"`
	Partition string `yaml:"partition"`
	// GPUs per job, requested as --gres=gpu:N; 0 requests none.
	GPUs int `yaml:"gpus"`
	// CPUs per task and memory (e.g. "32G"); zero values leave Slurm's defaults.
	CPUs   int    `yaml:"cpus"`
	Memory string `yaml:"memory"`
	// TimeLimit applies when the job spec has none.
	TimeLimit time.Duration `yaml:"time_limit"`
	// ExtraSBATCH are more sbatch options, one per line without the #SBATCH prefix, e.g. "--account=ml".
	ExtraSBATCH []string `yaml:"extra_sbatch"`
	// Env is added to the environment of the Slurm client commands, e.g. "SLURM_CONF=/etc/slurm/x.conf".
	Env []string `yaml:"env"`
	// BinDir holds sbatch, scontrol and scancel; empty looks them up in PATH.
	BinDir string `yaml:"bin_dir"`
}

// Driver submits jobs to Slurm. It keeps no state besides its config, so it is safe for concurrent use
// and a new Driver after a restart sees the same jobs.
type Driver struct {
	cfg    Config
	logger *slog.Logger
}

var _ train.Driver = (*Driver)(nil)

// New validates cfg and returns a driver. A nil logger discards.
func New(cfg Config, logger *slog.Logger) (*Driver, error) {
	if cfg.Root == "" || !filepath.IsAbs(cfg.Root) {
		return nil, fmt.Errorf("slurm driver: root %q must be an absolute path on the shared filesystem", cfg.Root)
	}
	if cfg.GPUs < 0 || cfg.CPUs < 0 || cfg.TimeLimit < 0 {
		return nil, errors.New("slurm driver: gpus, cpus and time_limit must not be negative")
	}
	for _, o := range cfg.ExtraSBATCH {
		if !strings.HasPrefix(o, "-") || strings.ContainsAny(o, "\n\r") {
			return nil, fmt.Errorf("slurm driver: extra_sbatch %q is not one sbatch option", o)
		}
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Driver{cfg: cfg, logger: logger.With("component", "train.slurm")}, nil
}

// Name implements train.Driver.
func (d *Driver) Name() string { return DriverName }

// BatchScript renders the sbatch script that runs cmd in dir.
func BatchScript(cfg Config, spec train.JobSpec, cmd train.Command, dir string) string {
	var b strings.Builder
	b.WriteString("#!/bin/sh\n")
	opt := func(format string, args ...any) { fmt.Fprintf(&b, "#SBATCH "+format+"\n", args...) }
	opt("--job-name=iml-%s", spec.JobID)
	if cfg.Partition != "" {
		opt("--partition=%s", cfg.Partition)
	}
	opt("--nodes=1")
	opt("--ntasks=1")
	if cfg.CPUs > 0 {
		opt("--cpus-per-task=%d", cfg.CPUs)
	}
	if cfg.Memory != "" {
		opt("--mem=%s", cfg.Memory)
	}
	if cfg.GPUs > 0 {
		opt("--gres=gpu:%d", cfg.GPUs)
	}
	limit := spec.TimeLimit
	if limit <= 0 {
		limit = cfg.TimeLimit
	}
	if limit > 0 {
		opt("--time=%s", slurmDuration(limit))
	}
	opt("--chdir=%s", dir)
	opt("--output=%s", filepath.Join(dir, train.LogFile))
	opt("--open-mode=append")
	for _, o := range cfg.ExtraSBATCH {
		opt("%s", o)
	}
	fmt.Fprintf(&b, "# Rendered by IML for job %s.\n", spec.JobID)
	keys := make([]string, 0, len(cmd.Env))
	for k := range cmd.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "export %s=%s\n", k, shellQuote(cmd.Env[k]))
	}
	fmt.Fprintf(&b, "cd %s || exit 1\n", shellQuote(dir))
	argv := append([]string{cmd.Path}, cmd.Args...)
	for i, a := range argv {
		argv[i] = shellQuote(a)
	}
	b.WriteString(strings.Join(argv, " ") + " </dev/null\n")
	b.WriteString("code=$?\n")
	fmt.Fprintf(&b, "echo \"$code\" >%[1]s.tmp && mv %[1]s.tmp %[1]s\n", train.ExitCodeFile)
	b.WriteString("exit \"$code\"\n")
	return b.String()
}

// slurmDuration formats d as days-hours:minutes:seconds, rounded up to a whole minute (Slurm's
// time limit granularity).
func slurmDuration(d time.Duration) string {
	m := int((d + time.Minute - 1) / time.Minute)
	return fmt.Sprintf("%d-%02d:%02d:00", m/(24*60), m/60%24, m%60)
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=:,+@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// Submit implements train.Driver.
func (d *Driver) Submit(ctx context.Context, spec train.JobSpec, cmd train.Command) (train.Handle, error) {
	if spec.JobID == "" || strings.ContainsAny(spec.JobID, "/\\ \n") || spec.JobID == "." || spec.JobID == ".." {
		return train.Handle{}, fmt.Errorf("submit job %q: invalid job id", spec.JobID)
	}
	if cmd.Path == "" {
		return train.Handle{}, fmt.Errorf("submit job %s: empty command", spec.JobID)
	}
	dir := filepath.Join(d.cfg.Root, spec.JobID)
	if _, err := os.Stat(filepath.Join(dir, train.JobFile)); err == nil {
		return train.Handle{}, fmt.Errorf("submit job %s: work dir %s already holds a job", spec.JobID, dir)
	}
	files := make(map[string][]byte, len(cmd.Files)+1)
	for k, v := range cmd.Files {
		files[k] = v
	}
	files[batchFile] = []byte(BatchScript(d.cfg, spec, cmd, dir))
	if err := train.PrepareWorkDir(dir, spec, train.Command{Files: files}); err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	out, err := d.run(ctx, "sbatch", "--parsable", filepath.Join(dir, batchFile))
	if err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w: %w", spec.JobID, ErrRejected, err)
	}
	id, _, _ := strings.Cut(strings.TrimSpace(out), ";")
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: sbatch printed %q, want a job id", spec.JobID, train.ScrubLine(out))
	}
	d.logger.Info("job submitted", "job", spec.JobID, "slurm_job", id)
	return train.Handle{Driver: DriverName, ID: id, WorkDir: dir}, nil
}

// run runs a Slurm client command and returns its stdout; the error quotes stderr.
func (d *Driver) run(ctx context.Context, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, DefaultCommandTimeout)
	defer cancel()
	path := name
	if d.cfg.BinDir != "" {
		path = filepath.Join(d.cfg.BinDir, name)
	}
	c := exec.CommandContext(ctx, path, args...)
	c.Env = append(os.Environ(), d.cfg.Env...)
	var stdout, stderr bytes.Buffer
	c.Stdout, c.Stderr = &stdout, &stderr
	if err := c.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = strings.TrimSpace(stdout.String())
		}
		return stdout.String(), &CommandError{Command: name, Err: err, Stderr: train.ScrubLine(lastLine(msg))}
	}
	return stdout.String(), nil
}

func lastLine(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// CommandError is a Slurm client command that failed.
type CommandError struct {
	Command string
	Err     error
	Stderr  string
}

func (e *CommandError) Error() string {
	if e.Stderr == "" {
		return fmt.Sprintf("%s: %v", e.Command, e.Err)
	}
	return fmt.Sprintf("%s: %v: %s", e.Command, e.Err, e.Stderr)
}

func (e *CommandError) Unwrap() error { return e.Err }

// Status implements train.Driver: `scontrol show job -o`, and when Slurm no longer knows the job,
// the exit-code file the batch script wrote.
func (d *Driver) Status(ctx context.Context, h train.Handle) (train.Status, error) {
	if err := d.check(h); err != nil {
		return train.Status{}, err
	}
	// The state first, then the log: a job that ends between the two reads
	// has written its whole log by the time Slurm calls it done, so a
	// terminal state never comes with a log read too early (no progress).
	out, err := d.run(ctx, "scontrol", "show", "job", "-o", h.ID)
	log, lerr := d.Logs(ctx, h)
	if lerr != nil {
		return train.Status{}, lerr
	}
	progress, last := train.ParseLog(log)
	var cerr *CommandError
	if errors.As(err, &cerr) && strings.Contains(cerr.Stderr, "Invalid job id") {
		st, ferr := fromFiles(h, last)
		st.Progress = progress
		return st, ferr
	}
	if err != nil {
		return train.Status{}, fmt.Errorf("status of job %s: %w", h.ID, err)
	}
	job := ParseJob(out)
	st := MapState(job, last)
	st.Progress = progress
	if st.State == train.StateCancelled && !train.Marked(h.WorkDir, train.CancelFile) {
		st.Reason = "cancelled outside IML"
	}
	return st, nil
}

// fromFiles decides the state of a job Slurm has forgotten from the files the batch script left.
func fromFiles(h train.Handle, last string) (train.Status, error) {
	code, exited, err := train.ReadExitCode(h.WorkDir)
	switch {
	case err != nil:
		return train.Status{}, err
	case train.Marked(h.WorkDir, train.CancelFile):
		return train.Status{State: train.StateCancelled, ExitCode: code, Reason: "cancelled"}, nil
	case exited && code == 0:
		return train.Status{State: train.StateSucceeded}, nil
	case exited:
		return train.Status{State: train.StateFailed, ExitCode: code, Reason: train.FailureReason(code, last)}, nil
	}
	return train.Status{}, fmt.Errorf("status of job %s: slurm forgot it and it left no exit code: %w", h.ID, train.ErrNotFound)
}

// ParseJob parses one line of `scontrol show job -o` into its Key=Value fields. Values may hold
// spaces only in the last fields (Command, WorkDir, StdOut …), which IML does not read.
func ParseJob(out string) map[string]string {
	fields := map[string]string{}
	line, _, _ := strings.Cut(strings.TrimSpace(out), "\n")
	for _, tok := range strings.Fields(line) {
		k, v, ok := strings.Cut(tok, "=")
		if ok {
			if _, seen := fields[k]; !seen {
				fields[k] = v
			}
		}
	}
	return fields
}

// MapState maps Slurm's JobState (and ExitCode, Reason) to a train.Status.
func MapState(job map[string]string, lastLogLine string) train.Status {
	state, _, _ := strings.Cut(job["JobState"], "+")
	code := 0
	if ec, _, ok := strings.Cut(job["ExitCode"], ":"); ok {
		code, _ = strconv.Atoi(ec)
	}
	switch state {
	case "PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SUSPENDED", "STOPPED":
		return train.Status{State: train.StateQueued}
	case "RUNNING", "COMPLETING", "SIGNALING", "STAGE_OUT", "RESIZING":
		return train.Status{State: train.StateRunning}
	case "COMPLETED":
		return train.Status{State: train.StateSucceeded}
	case "CANCELLED", "REVOKED":
		return train.Status{State: train.StateCancelled, ExitCode: code, Reason: "cancelled"}
	case "TIMEOUT", "DEADLINE":
		return train.Status{State: train.StateFailed, ExitCode: code, Reason: train.ReasonTimeLimit}
	case "NODE_FAIL", "BOOT_FAIL":
		return train.Status{State: train.StateFailed, ExitCode: code, Reason: "node failure (" + state + ")"}
	case "OUT_OF_MEMORY":
		return train.Status{State: train.StateFailed, ExitCode: code, Reason: "out of memory"}
	case "FAILED", "PREEMPTED":
		if state == "PREEMPTED" {
			return train.Status{State: train.StateFailed, ExitCode: code, Reason: "preempted"}
		}
		return train.Status{State: train.StateFailed, ExitCode: code, Reason: train.FailureReason(code, lastLogLine)}
	}
	return train.Status{State: train.StateFailed, ExitCode: code, Reason: "unknown slurm job state " + train.ScrubLine(state)}
}

// Logs implements train.Driver.
func (d *Driver) Logs(_ context.Context, h train.Handle) ([]byte, error) {
	if err := d.check(h); err != nil {
		return nil, err
	}
	return train.ReadLog(h)
}

// Cancel implements train.Driver: it marks the job cancelled and calls scancel; Slurm signals the
// job (TERM, then KILL after its KillWait).
func (d *Driver) Cancel(ctx context.Context, h train.Handle) error {
	if err := d.check(h); err != nil {
		return err
	}
	st, err := d.Status(ctx, h)
	if err == nil && st.State.Terminal() {
		return nil
	}
	if err := os.WriteFile(filepath.Join(h.WorkDir, train.CancelFile), nil, 0o640); err != nil {
		return fmt.Errorf("cancel job %s: %w", h.ID, err)
	}
	if _, err := d.run(ctx, "scancel", h.ID); err != nil {
		return fmt.Errorf("cancel job %s: %w", h.ID, err)
	}
	d.logger.Info("job cancelled", "slurm_job", h.ID)
	return nil
}

func (d *Driver) check(h train.Handle) error {
	if h.Driver != DriverName {
		return fmt.Errorf("job %s belongs to driver %q, not %q: %w", h.ID, h.Driver, DriverName, train.ErrNotFound)
	}
	if _, err := strconv.ParseUint(h.ID, 10, 64); err != nil {
		return fmt.Errorf("job %q: not a slurm job id: %w", h.ID, train.ErrNotFound)
	}
	rel, err := filepath.Rel(d.cfg.Root, h.WorkDir)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return fmt.Errorf("job %s: work dir %s is outside %s: %w", h.ID, h.WorkDir, d.cfg.Root, train.ErrNotFound)
	}
	return nil
}
