// Package dataset turns staged CRM conversations into training data: it anonymizes every text,
// builds chat-format examples for the task "suggest the manager's next reply", deduplicates them,
// splits them deterministically by conversation, checks for residual personal data, and writes the
// files with a manifest that records where everything came from.
package dataset

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/modelrepo"
)

// Anonymizer replaces personal data in text with consistent pseudonyms. dataset/pii implements it
// through a small adapter in the pipeline; tests use their own.
type Anonymizer interface {
	// Anonymize returns text with every detected personal value replaced by its pseudonym, and the
	// number of values replaced by entity type (PERSON, PHONE, ...).
	Anonymize(text string) (string, map[string]int)
	// Residual counts personal values still detected in already anonymized text.
	Residual(text string) int
	// SubjectID is the keyed pseudonym of a data subject's identifier (phone, e-mail, INN).
	SubjectID(value string) string
	// Version names the engine and rules, recorded in the manifest.
	Version() string
}

// Staged is the part of crm.Store the builder reads.
type Staged interface {
	Staged(ctx context.Context, kind string, fn func(modelrepo.StagedRecord) error) error
}

// Options shape a build.
type Options struct {
	Name         string
	SystemPrompt string
	EvalFraction float64
	Seed         int64
	MaxHistory   int // turns of context kept before the reply
	MinReplyLen  int // replies shorter than this (in runes) are not used as targets
	// MaxResidual is the share of examples allowed to still contain personal data after anonymizing.
	MaxResidual float64
	SourceRun   string
	Cursors     map[string]string
	// ErasedSubjects are pseudonyms of erased data subjects: their conversations are left out even if
	// a staged record slipped through.
	ErasedSubjects map[string]bool
}

// ErrResidualPII means anonymization left more personal data than the configured threshold.
var ErrResidualPII = errors.New("dataset: residual personal data above threshold")

// ErrEmpty means no conversation produced a training example.
var ErrEmpty = errors.New("dataset: no training examples")

// Message is one chat message of an example.
type Message struct {
	Role    string `json:"role"` // system, user, assistant
	Content string `json:"content"`
}

// Example is one line of the chat JSONL.
type Example struct {
	Messages []Message `json:"messages"`
}

// File is one data file of a dataset version.
type File struct {
	Role    string `json:"role"` // train, eval
	Key     string `json:"key"`  // object key, content-addressed
	Digest  string `json:"digest"`
	Size    int64  `json:"size"`
	Records int    `json:"records"`
	Path    string `json:"-"` // local path before upload
}

// Counts summarises a build.
type Counts struct {
	Conversations        int `json:"conversations"`
	ConversationsUsed    int `json:"conversations_used"`
	Examples             int `json:"examples"`
	Duplicates           int `json:"duplicates_dropped"`
	Train                int `json:"train"`
	Eval                 int `json:"eval"`
	ResidualExamples     int `json:"residual_examples"`
	UnreadableRecords    int `json:"unreadable_records"`
	AnonymizedMessages   int `json:"anonymized_messages"`
	ConversationsNoReply int `json:"conversations_without_reply"`
	ErasedConversations  int `json:"erased_conversations"`
	// Entities counts the personal values the anonymizer replaced, by type.
	Entities map[string]int `json:"entities,omitempty"`
}

// Manifest describes a dataset version. It is stored content-addressed next to the files.
type Manifest struct {
	Name       string            `json:"name"`
	Task       string            `json:"task"`
	CreatedAt  time.Time         `json:"created_at"`
	SourceRun  string            `json:"source_run"`
	Cursors    map[string]string `json:"cursors,omitempty"`
	Anonymizer struct {
		Version  string `json:"version"`
		Operator string `json:"operator"`
	} `json:"anonymizer"`
	Split struct {
		Seed         int64   `json:"seed"`
		EvalFraction float64 `json:"eval_fraction"`
		Unit         string  `json:"unit"`
	} `json:"split"`
	SystemPrompt string `json:"system_prompt"`
	Files        []File `json:"files"`
	Counts       Counts `json:"counts"`
	// Conversations lists the source keys (system:id) of the conversations used, for lineage and erasure.
	Conversations []string `json:"conversations"`
	// Subjects lists the data-subject pseudonyms (keyed HMAC) whose conversations are in the dataset.
	Subjects []string `json:"subjects"`
}

// Built is the result of Build: local files and their manifest, ready to publish.
type Built struct {
	Dir      string
	Manifest Manifest
}

// File returns the file of the given role.
func (b *Built) File(role string) (File, bool) {
	for _, f := range b.Manifest.Files {
		if f.Role == role {
			return f, true
		}
	}
	return File{}, false
}

