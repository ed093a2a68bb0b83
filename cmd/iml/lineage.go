package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/iml/iml/pipeline"
)

// runLineage: iml lineage MODEL_VERSION|ALIAS — the chain down to the source run and anonymizer version.
func runLineage(ctx context.Context, args []string, stdout, _ io.Writer) error {
	cfg, pos, err := loadArgs(flag.NewFlagSet("lineage", flag.ContinueOnError), args, exactly(1, "one model version or alias"))
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
	cfg, _, err := loadArgs(flag.NewFlagSet("audit", flag.ContinueOnError), args, func(pos []string) error {
		if len(pos) != 1 || pos[0] != "verify" {
			return fmt.Errorf("want 'audit verify'")
		}
		return nil
	})
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
