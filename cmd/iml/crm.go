package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
)

// runCRM: iml crm pull SOURCE --config FILE [--out FILE|-] — pull one CRM source once into the
// registry's staging tables and print a summary.
func runCRM(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("crm", flag.ContinueOnError)
	cfgPath := fs.String("config", "", "CRM sources config (see configs/crm.example.yaml)")
	out := fs.String("out", "", "also write the pulled records as contract JSON lines to FILE (- for stdout)")
	imlConfig := fs.String("iml-config", defaultConfigPath(), "IML config whose registry stores the records")
	registry := fs.String("registry", "", "registry database (overrides --iml-config)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "pull" || *cfgPath == "" {
		return fmt.Errorf("%w: want 'crm pull SOURCE --config FILE'", errUsage)
	}
	dbPath := *registry
	if dbPath == "" {
		cfg, err := config.Load(*imlConfig)
		if err != nil {
			return fmt.Errorf("find registry (set --registry or --iml-config): %w", err)
		}
		dbPath = cfg.Registry.Path
	}
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return err
	}
	reg, err := modelrepo.OpenRegistry(ctx, dbPath)
	if err != nil {
		return err
	}
	defer reg.Close()
	opts := crm.PullCLIOptions{Source: pos[1], ConfigPath: *cfgPath, Logger: newLogger(stderr)}
	switch *out {
	case "":
	case "-":
		opts.Out = stdout
	default:
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		opts.Out = f
	}
	summary := stdout
	if *out == "-" {
		summary = stderr // keep stdout pure JSON lines
	}
	return crm.RunPull(ctx, opts, reg, summary)
}
