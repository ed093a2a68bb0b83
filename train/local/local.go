// Package local runs training jobs as detached processes on this machine. Each job gets a work dir
// <Root>/<job id> holding job.json, the rendered files, the trainer's log and the exit code that a
// small sh wrapper records, so Status keeps working after IML restarts: the job's process group
// and the files are all it needs to re-attach.
package local

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/iml/iml/train"
)

// DriverName is the config name of this driver.
const DriverName = "local"

// DefaultKillGrace is how long Cancel waits after SIGTERM before SIGKILL.
const DefaultKillGrace = 10 * time.Second

// wrapperFile is the sh wrapper written into each work dir.
const wrapperFile = "iml-run.sh"

// wrapper runs the trainer in the background of the job's process group, enforces the time limit
// with a watchdog and records the exit code. It traps TERM so that on Cancel it outlives the trainer
// long enough to write the exit code; the trap handler is reset for the trainer on exec, so the
// trainer still dies of TERM. The watchdog ignores TERM so it can follow up with KILL.
const wrapper = `#!/bin/sh
# Written by IML: runs one training job and records its exit code.
cd "$(dirname "$0")" || exit 1
limit=$1
grace=$2
shift 2
trap 'stopping=1' TERM INT
"$@" </dev/null >>` + train.LogFile + ` 2>&1 &
child=$!
dog=
if [ "$limit" -gt 0 ]; then
  (
    trap '' TERM INT
    i=0
    while [ "$i" -lt "$limit" ]; do sleep 1; i=$((i+1)); done
    : >` + train.TimeLimitFile + `
    echo "iml: time limit of ${limit}s reached, stopping the trainer" >>` + train.LogFile + `
    kill -TERM 0
    i=0
    while [ "$i" -lt "$grace" ]; do sleep 1; i=$((i+1)); done
    kill -KILL 0
  ) &
  dog=$!
fi
while :; do
  wait "$child"
  code=$?
  kill -0 "$child" 2>/dev/null || break
done
[ -n "$dog" ] && kill -KILL "$dog" 2>/dev/null
echo "$code" >` + train.ExitCodeFile + `.tmp && mv ` + train.ExitCodeFile + `.tmp ` + train.ExitCodeFile + `
`

// Driver runs jobs as local processes. Fields are read-only after construction.
type Driver struct {
	// Root holds one work dir per job.
	Root string
	// KillGrace is the time between SIGTERM and SIGKILL on Cancel and at the time limit.
	KillGrace time.Duration
	logger    *slog.Logger
}

var _ train.Driver = (*Driver)(nil)

// New returns a driver that keeps work dirs under root. A nil logger discards.
func New(root string, logger *slog.Logger) *Driver {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Driver{Root: root, KillGrace: DefaultKillGrace, logger: logger.With("component", "train.local")}
}

// Name implements train.Driver.
func (d *Driver) Name() string { return DriverName }

