package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// Roles of chat messages.
const (
	RoleSystem    = "system"
	RoleUser      = "user"
	RoleAssistant = "assistant"
)

// MaxLineBytes bounds one JSONL line of an eval file.
const MaxLineBytes = 16 << 20

// ErrFormat is wrapped by every error about a malformed eval file.
var ErrFormat = errors.New("eval: malformed dataset")

// Message is one chat turn.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Example is one eval case: the conversation the model sees and the answer it should give.
type Example struct {
	ID        string    // the record's "id" when the file has one, else its 1-based line number
	Messages  []Message // system and conversation turns, ending before the reference answer
	Reference string    // the last assistant message of the record
}

type record struct {
	ID       string    `json:"id"`
	Messages []Message `json:"messages"`
}

// ReadExamples reads chat-format JSONL ({"messages":[{"role":..,"content":..},...]} per line, other fields
// ignored) and splits each record into the prompt and the reference: the last message must be the
// assistant's and becomes the reference, and at least one user message must precede it. Blank lines are
// skipped. Errors name the line, never its content.
func ReadExamples(r io.Reader) ([]Example, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []Example
	for line := 1; ; line++ {
		b, err := readLine(br)
		if len(bytes.TrimSpace(b)) > 0 {
			ex, perr := parseExample(b, line)
			if perr != nil {
				return nil, perr
			}
			out = append(out, ex)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read eval line %d: %w", line, err)
		}
	}
}

// ReadExamplesFile reads the eval JSONL at path.
func ReadExamplesFile(path string) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open eval file %s: %w", path, err)
	}
	defer f.Close()
	ex, err := ReadExamples(f)
	if err != nil {
		return nil, fmt.Errorf("read eval file %s: %w", path, err)
	}
	return ex, nil
}

func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > MaxLineBytes {
			return nil, fmt.Errorf("%w: line longer than %d bytes", ErrFormat, MaxLineBytes)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, err
	}
}

func parseExample(b []byte, line int) (Example, error) {
	var rec record
	if err := json.Unmarshal(b, &rec); err != nil {
		return Example{}, fmt.Errorf("%w: line %d: not a JSON object with messages", ErrFormat, line)
	}
	n := len(rec.Messages)
	if n < 2 {
		return Example{}, fmt.Errorf("%w: line %d: %d messages, want a prompt and an answer", ErrFormat, line, n)
	}
	last := rec.Messages[n-1]
	if last.Role != RoleAssistant {
		return Example{}, fmt.Errorf("%w: line %d: last message role %q, want %q", ErrFormat, line, last.Role, RoleAssistant)
	}
	hasUser := false
	for i, m := range rec.Messages[:n-1] {
		switch m.Role {
		case RoleUser:
			hasUser = true
		case RoleSystem, RoleAssistant:
		default:
			return Example{}, fmt.Errorf("%w: line %d: message %d has role %q", ErrFormat, line, i, m.Role)
		}
	}
	if !hasUser {
		return Example{}, fmt.Errorf("%w: line %d: no user message before the answer", ErrFormat, line)
	}
	id := rec.ID
	if id == "" {
		id = fmt.Sprint(line)
	}
	return Example{ID: id, Messages: rec.Messages[:n-1], Reference: last.Content}, nil
}
