package crm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/iml/iml/modelrepo"
)

// Bad is a source record that does not fit the contract. Reason must not contain personal data.
type Bad struct {
	SourceID string // the record's id in the source, "" when even that could not be read
	Reason   string
	Raw      []byte // the record as the source sent it, kept for the quarantine
}

// Page is what one fetch of a stream returns.
type Page struct {
	Records []Record
	Bad     []Bad
	Next    string // the stream's state after this page; committed with the page's records
	More    bool   // another page follows in this pull
}

// Stream is one incremental feed of a connector (amoCRM notes, Bitrix24 activities, ...).
// The Puller calls Fetch sequentially with the state committed after the previous page ("" at
// first); Fetch must not keep state of its own between calls, so a pull killed at any point
// resumes from the last committed state without gaps.
type Stream interface {
	Name() string
	Fetch(ctx context.Context, state string) (Page, error)
}

// Connector is a configured CRM source: a list of streams pulled in order, sharing one client.
type Connector interface {
	Streams() []Stream
	Stats() *Stats
}

// Quarantine keeps records that do not fit the contract, for a person to look at. The pipeline
// backs it with MinIO. Put is called before the page's cursor is committed, so a record is never
// skipped silently; Put with the same (source, sourceID) may happen twice after a resumed pull.
type Quarantine interface {
	Put(ctx context.Context, source, sourceID, reason string, raw []byte) error
}

// Summary reports one pull.
type Summary struct {
	Source      string        `json:"source"`
	New         int           `json:"new"`
	Updated     int           `json:"updated"`
	Unchanged   int           `json:"unchanged"`
	Quarantined int           `json:"quarantined"`
	Pages       int           `json:"pages"`
	Requests    int64         `json:"requests"`
	Throttled   int64         `json:"throttled"`
	Retries     int64         `json:"retries"`
	Duration    time.Duration `json:"duration_ns"`
}

func (s Summary) String() string {
	return fmt.Sprintf("source=%s new=%d updated=%d unchanged=%d quarantined=%d pages=%d requests=%d throttled=%d retries=%d duration=%s",
		s.Source, s.New, s.Updated, s.Unchanged, s.Quarantined, s.Pages, s.Requests, s.Throttled, s.Retries, s.Duration.Round(time.Millisecond))
}

// Puller pulls one source once: every stream to its end, committing each page's records together
// with the cursor after that page, so the cursor only moves past records that are durably stored.
type Puller struct {
	Source     string // configured source name: the cursor key
	Connector  Connector
	Store      Store
	Quarantine Quarantine   // nil: bad records are counted and logged by id only
	Out        *JSONLWriter // nil: no record output
	Logger     *slog.Logger
	RunID      string
	Clock      Clock
}

// cursor is the committed state of every stream of a source.
type cursor struct {
	V       int               `json:"v"`
	Streams map[string]string `json:"streams"`
}

func parseCursor(s string) (cursor, error) {
	c := cursor{V: 1, Streams: map[string]string{}}
	if s == "" {
		return c, nil
	}
	if err := json.Unmarshal([]byte(s), &c); err != nil {
		return c, err
	}
	if c.Streams == nil {
		c.Streams = map[string]string{}
	}
	return c, nil
}

func (c cursor) with(stream, state string) string {
	m := make(map[string]string, len(c.Streams)+1)
	for k, v := range c.Streams {
		m[k] = v
	}
	m[stream] = state
	b, _ := json.Marshal(cursor{V: 1, Streams: m})
	return string(b)
}

