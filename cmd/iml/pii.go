package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/iml/iml/dataset/pii"
)

// runPII: iml pii scan|redact — JSON lines {"id","text"} on stdin, one result line per input on stdout.
func runPII(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("pii", flag.ContinueOnError)
	threshold := fs.Float64("threshold", 0, "minimum score (0 = engine default)")
	operator := fs.String("operator", "pseudonym", "redact: pseudonym|surrogate|mask|redact")
	keyEnv := fs.String("key-env", "IML_PII_KEY", "env var holding the HMAC key for pseudonyms")
	keyFile := fs.String("key-file", "", "file holding the HMAC key")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want scan or redact", errUsage)
	}
	switch pos[0] {
	case "scan":
		return pii.RunScan(ctx, stdin, stdout, stderr, pii.ScanOptions{Threshold: *threshold})
	case "redact":
		var key []byte
		if os.Getenv(*keyEnv) != "" || *keyFile != "" {
			if key, err = pii.KeyFromEnvOrFile(*keyEnv, *keyFile); err != nil {
				return err
			}
		}
		return pii.RunRedact(ctx, stdin, stdout, stderr, pii.RedactOptions{Operator: *operator, Threshold: *threshold, Key: key})
	default:
		return fmt.Errorf("%w: unknown pii command %q", errUsage, pos[0])
	}
}

// stdin is where pii commands read from; tests replace it.
var stdin io.Reader = os.Stdin