// Submit writes the work dir and starts the wrapper detached: in a new session whose process group
// outlives the short-lived sh that launched it, so no goroutine has to reap it and an IML restart
// does not touch it. The handle's ID is the process group id.
func (d *Driver) Submit(ctx context.Context, spec train.JobSpec, cmd train.Command) (train.Handle, error) {
	if spec.JobID == "" || strings.ContainsAny(spec.JobID, `/\`) || spec.JobID == "." || spec.JobID == ".." {
		return train.Handle{}, fmt.Errorf("submit job %q: invalid job id", spec.JobID)
	}
	if cmd.Path == "" {
		return train.Handle{}, fmt.Errorf("submit job %s: empty command", spec.JobID)
	}
	root, err := filepath.Abs(d.Root)
	if err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	dir := filepath.Join(root, spec.JobID)
	if _, err := os.Stat(filepath.Join(dir, train.JobFile)); err == nil {
		return train.Handle{}, fmt.Errorf("submit job %s: work dir %s already holds a job", spec.JobID, dir)
	}
	files := make(map[string][]byte, len(cmd.Files)+1)
	for k, v := range cmd.Files {
		files[k] = v
	}
	files[wrapperFile] = []byte(wrapper)
	cmd.Files = files
	if err := train.PrepareWorkDir(dir, spec, cmd); err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	grace := d.KillGrace
	if grace <= 0 {
		grace = DefaultKillGrace
	}
	args := []string{"-c", `"$@" </dev/null >/dev/null 2>&1 &`, "sh",
		"/bin/sh", filepath.Join(dir, wrapperFile),
		strconv.Itoa(ceilSeconds(spec.TimeLimit)), strconv.Itoa(ceilSeconds(grace)),
		cmd.Path}
	args = append(args, cmd.Args...)
	c := exec.CommandContext(ctx, "/bin/sh", args...)
	c.Dir = dir
	c.Env = os.Environ()
	for k, v := range cmd.Env {
		c.Env = append(c.Env, k+"="+v)
	}
	c.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := c.Run(); err != nil {
		return train.Handle{}, fmt.Errorf("start job %s: %w", spec.JobID, err)
	}
	pgid := c.ProcessState.Pid()
	d.logger.Info("job started", "job", spec.JobID, "pgid", pgid)
	return train.Handle{Driver: DriverName, ID: strconv.Itoa(pgid), WorkDir: dir}, nil
}

func ceilSeconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int((d + time.Second - 1) / time.Second)
}

// Status implements train.Driver. The exit-code file decides first; without it, a live process
// group means running, and a vanished one means the job was killed (by Cancel, the time limit, or
// something outside IML).
func (d *Driver) Status(ctx context.Context, h train.Handle) (train.Status, error) {
	pgid, err := d.check(h)
	if err != nil {
		return train.Status{}, err
	}
	if _, err := os.Stat(filepath.Join(h.WorkDir, train.JobFile)); err != nil {
		return train.Status{}, fmt.Errorf("status of job %s: %w", h.ID, train.ErrNotFound)
	}
	code, exited, err := train.ReadExitCode(h.WorkDir)
	if err != nil {
		return train.Status{}, err
	}
	// The exit code first, then the log: a job that exits between the two
	// reads has written its whole log, so it never ends with its progress lost.
	log, err := d.Logs(ctx, h)
	if err != nil {
		return train.Status{}, err
	}
	progress, last := train.ParseLog(log)
	st := train.Status{Progress: progress}
	switch {
	case train.Marked(h.WorkDir, train.CancelFile):
		if !exited && alive(pgid) {
			st.State = train.StateRunning // still shutting down
			return st, nil
		}
		st.State, st.ExitCode, st.Reason = train.StateCancelled, code, "cancelled"
	case train.Marked(h.WorkDir, train.TimeLimitFile):
		if !exited && alive(pgid) {
			st.State = train.StateRunning
			return st, nil
		}
		st.State, st.ExitCode, st.Reason = train.StateFailed, code, train.ReasonTimeLimit
	case exited && code == 0:
		st.State = train.StateSucceeded
	case exited:
		st.State, st.ExitCode, st.Reason = train.StateFailed, code, train.FailureReason(code, last)
	case alive(pgid):
		st.State = train.StateRunning
	default:
		st.State, st.ExitCode, st.Reason = train.StateFailed, -1, "trainer vanished without an exit code (killed outside IML)"
	}
	return st, nil
}

// Logs implements train.Driver.
func (d *Driver) Logs(ctx context.Context, h train.Handle) ([]byte, error) {
	if _, err := d.check(h); err != nil {
		return nil, err
	}
	return train.ReadLog(h)
}

// Cancel implements train.Driver: it marks the job cancelled, sends SIGTERM to its process group
// and SIGKILL after KillGrace if anything is left. It returns once the group is gone or ctx ends.
func (d *Driver) Cancel(ctx context.Context, h train.Handle) error {
	pgid, err := d.check(h)
	if err != nil {
		return err
	}
	if _, done, err := train.ReadExitCode(h.WorkDir); err != nil || done {
		return err
	}
	if !alive(pgid) {
		return nil
	}
	if err := os.WriteFile(filepath.Join(h.WorkDir, train.CancelFile), nil, 0o640); err != nil {
		return fmt.Errorf("cancel job %s: %w", h.ID, err)
	}
	if err := syscall.Kill(-pgid, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("cancel job %s: %w", h.ID, err)
	}
	grace := d.KillGrace
	if grace <= 0 {
		grace = DefaultKillGrace
	}
	deadline := time.Now().Add(grace)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for alive(pgid) {
		if _, done, _ := train.ReadExitCode(h.WorkDir); done {
			break
		}
		if time.Now().After(deadline) {
			d.logger.Warn("job ignored SIGTERM, killing", "job", h.ID)
			if err := syscall.Kill(-pgid, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
				return fmt.Errorf("kill job %s: %w", h.ID, err)
			}
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("cancel job %s: %w", h.ID, ctx.Err())
		case <-tick.C:
		}
	}
	d.logger.Info("job cancelled", "job", h.ID)
	return nil
}

// check validates a handle and returns its process group id. It refuses work dirs outside Root so
// a forged handle cannot point Status or Cancel elsewhere.
func (d *Driver) check(h train.Handle) (int, error) {
	if h.Driver != DriverName {
		return 0, fmt.Errorf("job %s belongs to driver %q, not %q: %w", h.ID, h.Driver, DriverName, train.ErrNotFound)
	}
	pgid, err := strconv.Atoi(h.ID)
	if err != nil || pgid <= 1 {
		return 0, fmt.Errorf("job %q: bad process group id: %w", h.ID, train.ErrNotFound)
	}
	root, err := filepath.Abs(d.Root)
	if err != nil {
		return 0, fmt.Errorf("job %s: %w", h.ID, err)
	}
	rel, err := filepath.Rel(root, h.WorkDir)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") || filepath.IsAbs(rel) {
		return 0, fmt.Errorf("job %s: work dir %s is outside %s: %w", h.ID, h.WorkDir, root, train.ErrNotFound)
	}
	return pgid, nil
}

// alive reports whether any process of the group exists. A zombie counts as alive; the exit-code
// file, checked first, covers a wrapper that exited but was not yet reaped.
func alive(pgid int) bool {
	err := syscall.Kill(-pgid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