// Pull runs every stream of the connector to its end.
func (p *Puller) Pull(ctx context.Context) (Summary, error) {
	logger := p.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = logger.With("component", "crm", "source", p.Source)
	clock := p.Clock
	if clock == nil {
		clock = SystemClock
	}
	start := clock.Now()
	sum := Summary{Source: p.Source}
	stats := p.Connector.Stats()
	before := [3]int64{stats.Requests.Load(), stats.Throttled.Load(), stats.Retries.Load()}
	finish := func() Summary {
		sum.Requests = stats.Requests.Load() - before[0]
		sum.Throttled = stats.Throttled.Load() - before[1]
		sum.Retries = stats.Retries.Load() - before[2]
		sum.Duration = clock.Now().Sub(start)
		return sum
	}
	raw, err := p.Store.Cursor(ctx, p.Source)
	if err != nil {
		return finish(), fmt.Errorf("read cursor of %s: %w", p.Source, err)
	}
	cur, err := parseCursor(raw)
	if err != nil {
		return finish(), fmt.Errorf("parse cursor of %s: %w", p.Source, err)
	}
	for _, st := range p.Connector.Streams() {
		name := st.Name()
		for {
			state := cur.Streams[name]
			page, err := st.Fetch(ctx, state)
			if err != nil {
				return finish(), fmt.Errorf("pull %s stream %s: %w", p.Source, name, err)
			}
			sum.Pages++
			staged, recs, bad := p.stage(page)
			for _, b := range bad {
				if p.Quarantine != nil {
					if err := p.Quarantine.Put(ctx, p.Source, b.SourceID, b.Reason, b.Raw); err != nil {
						return finish(), fmt.Errorf("quarantine %s record %s: %w", p.Source, b.SourceID, err)
					}
				}
				logger.Warn("crm record quarantined", "stream", name, "source_id", b.SourceID, "reason", b.Reason)
			}
			sum.Quarantined += len(bad)
			next := cur.with(name, page.Next)
			if len(staged) > 0 || page.Next != state {
				res, err := p.Store.Commit(ctx, p.Source, next, p.RunID, staged)
				if err != nil {
					return finish(), fmt.Errorf("commit %s stream %s page: %w", p.Source, name, err)
				}
				sum.New += res.New
				sum.Updated += res.Updated
				sum.Unchanged += res.Unchanged
				cur.Streams[name] = page.Next
			}
			if p.Out != nil {
				for _, r := range recs {
					if err := p.Out.Write(r); err != nil {
						return finish(), err
					}
				}
			}
			logger.Debug("crm page committed", "stream", name, "records", len(staged), "quarantined", len(bad))
			if !page.More {
				break
			}
			if page.Next == state && len(page.Records)+len(page.Bad) == 0 {
				return finish(), fmt.Errorf("pull %s stream %s: connector made no progress", p.Source, name)
			}
		}
	}
	s := finish()
	logger.Info("crm pull done", "new", s.New, "updated", s.Updated, "unchanged", s.Unchanged,
		"quarantined", s.Quarantined, "pages", s.Pages, "requests", s.Requests, "throttled", s.Throttled)
	return s, nil
}

// stage validates a page's records; duplicates within a page keep the latest version.
func (p *Puller) stage(page Page) ([]modelrepo.StagedRecord, []Record, []Bad) {
	bad := append([]Bad(nil), page.Bad...)
	idx := map[string]int{}
	var staged []modelrepo.StagedRecord
	var recs []Record
	for _, r := range page.Records {
		s, err := ToStaged(r)
		if err != nil {
			raw, _ := json.Marshal(r)
			reason := "invalid record"
			var ve *ValidationError
			if errors.As(err, &ve) {
				reason = "invalid " + ve.Error()
			}
			bad = append(bad, Bad{SourceID: r.Source().ID, Reason: reason, Raw: raw})
			continue
		}
		k := s.System + "\x00" + s.SourceID
		if i, ok := idx[k]; ok {
			if !s.UpdatedAt.Before(staged[i].UpdatedAt) {
				staged[i], recs[i] = s, r
			}
			continue
		}
		idx[k] = len(staged)
		staged = append(staged, s)
		recs = append(recs, r)
	}
	return staged, recs, bad
}

// MemQuarantine keeps quarantined records in memory, for tests.
type MemQuarantine struct {
	mu      sync.Mutex
	Entries []QuarantineEntry
}

// QuarantineEntry is one quarantined record.
type QuarantineEntry struct {
	Source, SourceID, Reason string
	Raw                      []byte
}

// Put records the entry.
func (q *MemQuarantine) Put(_ context.Context, source, sourceID, reason string, raw []byte) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.Entries = append(q.Entries, QuarantineEntry{source, sourceID, reason, append([]byte(nil), raw...)})
	return nil
}

// Reasons returns sourceID → reason.
func (q *MemQuarantine) Reasons() map[string]string {
	q.mu.Lock()
	defer q.mu.Unlock()
	m := map[string]string{}
	for _, e := range q.Entries {
		m[e.SourceID] = e.Reason
	}
	return m
}

// DirQuarantine writes each quarantined record to Dir/<source>/<source id>.json (mode 0600, the raw
// record holds personal data) with its reason in a sibling .reason file. For the command line;
// the pipeline uses MinIO.
type DirQuarantine struct{ Dir string }

// Put writes the entry, replacing an earlier one for the same record.
func (q DirQuarantine) Put(_ context.Context, source, sourceID, reason string, raw []byte) error {
	dir := filepath.Join(q.Dir, safeName(source))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("quarantine %s: %w", sourceID, err)
	}
	name := safeName(sourceID)
	if name == "" {
		name = fmt.Sprintf("unknown-%d", time.Now().UnixNano())
	}
	if err := os.WriteFile(filepath.Join(dir, name+".json"), raw, 0o600); err != nil {
		return fmt.Errorf("quarantine %s: %w", sourceID, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".reason"), []byte(reason+"\n"), 0o600); err != nil {
		return fmt.Errorf("quarantine %s: %w", sourceID, err)
	}
	return nil
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, strings.TrimLeft(s, "."))
}
