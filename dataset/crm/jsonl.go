package crm

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
	"unicode/utf8"
)

// ReadJSONL reads a contract JSONL stream: one record per line, each an object with a "kind" field.
// fn receives every line that decodes and passes Validate; bad receives every other line with a
// reason that names the problem but never the data (safe to log and count). A bad line never stops
// reading; fn returning an error, a read error or ctx ending does. Blank lines are skipped. Lines
// longer than MaxRecordBytes are reported to bad with raw truncated to MaxRecordBytes.
func ReadJSONL(ctx context.Context, r io.Reader, fn func(line int, rec Record) error, bad func(line int, raw []byte, reason string)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, tooLong, err := readLine(br, MaxRecordBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read jsonl line %d: %w", line, err)
		}
		eof := errors.Is(err, io.EOF)
		if eof && len(raw) == 0 && !tooLong {
			return nil
		}
		trimmed := bytes.TrimSpace(raw)
		switch {
		case tooLong:
			bad(line, raw, "line too long")
		case len(trimmed) == 0:
		default:
			rec, reason := DecodeRecord(trimmed)
			if reason != "" {
				bad(line, trimmed, reason)
			} else if err := fn(line, rec); err != nil {
				return err
			}
		}
		if eof {
			return nil
		}
	}
}

// readLine reads up to and without the next '\n'. When the line is longer than max it returns the
// first max bytes, discards the rest of the line and sets tooLong.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max {
			if !tooLong {
				line = append(line, chunk[:max-len(line)]...)
			}
			tooLong = true
		} else if !tooLong {
			line = append(line, chunk...)
		}
		switch {
		case err == nil:
			return bytes.TrimSuffix(line, []byte("\n")), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return line, tooLong, err
		}
	}
}

// DecodeRecord decodes and validates one contract JSON object. It returns a reason instead of an
// error: a short text free of personal data, suitable for a quarantine entry ("" when rec is good).
func DecodeRecord(raw []byte) (rec Record, reason string) {
	if !utf8.Valid(raw) {
		return Record{}, "invalid utf-8"
	}
	if len(raw) > MaxRecordBytes {
		return Record{}, "record too long"
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		return Record{}, decodeReason(err)
	}
	if err := Validate(rec); err != nil {
		return Record{}, "invalid " + err.Error()
	}
	return rec, ""
}

// decodeReason turns a JSON decoding error into a reason without the offending value.
func decodeReason(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var tpe *time.ParseError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("malformed json at offset %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("wrong json type for field %q", typ.Field)
	case errors.As(err, &tpe):
		return "unparseable timestamp"
	case errors.Is(err, errUnknownKind):
		return "unknown kind"
	default:
		return "undecodable record"
	}
}

var errUnknownKind = errors.New("unknown kind")

// JSONLWriter writes records as contract JSON lines. It is safe for concurrent use.
type JSONLWriter struct {
	mu sync.Mutex
	w  io.Writer
	n  int
}

// NewJSONLWriter returns a writer of contract lines to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{w: w} }

// Write writes rec as one line.
func (j *JSONLWriter) Write(rec Record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("write record %s: %w", rec.Source().Key(), err)
	}
	b = append(b, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := j.w.Write(b); err != nil {
		return fmt.Errorf("write record %s: %w", rec.Source().Key(), err)
	}
	j.n++
	return nil
}

// Count is the number of lines written.
func (j *JSONLWriter) Count() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.n
}