// Build reads every staged communication, anonymizes it and writes train.jsonl and eval.jsonl into dir.
func Build(ctx context.Context, src Staged, anon Anonymizer, opts Options, dir string) (*Built, error) {
	subjects, unreadable, err := clientSubjects(ctx, src, anon)
	if err != nil {
		return nil, err
	}
	b := &Built{Dir: dir}
	m := &b.Manifest
	m.Name, m.Task, m.SourceRun, m.Cursors = opts.Name, "next-manager-reply", opts.SourceRun, opts.Cursors
	m.CreatedAt = time.Now().UTC()
	m.Anonymizer.Version, m.Anonymizer.Operator = anon.Version(), "pseudonym"
	m.Split.Seed, m.Split.EvalFraction, m.Split.Unit = opts.Seed, opts.EvalFraction, "conversation"
	m.SystemPrompt = opts.SystemPrompt
	m.Counts.UnreadableRecords = unreadable

	type conv struct {
		key      string
		examples []Example
		score    float64
	}
	var convs []conv
	subjectSet := map[string]bool{}
	seen := map[[32]byte]bool{}
	add := func(key string, c *crm.Communication) {
		for _, s := range subjects[c.Source.System+":"+c.ClientID] {
			if opts.ErasedSubjects[s] {
				m.Counts.ErasedConversations++
				return
			}
		}
		exs := examples(c, anon, opts, &m.Counts)
		var kept []Example
		for _, ex := range exs {
			h := hashExample(ex)
			if seen[h] {
				m.Counts.Duplicates++
				continue
			}
			seen[h] = true
			kept = append(kept, ex)
		}
		if len(kept) == 0 {
			m.Counts.ConversationsNoReply++
			return
		}
		convs = append(convs, conv{key: key, examples: kept, score: splitScore(opts.Seed, key)})
		for _, s := range subjects[c.Source.System+":"+c.ClientID] {
			subjectSet[s] = true
		}
	}
	// Sources that deliver a chat one message per record (amoCRM talks, RetailCRM MG dialogs) link the
	// records by thread_id; they are merged into one conversation before examples are built.
	threads := map[string]*crm.Communication{}
	err = src.Staged(ctx, string(crm.KindCommunication), func(sr modelrepo.StagedRecord) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec crm.Record
		if err := json.Unmarshal(sr.Body, &rec); err != nil || rec.Communication == nil {
			m.Counts.UnreadableRecords++
			return nil
		}
		c := rec.Communication
		if c.ThreadID == "" {
			m.Counts.Conversations++
			add(c.Source.Key(), c)
			return nil
		}
		key := c.Source.System + ":thread:" + c.ThreadID
		if t, ok := threads[key]; ok {
			t.Messages = append(t.Messages, c.Messages...)
			if t.ClientID == "" {
				t.ClientID = c.ClientID
			}
			return nil
		}
		m.Counts.Conversations++
		threads[key] = c
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read staged communications: %w", err)
	}
	keys := make([]string, 0, len(threads))
	for k := range threads {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t := threads[k]
		t.Messages = uniqueMessages(t.Messages)
		add(k, t)
	}
	if len(convs) == 0 {
		return nil, ErrEmpty
	}
	// Deterministic split by conversation, so no conversation leaks from train into eval.
	sort.Slice(convs, func(i, j int) bool { return convs[i].key < convs[j].key })
	evalSet := map[int]bool{}
	minScore := 0
	for i, c := range convs {
		if c.score < opts.EvalFraction {
			evalSet[i] = true
		}
		if c.score < convs[minScore].score {
			minScore = i
		}
	}
	if len(evalSet) == 0 && len(convs) > 1 {
		evalSet[minScore] = true // keep an eval split on small inputs
	}
	if len(evalSet) == len(convs) && len(convs) > 1 {
		delete(evalSet, minScore)
	}
	var train, eval []Example
	for i, c := range convs {
		m.Conversations = append(m.Conversations, c.key)
		if evalSet[i] {
			eval = append(eval, c.examples...)
		} else {
			train = append(train, c.examples...)
		}
	}
	m.Counts.ConversationsUsed = len(convs)
	m.Counts.Train, m.Counts.Eval = len(train), len(eval)
	m.Counts.Examples = len(train) + len(eval)
	for s := range subjectSet {
		m.Subjects = append(m.Subjects, s)
	}
	sort.Strings(m.Subjects)

	// Re-scan the output: the gate that stops a dataset with personal data left in it.
	for _, ex := range append(append([]Example(nil), train...), eval...) {
		for _, msg := range ex.Messages {
			if msg.Role != "system" && anon.Residual(msg.Content) > 0 {
				m.Counts.ResidualExamples++
				break
			}
		}
	}
	if share := float64(m.Counts.ResidualExamples) / float64(m.Counts.Examples); share > opts.MaxResidual {
		return nil, fmt.Errorf("%w: %d of %d examples (%.4f > %.4f)", ErrResidualPII,
			m.Counts.ResidualExamples, m.Counts.Examples, share, opts.MaxResidual)
	}

	for _, part := range []struct {
		role string
		exs  []Example
	}{{"train", train}, {"eval", eval}} {
		f, err := writeJSONL(filepath.Join(dir, part.role+".jsonl"), part.exs)
		if err != nil {
			return nil, err
		}
		f.Role = part.role
		f.Key = fmt.Sprintf("datasets/%s/%s.jsonl", opts.Name, strings.TrimPrefix(f.Digest, "sha256:"))
		m.Files = append(m.Files, f)
	}
	return b, nil
}

