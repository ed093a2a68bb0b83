package train

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/iml/iml/modelrepo"
)

// DefaultPoll is how often the Runner asks the driver for a job's status.
const DefaultPoll = 2 * time.Second

// maxStatusErrors is how many consecutive Status errors the Runner tolerates before it gives up
// watching (the job keeps running and can be watched again).
const maxStatusErrors = 5

// cancelTimeout bounds the Cancel the Runner sends when its context ends.
const cancelTimeout = 30 * time.Second

// Result is the outcome of a job the Runner watched to the end.
type Result struct {
	JobID  string
	Handle Handle
	State  State
	Reason string
	// Format of the adapter (FormatGGUF or FormatPEFT); empty unless succeeded.
	Format string
	// Objects uploaded under "adapters/<job id>"; zero values when absent or when no Blobs is set.
	Adapter       modelrepo.Object
	AdapterConfig modelrepo.Object
	Template      modelrepo.Object
	Log           modelrepo.Object
	Progress      []Progress
}

// JobError reports a job that ended in a state other than succeeded.
type JobError struct {
	JobID  string
	State  State
	Reason string
}

func (e *JobError) Error() string {
	if e.Reason == "" {
		return fmt.Sprintf("training job %s %s", e.JobID, e.State)
	}
	return fmt.Sprintf("training job %s %s: %s", e.JobID, e.State, e.Reason)
}

// Runner submits jobs through a driver, follows them to a terminal state, records the lifecycle
// and metrics in a JobStore and collects the adapter of a successful job. The zero value is not
// usable: set Driver and Jobs. Fields are read-only while jobs run.
type Runner struct {
	Driver Driver
	Jobs   JobStore
	// Blobs receives the collected files; nil validates the adapter but uploads nothing.
	Blobs  Blobs
	Poll   time.Duration
	Logger *slog.Logger
	Now    func() time.Time
}

// NewRunner returns a Runner with default poll interval and clock. A nil logger discards.
func NewRunner(drv Driver, jobs JobStore, blobs Blobs, logger *slog.Logger) *Runner {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Runner{Driver: drv, Jobs: jobs, Blobs: blobs, Poll: DefaultPoll,
		Logger: logger.With("component", "train.runner"), Now: time.Now}
}

func (r *Runner) now() time.Time {
	if r.Now == nil {
		return time.Now()
	}
	return r.Now()
}

func (r *Runner) logger() *slog.Logger {
	if r.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return r.Logger
}

// Validate checks the fields every driver and the collection need.
func (s JobSpec) Validate() error {
	switch {
	case s.JobID == "":
		return errors.New("job spec: job_id is empty")
	case s.OutputDir == "":
		return fmt.Errorf("job spec %s: output_dir is empty", s.JobID)
	case !filepath.IsAbs(s.OutputDir):
		return fmt.Errorf("job spec %s: output_dir %q is not absolute", s.JobID, s.OutputDir)
	case s.TimeLimit < 0:
		return fmt.Errorf("job spec %s: negative time_limit", s.JobID)
	}
	return nil
}

