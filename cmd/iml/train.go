package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/iml/iml/pipeline"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/train"
)

// runTrain: iml train cancel JOB_ID — stop a training job through the driver that runs it.
func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	cfgPath := fs.String("config", defaultConfigPath(), "IML config file")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "cancel" {
		return fmt.Errorf("%w: want 'train cancel JOB_ID'", errUsage)
	}
	cfg, err := config.Load(*cfgPath)
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