// clientSubjects maps "system:client_id" to the data-subject pseudonyms of that client's identifiers.
func clientSubjects(ctx context.Context, src Staged, anon Anonymizer) (map[string][]string, int, error) {
	out := map[string][]string{}
	bad := 0
	err := src.Staged(ctx, string(crm.KindClient), func(sr modelrepo.StagedRecord) error {
		var rec crm.Record
		if err := json.Unmarshal(sr.Body, &rec); err != nil || rec.Client == nil {
			bad++
			return nil
		}
		var ids []string
		for _, v := range rec.Client.Identifiers() {
			ids = append(ids, anon.SubjectID(v))
		}
		out[sr.System+":"+sr.SourceID] = ids
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("read staged clients: %w", err)
	}
	return out, bad, nil
}

// examples builds one example per manager reply that follows at least one customer turn,
// and adds the messages it anonymized and the values replaced to counts.
func examples(c *crm.Communication, anon Anonymizer, opts Options, counts *Counts) []Example {
	msgs := append([]crm.Message(nil), c.Messages...)
	sort.SliceStable(msgs, func(i, j int) bool { return msgs[i].At.Before(msgs[j].At) })
	var turns []Message
	for _, cm := range msgs {
		text := strings.TrimSpace(cm.Text)
		if text == "" {
			continue
		}
		role := "assistant"
		if cm.Role == crm.RoleCustomer {
			role = "user"
		}
		text, found := anon.Anonymize(text)
		counts.AnonymizedMessages++
		for typ, k := range found {
			if counts.Entities == nil {
				counts.Entities = map[string]int{}
			}
			counts.Entities[typ] += k
		}
		if k := len(turns); k > 0 && turns[k-1].Role == role {
			turns[k-1].Content += "\n" + text // merge consecutive turns of one side
			continue
		}
		turns = append(turns, Message{Role: role, Content: text})
	}
	var out []Example
	for i, t := range turns {
		if t.Role != "assistant" || i == 0 || len([]rune(t.Content)) < opts.MinReplyLen {
			continue
		}
		start := max(0, i-opts.MaxHistory)
		for start < i && turns[start].Role != "user" {
			start++ // chat format: the context starts with the customer
		}
		if start == i {
			continue
		}
		ex := Example{Messages: make([]Message, 0, i-start+2)}
		if opts.SystemPrompt != "" {
			ex.Messages = append(ex.Messages, Message{Role: "system", Content: opts.SystemPrompt})
		}
		ex.Messages = append(ex.Messages, turns[start:i+1]...)
		out = append(out, ex)
	}
	return out
}

// uniqueMessages drops repeated message ids (a message delivered by a pull and a webhook).
func uniqueMessages(ms []crm.Message) []crm.Message {
	seen := map[string]bool{}
	out := ms[:0]
	for _, m := range ms {
		if m.ID != "" {
			if seen[m.ID] {
				continue
			}
			seen[m.ID] = true
		}
		out = append(out, m)
	}
	return out
}

func hashExample(ex Example) [32]byte {
	h := sha256.New()
	for _, m := range ex.Messages {
		io.WriteString(h, m.Role)
		h.Write([]byte{0})
		io.WriteString(h, m.Content)
		h.Write([]byte{0})
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// splitScore maps a conversation to [0,1) by a seeded hash: the same seed and key always give the same side.
func splitScore(seed int64, key string) float64 {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(seed))
	h := sha256.New()
	h.Write(b[:])
	io.WriteString(h, key)
	sum := h.Sum(nil)
	return float64(binary.BigEndian.Uint64(sum[:8])>>11) / float64(1<<53)
}

func writeJSONL(path string, exs []Example) (File, error) {
	f, err := os.Create(path)
	if err != nil {
		return File{}, fmt.Errorf("create %s: %w", filepath.Base(path), err)
	}
	defer f.Close()
	h := sha256.New()
	w := bufio.NewWriter(io.MultiWriter(f, h))
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, ex := range exs {
		if err := enc.Encode(ex); err != nil {
			return File{}, fmt.Errorf("write %s: %w", filepath.Base(path), err)
		}
	}
	if err := w.Flush(); err != nil {
		return File{}, fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	st, err := f.Stat()
	if err != nil {
		return File{}, err
	}
	if err := f.Close(); err != nil {
		return File{}, fmt.Errorf("close %s: %w", filepath.Base(path), err)
	}
	return File{Path: path, Digest: "sha256:" + hex.EncodeToString(h.Sum(nil)), Size: st.Size(), Records: len(exs)}, nil
}
