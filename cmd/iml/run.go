package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os/user"
	"text/tabwriter"
	"time"

	"github.com/iml/iml/pipeline"
)

// runRun: iml run PIPELINE — one pipeline run now; prints the run report as JSON.
func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, pos, err := loadArgs(flag.NewFlagSet("run", flag.ContinueOnError), args, exactly(1, "one pipeline name"))
	if err != nil {
		return err
	}
	env, err := pipeline.Open(ctx, cfg, newLogger(stderr))
	if err != nil {
		return err
	}
	defer env.Close()
	r, err := env.Runner(actor())
	if err != nil {
		return err
	}
	rep, runErr := r.Run(ctx, pos[0])
	if rep != nil {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return err
		}
	}
	return runErr
}

// runRuns: iml runs PIPELINE — run history, newest first.
func runRuns(ctx context.Context, args []string, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("runs", flag.ContinueOnError)
	limit := fs.Int("limit", 20, "how many runs")
	cfg, pos, err := loadArgs(fs, args, exactly(1, "one pipeline name"))
	if err != nil {
		return err
	}
	reg, err := pipeline.OpenRegistry(ctx, cfg)
	if err != nil {
		return err
	}
	defer reg.Close()
	runs, err := reg.Runs(ctx, pos[0], *limit)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RUN\tSTATUS\tSTARTED\tSECONDS\tMODEL\tNOTE")
	for _, run := range runs {
		var rep pipeline.Report
		_ = json.Unmarshal(run.Report, &rep)
		secs := ""
		if !run.FinishedAt.IsZero() {
			secs = fmt.Sprintf("%.1f", run.FinishedAt.Sub(run.StartedAt).Seconds())
		}
		note := rep.Skipped
		if run.Error != "" {
			note = run.Error
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", run.ID, run.Status, run.StartedAt.Format(time.RFC3339), secs, rep.Model, note)
	}
	return tw.Flush()
}

func actor() string {
	if u, err := user.Current(); err == nil {
		return "cli:" + u.Username
	}
	return "cli"
}
