package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/iml/iml/dataset/pii"
	"github.com/iml/iml/pipeline"
)

// runErase: iml erase — erase a data subject. The identifier (phone, e-mail or INN) is read from
// stdin, not from the command line, so it does not show up in process lists or shell history.
func runErase(ctx context.Context, args []string, stdout, _ io.Writer) error {
	cfg, _, err := loadArgs(flag.NewFlagSet("erase", flag.ContinueOnError), args, exactly(0, "no argument: the identifier is read from stdin"))
	if err != nil {
		return err
	}
	value, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		return err
	}
	key, err := pii.KeyFromEnvOrFile(cfg.Anonymizer.KeyEnv, cfg.Anonymizer.KeyFile)
	if err != nil {
		return fmt.Errorf("anonymizer key: %w", err)
	}
	eng, err := pii.New(pii.Config{Key: key})
	if err != nil {
		return err
	}
	reg, err := pipeline.OpenRegistry(ctx, cfg)
	if err != nil {
		return err
	}
	defer reg.Close()
	rep, err := pipeline.Erase(ctx, reg, eng.SubjectID, value, actor())
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}
