package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/iml/iml/pipeline"
	"github.com/iml/iml/pipeline/config"
)

// runLineage: iml lineage MODEL_VERSION|ALIAS — the chain down to the source run and anonymizer version.
func runLineage(ctx context.Context, args []string, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("lineage", flag.ContinueOnError)
	cfgPath := fs.String("config", defaultConfigPath(), "IML config file")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one model version or alias", errUsage)
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	reg, err := pipeline.OpenRegistry(ctx, cfg)
	if err != nil {
		return err
	}
	defer reg.Close()
	l, err := reg.Lineage(ctx, pos[0])
	if err != nil {
		return err
	}
	return l.WriteText(stdout)
}

// runAudit: iml audit verify — recompute the audit log's hash chain.
func runAudit(ctx context.Context, args []string, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("audit", flag.ContinueOnError)
	cfgPath := fs.String("config", defaultConfigPath(), "IML config file")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || pos[0] != "verify" {
		return fmt.Errorf("%w: want 'audit verify'", errUsage)
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	reg, err := pipeline.OpenRegistry(ctx, cfg)
	if err != nil {
		return err
	}
	defer reg.Close()
	n, err := reg.VerifyAudit(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "audit log intact: %d entries\n", n)
	return nil
}
