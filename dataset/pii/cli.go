package pii

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// ErrBadInput is returned by RunScan and RunRedact when at least one input
// line could not be processed; every valid line was still written.
var ErrBadInput = errors.New("pii: some input lines were invalid")

// ScanOptions configures RunScan (`iml pii scan`).
type ScanOptions struct {
	// Threshold is the minimum score reported; 0 means DefaultThreshold.
	Threshold float64
}

// RedactOptions configures RunRedact (`iml pii redact`).
type RedactOptions struct {
	// Operator is pseudonym, surrogate, mask or redact; empty means pseudonym.
	Operator string
	// Threshold is the minimum score replaced; 0 means DefaultThreshold.
	Threshold float64
	// Key is the HMAC key (see KeyFromEnvOrFile). When nil, a random key is
	// used and pseudonyms are consistent only within this run; a notice says so.
	Key []byte
}

type inputLine struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

type scanLine struct {
	ID       json.RawMessage `json:"id"`
	Entities []Entity        `json:"entities"`
}

type textLine struct {
	ID   json.RawMessage `json:"id"`
	Text string          `json:"text"`
}

// RunScan reads JSON lines {"id","text"} from in and writes one line
// {"id","entities":[{"type","start","end","score"}]} per valid input line, in
// order. Offsets count code points. Invalid lines are reported on errOut by
// line number (and id when known) and make it return ErrBadInput at the end.
func RunScan(ctx context.Context, in io.Reader, out io.Writer, errOut io.Writer, opts ScanOptions) error {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return fmt.Errorf("generate scan key: %w", err)
	}
	e, err := New(Config{Key: key, Threshold: opts.Threshold})
	if err != nil {
		return err
	}
	return eachLine(ctx, in, out, errOut, func(l inputLine, enc *json.Encoder) error {
		ents := e.Scan(*l.Text)
		if ents == nil {
			ents = []Entity{}
		}
		return enc.Encode(scanLine{ID: l.ID, Entities: ents})
	})
}

// RunRedact reads JSON lines {"id","text"} from in and writes {"id","text"}
// with every entity replaced by opts.Operator; errors as RunScan.
func RunRedact(ctx context.Context, in io.Reader, out io.Writer, errOut io.Writer, opts RedactOptions) error {
	op := Pseudonym
	if opts.Operator != "" {
		var err error
		if op, err = ParseOperator(opts.Operator); err != nil {
			return err
		}
	}
	key := opts.Key
	if key == nil {
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return fmt.Errorf("generate redact key: %w", err)
		}
		if op == Pseudonym || op == Surrogate {
			fmt.Fprintln(errOut, "pii: no key configured; pseudonyms are consistent within this run only")
		}
	}
	e, err := New(Config{Key: key, Threshold: opts.Threshold})
	if err != nil {
		return err
	}
	return eachLine(ctx, in, out, errOut, func(l inputLine, enc *json.Encoder) error {
		return enc.Encode(textLine{ID: l.ID, Text: e.Process(*l.Text, op).Text})
	})
}

// eachLine streams in line by line: memory stays bounded by the longest line.
func eachLine(ctx context.Context, in io.Reader, out, errOut io.Writer, fn func(inputLine, *json.Encoder) error) error {
	r := bufio.NewReaderSize(in, 1<<16)
	w := bufio.NewWriterSize(out, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	bad := 0
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			w.Flush()
			return err
		}
		line, rerr := r.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			w.Flush()
			return fmt.Errorf("read input line %d: %w", lineNo, rerr)
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			var l inputLine
			if msg := decodeLine(trimmed, &l); msg != "" {
				bad++
				if len(l.ID) > 0 {
					fmt.Fprintf(errOut, "line %d: id %s: %s\n", lineNo, l.ID, msg)
				} else {
					fmt.Fprintf(errOut, "line %d: %s\n", lineNo, msg)
				}
			} else if err := fn(l, enc); err != nil {
				w.Flush()
				return fmt.Errorf("write output line %d: %w", lineNo, err)
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if bad > 0 {
		return fmt.Errorf("process input: %d bad lines: %w", bad, ErrBadInput)
	}
	return nil
}

// decodeLine parses one input line; it returns a message (without any of the
// line's text) when the line is unusable.
func decodeLine(b []byte, l *inputLine) string {
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if err := json.Unmarshal(b, l); err != nil {
		var probe struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(b, &probe) == nil {
			l.ID = probe.ID
		}
		return "invalid JSON or field types"
	}
	switch {
	case len(l.ID) == 0 || string(l.ID) == "null":
		l.ID = nil
		return "missing field id"
	case l.Text == nil:
		return "missing field text"
	}
	return ""
}