// Run records the job, submits it and watches it to the end (see Watch). A job that ends other
// than succeeded returns its Result and a *JobError. When ctx ends, the job is cancelled.
func (r *Runner) Run(ctx context.Context, spec JobSpec, cmd Command) (Result, error) {
	if err := spec.Validate(); err != nil {
		return Result{}, err
	}
	rec := JobRecord{ID: spec.JobID, Driver: r.Driver.Name(), Recipe: spec.Recipe, Spec: spec, CreatedAt: r.now()}
	if err := r.Jobs.CreateJob(ctx, rec); err != nil {
		return Result{}, err
	}
	log := r.logger().With("job", spec.JobID, "driver", rec.Driver)
	h, err := r.Driver.Submit(ctx, spec, cmd)
	if err != nil {
		reason := fmt.Sprintf("submit: %v", err)
		if terr := r.Jobs.Transition(context.WithoutCancel(ctx), spec.JobID, StateFailed, reason, r.now()); terr != nil {
			return Result{}, errors.Join(err, terr)
		}
		return Result{JobID: spec.JobID, State: StateFailed, Reason: reason},
			fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	if err := r.Jobs.SetHandle(ctx, spec.JobID, h); err != nil {
		return Result{}, err
	}
	log.Info("job submitted", "handle", h.ID)
	rec.Handle, rec.State = h, StateQueued
	return r.Watch(ctx, rec)
}

// Watch polls a submitted job until it is terminal, recording transitions and metrics, then
// collects the adapter of a successful job. It is also how a restarted server re-attaches to the
// records ActiveJobs returns. When ctx ends, the job is cancelled and ctx's error returned.
func (r *Runner) Watch(ctx context.Context, rec JobRecord) (Result, error) {
	log := r.logger().With("job", rec.ID)
	res := Result{JobID: rec.ID, Handle: rec.Handle}
	poll := r.Poll
	if poll <= 0 {
		poll = DefaultPoll
	}
	state := rec.State
	var errs int
	for {
		st, err := r.Driver.Status(ctx, rec.Handle)
		switch {
		case ctx.Err() != nil:
			return r.cancelled(ctx, rec, res)
		case errors.Is(err, ErrNotFound):
			st = Status{State: StateFailed, Reason: "the driver lost the job"}
		case err != nil:
			errs++
			log.Warn("job status", "err", err, "consecutive", errs)
			if errs >= maxStatusErrors {
				return res, fmt.Errorf("watch job %s: %w", rec.ID, err)
			}
		default:
			errs = 0
		}
		if err == nil || errors.Is(err, ErrNotFound) {
			if len(st.Progress) > 0 {
				res.Progress = st.Progress
				if err := r.Jobs.RecordMetrics(ctx, rec.ID, st.Progress); err != nil {
					return res, err
				}
			}
			// A job that finished between two polls still passes through running, so StartedAt is set.
			if state == StateQueued && (st.State == StateRunning || st.State == StateSucceeded || st.State == StateFailed && st.ExitCode != 0) {
				if err := r.transition(ctx, rec.ID, StateRunning, ""); err != nil {
					return res, err
				}
				state = StateRunning
				log.Info("job running")
			}
			if st.State.Terminal() {
				return r.finish(ctx, rec, res, st)
			}
		}
		select {
		case <-ctx.Done():
			return r.cancelled(ctx, rec, res)
		case <-time.After(poll):
		}
	}
}

func (r *Runner) transition(ctx context.Context, id string, to State, reason string) error {
	return r.Jobs.Transition(ctx, id, to, reason, r.now())
}

// cancelled cancels the job after ctx ended and records it.
func (r *Runner) cancelled(ctx context.Context, rec JobRecord, res Result) (Result, error) {
	cctx, stop := context.WithTimeout(context.WithoutCancel(ctx), cancelTimeout)
	defer stop()
	res.State, res.Reason = StateCancelled, "cancelled"
	if err := r.Driver.Cancel(cctx, rec.Handle); err != nil {
		return res, errors.Join(ctx.Err(), err)
	}
	if err := r.transition(cctx, rec.ID, StateCancelled, res.Reason); err != nil {
		return res, errors.Join(ctx.Err(), err)
	}
	r.logger().Info("job cancelled", "job", rec.ID)
	return res, fmt.Errorf("watch job %s: %w", rec.ID, ctx.Err())
}

// finish handles a terminal driver state: collection on success, the recorded reason otherwise.
func (r *Runner) finish(ctx context.Context, rec JobRecord, res Result, st Status) (Result, error) {
	log := r.logger().With("job", rec.ID)
	res.State, res.Reason = st.State, st.Reason
	if st.State == StateSucceeded {
		col, err := r.collect(ctx, rec)
		if err != nil {
			res.State, res.Reason = StateFailed, err.Error()
			if errors.Is(err, ErrNoAdapter) {
				res.Reason = ScrubLine(err.Error())
			}
		} else {
			col.JobID, col.Handle, col.Progress = res.JobID, res.Handle, res.Progress
			res = col
		}
	}
	if res.State != StateSucceeded && r.Blobs != nil {
		// The log of a failed job is kept for diagnosis; no adapter is recorded.
		if obj, err := r.putLog(ctx, rec); err == nil {
			res.Log = obj
		} else {
			log.Warn("upload log of failed job", "err", err)
		}
	}
	if err := r.transition(ctx, rec.ID, res.State, res.Reason); err != nil {
		return res, err
	}
	log.Info("job finished", "state", res.State, "steps", len(res.Progress))
	if res.State != StateSucceeded {
		return res, &JobError{JobID: rec.ID, State: res.State, Reason: res.Reason}
	}
	return res, nil
}

// collect validates the adapter in the job's output dir, uploads it with its config, the template
// and the log under "adapters/<job id>", and records the adapter digest.
func (r *Runner) collect(ctx context.Context, rec JobRecord) (Result, error) {
	spec := rec.Spec
	found, err := FindAdapter(spec.OutputDir, spec.BaseModel.Arch)
	if err != nil {
		return Result{}, err
	}
	res := Result{State: StateSucceeded, Format: found.Format}
	tmpl, err := writeTemplate(spec.OutputDir, spec)
	if err != nil {
		return Result{}, fmt.Errorf("collect job %s: write template: %w", rec.ID, err)
	}
	if r.Blobs == nil {
		return res, nil
	}
	prefix := "adapters/" + rec.ID
	if res.Adapter, err = r.Blobs.PutFile(ctx, prefix, found.Path); err != nil {
		return Result{}, fmt.Errorf("collect job %s: upload adapter: %w", rec.ID, err)
	}
	if found.Config != "" {
		if res.AdapterConfig, err = r.Blobs.PutFile(ctx, prefix, found.Config); err != nil {
			return Result{}, fmt.Errorf("collect job %s: upload adapter config: %w", rec.ID, err)
		}
	}
	if res.Template, err = r.Blobs.PutFile(ctx, prefix, tmpl); err != nil {
		return Result{}, fmt.Errorf("collect job %s: upload template: %w", rec.ID, err)
	}
	if res.Log, err = r.putLog(ctx, rec); err != nil {
		return Result{}, fmt.Errorf("collect job %s: %w", rec.ID, err)
	}
	if err := r.Jobs.SetAdapter(ctx, rec.ID, res.Adapter.Digest); err != nil {
		return Result{}, err
	}
	return res, nil
}

// putLog copies the driver's log of the job into a temp file named train.log and uploads it.
func (r *Runner) putLog(ctx context.Context, rec JobRecord) (modelrepo.Object, error) {
	b, err := r.Driver.Logs(ctx, rec.Handle)
	if err != nil {
		return modelrepo.Object{}, fmt.Errorf("read log: %w", err)
	}
	dir, err := os.MkdirTemp("", "iml-log-")
	if err != nil {
		return modelrepo.Object{}, fmt.Errorf("upload log: %w", err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, LogFile)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		return modelrepo.Object{}, fmt.Errorf("upload log: %w", err)
	}
	obj, err := r.Blobs.PutFile(ctx, "adapters/"+rec.ID, p)
	if err != nil {
		return modelrepo.Object{}, fmt.Errorf("upload log: %w", err)
	}
	return obj, nil
}

// Cancel cancels a recorded job by id (what `iml train cancel` calls). The Runner that watches the
// job sees the driver report cancelled; the record is updated here too so a job with no watcher
// does not stay active.
func (r *Runner) Cancel(ctx context.Context, id string) error {
	rec, err := r.Jobs.Job(ctx, id)
	if err != nil {
		return err
	}
	if rec.State.Terminal() {
		return nil
	}
	if rec.Handle.ID != "" {
		if err := r.Driver.Cancel(ctx, rec.Handle); err != nil {
			return fmt.Errorf("cancel job %s: %w", id, err)
		}
	}
	return r.transition(ctx, id, StateCancelled, "cancelled")
}
