package crm

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// DefaultJSONLPageSize is the number of lines a JSONL source commits at a time.
const DefaultJSONLPageSize = 1000

// JSONLSource pulls a contract JSONL file (the generic export/webhook format): one record per
// line with a "kind" field, each keeping its own source system and id. The cursor is the byte
// offset after the last committed line, so appending to the file and pulling again brings only the
// new lines; a file that shrank below the cursor was replaced and is read from the start (the
// upsert keeps that idempotent).
type JSONLSource struct {
	Name     string
	Path     string
	PageSize int
	stats    Stats
}

var _ Connector = (*JSONLSource)(nil)

// Stats returns zero counters: a file makes no requests.
func (j *JSONLSource) Stats() *Stats { return &j.stats }

// Streams returns the single file stream.
func (j *JSONLSource) Streams() []Stream { return []Stream{jsonlStream{j}} }

type jsonlStream struct{ j *JSONLSource }

func (s jsonlStream) Name() string { return "file" }

type offsetState struct {
	Offset int64 `json:"offset"`
	Line   int   `json:"line"`
}

func (s jsonlStream) Fetch(ctx context.Context, state string) (Page, error) {
	var st offsetState
	if state != "" {
		if err := json.Unmarshal([]byte(state), &st); err != nil {
			return Page{}, fmt.Errorf("parse stream state: %w", err)
		}
	}
	f, err := os.Open(s.j.Path)
	if err != nil {
		return Page{}, fmt.Errorf("jsonl source %s: %w", s.j.Name, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Page{}, fmt.Errorf("jsonl source %s: %w", s.j.Name, err)
	}
	if fi.Size() < st.Offset {
		st = offsetState{}
	}
	if _, err := f.Seek(st.Offset, io.SeekStart); err != nil {
		return Page{}, fmt.Errorf("jsonl source %s: %w", s.j.Name, err)
	}
	start := st.Offset
	size := s.j.PageSize
	if size <= 0 {
		size = DefaultJSONLPageSize
	}
	br := bufio.NewReaderSize(f, 64<<10)
	var page Page
	for n := 0; n < size; n++ {
		if err := ctx.Err(); err != nil {
			return Page{}, err
		}
		raw, consumed, tooLong, err := readCountedLine(br, MaxRecordBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			return Page{}, fmt.Errorf("jsonl source %s: read line %d: %w", s.j.Name, st.Line+1, err)
		}
		if consumed == 0 {
			break
		}
		if errors.Is(err, io.EOF) && !tooLong && !json.Valid(raw) {
			// A last line without newline that is not yet valid JSON may still be being written:
			// leave it for the next pull.
			break
		}
		st.Offset += consumed
		st.Line++
		line := trimNewline(raw)
		if len(line) == 0 {
			continue
		}
		lineID := "line:" + strconv.Itoa(st.Line)
		if tooLong {
			page.Bad = append(page.Bad, Bad{SourceID: lineID, Reason: "line too long", Raw: line})
			continue
		}
		rec, reason := DecodeRecord(line)
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: lineID, Reason: reason, Raw: line})
			continue
		}
		page.Records = append(page.Records, rec)
	}
	b, _ := json.Marshal(st)
	page.Next = string(b)
	page.More = st.Offset > start && st.Offset < fi.Size()
	return page, nil
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// readCountedLine reads one line including its '\n', returning at most max bytes of it and the
// number of bytes consumed from the reader.
func readCountedLine(br *bufio.Reader, max int) (line []byte, consumed int64, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		consumed += int64(len(chunk))
		if len(line)+len(chunk) > max {
			if !tooLong {
				line = append(line, chunk[:max-len(line)]...)
			}
			tooLong = true
		} else if !tooLong {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, consumed, tooLong, err
	}
}
