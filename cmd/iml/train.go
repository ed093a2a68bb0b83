package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/iml/iml/pipeline"
	"github.com/iml/iml/train"
)

// runTrain: iml train cancel JOB_ID — stop a training job through the driver that runs it.
func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, pos, err := loadArgs(flag.NewFlagSet("train", flag.ContinueOnError), args, func(pos []string) error {
		if len(pos) != 2 || pos[0] != "cancel" {
			return fmt.Errorf("want 'train cancel JOB_ID'")
		}
		return nil
	})
	if err != nil {
		return err
	}
	env, err := pipeline.Open(ctx, cfg, newLogger(stderr))
	if err != nil {
		return err
	}
	defer env.Close()
	rec, err := env.Jobs.Job(ctx, pos[1])
	if err != nil {
		return err
	}
	drv, ok := env.Drivers[rec.Driver]
	if !ok {
		return fmt.Errorf("job %s runs on driver %q, which this config does not use", rec.ID, rec.Driver)
	}
	if err := train.NewRunner(drv, env.Jobs, nil, env.Logger).Cancel(ctx, rec.ID); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "cancelled %s\n", rec.ID)
	return nil
}
