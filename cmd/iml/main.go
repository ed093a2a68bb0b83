// Command iml is the on-premise fine-tuning and local inference pipeline for CRM conversations.
//
//	iml run PIPELINE        run one pipeline now
//	iml server              scheduler + gateway + CRM webhooks in one process
//	iml serve               the gateway only
//	iml runs PIPELINE       run history
//	iml lineage REF         lineage of a model version or alias
//	iml audit verify        verify the tamper-evident audit log
//	iml erase < IDENTIFIER  erase a data subject (identifier on stdin)
//	iml train cancel JOB    cancel a training job
//	iml crm pull SOURCE     pull one CRM source once
//	iml pii scan|redact     detect or replace personal data in JSON lines
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/iml/iml/pipeline/config"
)

// errUsage marks a command-line mistake: exit code 2.
var errUsage = errors.New("usage")

type command struct {
	name  string
	usage string
	run   func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"run", "run PIPELINE [--config FILE]", runRun},
		{"server", "server [--config FILE]", runServer},
		{"serve", "serve [--config FILE]", runServe},
		{"runs", "runs PIPELINE [--config FILE] [--limit N]", runRuns},
		{"lineage", "lineage MODEL_VERSION|ALIAS [--config FILE]", runLineage},
		{"audit", "audit verify [--config FILE]", runAudit},
		{"erase", "erase [--config FILE] < IDENTIFIER   (phone, e-mail or INN on stdin)", runErase},
		{"train", "train cancel JOB_ID [--config FILE]", runTrain},
		{"crm", "crm pull SOURCE --config FILE [--out FILE|-]", runCRM},
		{"pii", "pii scan|redact [--threshold F] [--operator pseudonym|surrogate|mask|redact]", runPII},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], stdout, stderr)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, errUsage), errors.Is(err, flag.ErrHelp):
			fmt.Fprintf(stderr, "iml: %v\nusage: iml %s\n", err, c.usage)
			return 2
		default:
			fmt.Fprintf(stderr, "iml %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "iml: unknown command %q\n", args[0])
	printUsage(stderr)
	return 2
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: iml COMMAND [ARGS]")
	for _, c := range commands() {
		fmt.Fprintf(w, "  iml %s\n", c.usage)
	}
}

// flags parses args allowing flags before and after positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// loadArgs adds --config to fs, parses args, checks the positional arguments with check and loads
// the config. Every subcommand that works on a configured IML starts here.
func loadArgs(fs *flag.FlagSet, args []string, check func(pos []string) error) (config.Config, []string, error) {
	cfgPath := fs.String("config", defaultConfigPath(), "IML config file")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return config.Config{}, nil, err
	}
	if err := check(pos); err != nil {
		return config.Config{}, nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	cfg, err := config.Load(*cfgPath)
	return cfg, pos, err
}

// exactly returns a check for loadArgs that wants n positional arguments.
func exactly(n int, what string) func([]string) error {
	return func(pos []string) error {
		if len(pos) != n {
			return fmt.Errorf("want %s", what)
		}
		return nil
	}
}

func defaultConfigPath() string {
	if p := os.Getenv("IML_CONFIG"); p != "" {
		return p
	}
	return "configs/iml.yaml"
}

func newLogger(w io.Writer) *slog.Logger {
	level := slog.LevelInfo
	if os.Getenv("IML_DEBUG") != "" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
