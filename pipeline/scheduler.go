package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/train"
	"github.com/robfig/cron/v3"
)

// HeartbeatEvery is how often a run refreshes its heartbeat; StaleAfter is how long a run may go
// without one before the scheduler declares its process dead and marks the run failed.
const (
	HeartbeatEvery = 30 * time.Second
	StaleAfter     = 5 * time.Minute
)

// Scheduler runs the configured pipelines on their cron expressions. A pipeline never runs twice at
// once: the cron chain skips a tick while the previous run of that pipeline is still going, and the
// registry refuses a second running run across processes (modelrepo.ErrRunActive).
type Scheduler struct {
	Runner *Runner
	Logger *slog.Logger
}

// Run blocks until ctx ends, then waits for runs in progress to stop.
func (s *Scheduler) Run(ctx context.Context) error {
	log := s.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "scheduler")
	if ids, err := s.Runner.Registry.MarkStaleRuns(ctx, StaleAfter, "no heartbeat: the process running it died"); err != nil {
		return err
	} else if len(ids) > 0 {
		log.Warn("marked stale runs failed", "runs", ids)
	}
	var watchers sync.WaitGroup
	defer watchers.Wait()
	s.reattach(ctx, log, &watchers)
	c := cron.New(
		cron.WithParser(cron.NewParser(cron.Minute|cron.Hour|cron.Dom|cron.Month|cron.Dow|cron.Descriptor)),
		cron.WithChain(cron.Recover(cronLogger{log}), cron.SkipIfStillRunning(cronLogger{log})),
	)
	for _, p := range s.Runner.Config.Pipelines {
		if p.Schedule == "" {
			continue
		}
		name := p.Name
		if _, err := c.AddFunc(p.Schedule, func() { s.runOnce(ctx, log, name) }); err != nil {
			return err
		}
		log.Info("scheduled", "pipeline", name, "schedule", p.Schedule)
	}
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
	return nil
}

// reattach follows training jobs that a previous process left running (on Slurm, or detached local
// processes) to the end, so their state, metrics, logs and adapters are recorded instead of lost.
func (s *Scheduler) reattach(ctx context.Context, log *slog.Logger, wg *sync.WaitGroup) {
	if s.Runner.Jobs == nil {
		return
	}
	jobs, err := s.Runner.Jobs.ActiveJobs(ctx)
	if err != nil {
		log.Error("list active training jobs", "err", err)
		return
	}
	for _, rec := range jobs {
		drv, ok := s.Runner.Drivers[rec.Driver]
		if !ok {
			log.Warn("active job on an unconfigured driver", "job", rec.ID, "driver", rec.Driver)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := train.NewRunner(drv, s.Runner.Jobs, s.Runner.Store, log).Watch(ctx, rec)
			log.Info("re-attached job ended", "job", rec.ID, "state", res.State, "adapter", res.Adapter.Digest, "err", err)
		}()
	}
}

func (s *Scheduler) runOnce(ctx context.Context, log *slog.Logger, name string) {
	if ctx.Err() != nil {
		return
	}
	rep, err := s.Runner.Run(ctx, name)
	switch {
	case errors.Is(err, modelrepo.ErrRunActive):
		log.Info("skipped: a run is in progress", "pipeline", name)
	case err != nil:
		log.Error("run failed", "pipeline", name, "err", err)
	default:
		log.Info("run succeeded", "pipeline", name, "run", rep.RunID, "model", rep.Model, "skipped", rep.Skipped)
	}
}

// cronLogger adapts slog to cron.Logger.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug(msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error(msg, append(kv, "err", err)...)
}
