// Package kubernetes runs training jobs as batch/v1 Jobs. It renders the Job from Go structs (no
// client library), validates it, and submits it over plain HTTPS to the API server with a bearer
// token. The job's work dir lives on a PersistentVolumeClaim that IML mounts at the same path
// (Config.Root): the pod writes train.log and exit_code there, IML reads them from its mount.
package kubernetes

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/iml/iml/train"
)

// DriverName is the config name of this driver.
const DriverName = "kubernetes"

// ManifestFile is the rendered Job, kept in the work dir.
const ManifestFile = "job.k8s.json"

// ErrNoAPIServer is returned by Submit when no API server is configured: the manifest is rendered
// and written to the work dir for someone to apply.
var ErrNoAPIServer = errors.New("kubernetes: no API server configured")

// Config is the kubernetes driver's part of the config.
type Config struct {
	// APIServer is the API server's base URL, e.g. https://10.0.0.1:6443; empty renders only.
	APIServer string `yaml:"api_server"`
	// Token is the bearer token (from the environment or a file, never the YAML itself).
	Token     string `yaml:"-"`
	Namespace string `yaml:"namespace"`
	Image     string `yaml:"image"`
	// Root is where the work claim is mounted, in the pod and on the IML host alike.
	Root      string `yaml:"root"`
	WorkClaim string `yaml:"work_claim"`
	// DataClaim, when set, is mounted read-only at DataMount (datasets and base models).
	DataClaim      string            `yaml:"data_claim"`
	DataMount      string            `yaml:"data_mount"`
	GPUs           int               `yaml:"gpus"`
	CPUs           int               `yaml:"cpus"`
	Memory         string            `yaml:"memory"`
	TimeLimit      time.Duration     `yaml:"time_limit"`
	ServiceAccount string            `yaml:"service_account"`
	NodeSelector   map[string]string `yaml:"node_selector"`
}

// Driver submits Jobs to one namespace. It is safe for concurrent use.
type Driver struct {
	cfg    Config
	client *http.Client
	logger *slog.Logger
}

var _ train.Driver = (*Driver)(nil)

// New validates cfg. A nil client uses http.DefaultClient (configure its TLS for the cluster CA);
// a nil logger discards.
func New(cfg Config, client *http.Client, logger *slog.Logger) (*Driver, error) {
	switch {
	case cfg.Namespace == "":
		return nil, errors.New("kubernetes driver: namespace is empty")
	case cfg.Image == "":
		return nil, errors.New("kubernetes driver: image is empty")
	case !filepath.IsAbs(cfg.Root):
		return nil, fmt.Errorf("kubernetes driver: root %q is not absolute", cfg.Root)
	case cfg.WorkClaim == "":
		return nil, errors.New("kubernetes driver: work_claim is empty")
	case cfg.DataClaim != "" && !filepath.IsAbs(cfg.DataMount):
		return nil, fmt.Errorf("kubernetes driver: data_mount %q is not absolute", cfg.DataMount)
	case cfg.GPUs < 0:
		return nil, errors.New("kubernetes driver: negative gpus")
	}
	if cfg.APIServer != "" {
		u, err := url.Parse(cfg.APIServer)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, fmt.Errorf("kubernetes driver: api_server %q is not an http(s) URL", cfg.APIServer)
		}
	}
	if client == nil {
		client = http.DefaultClient
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Driver{cfg: cfg, client: client, logger: logger.With("component", "train.kubernetes")}, nil
}

// Name implements train.Driver.
func (d *Driver) Name() string { return DriverName }

func (d *Driver) jobsURL(name string) string {
	u := strings.TrimRight(d.cfg.APIServer, "/") + "/apis/batch/v1/namespaces/" + url.PathEscape(d.cfg.Namespace) + "/jobs"
	if name != "" {
		u += "/" + url.PathEscape(name)
	}
	return u
}

// Submit implements train.Driver: it writes the work dir and the manifest, then creates the Job.
func (d *Driver) Submit(ctx context.Context, spec train.JobSpec, cmd train.Command) (train.Handle, error) {
	if spec.JobID == "" || strings.ContainsAny(spec.JobID, `/\`) || spec.JobID == "." || spec.JobID == ".." {
		return train.Handle{}, fmt.Errorf("submit job %q: invalid job id", spec.JobID)
	}
	dir := filepath.Join(d.cfg.Root, spec.JobID)
	if _, err := os.Stat(filepath.Join(dir, train.JobFile)); err == nil {
		return train.Handle{}, fmt.Errorf("submit job %s: work dir %s already holds a job", spec.JobID, dir)
	}
	job, err := Manifest(d.cfg, spec, cmd, dir)
	if err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	manifest, err := job.MarshalIndent()
	if err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	files := map[string][]byte{ManifestFile: manifest}
	for k, v := range cmd.Files {
		files[k] = v
	}
	if err := train.PrepareWorkDir(dir, spec, train.Command{Files: files}); err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	if d.cfg.APIServer == "" {
		return train.Handle{}, fmt.Errorf("submit job %s: %w (manifest in %s)", spec.JobID, ErrNoAPIServer, filepath.Join(dir, ManifestFile))
	}
	if _, err := d.do(ctx, http.MethodPost, d.jobsURL(""), manifest, http.StatusCreated); err != nil {
		return train.Handle{}, fmt.Errorf("submit job %s: %w", spec.JobID, err)
	}
	d.logger.Info("job submitted", "job", spec.JobID, "k8s_job", job.Metadata.Name)
	return train.Handle{Driver: DriverName, ID: job.Metadata.Name, WorkDir: dir}, nil
}

// APIError is a response of the API server other than the expected one.
type APIError struct {
	Code    int
	Reason  string // the Status object's reason, e.g. "AlreadyExists", "Forbidden"
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("kubernetes API: %d %s: %s", e.Code, e.Reason, e.Message)
}

func (d *Driver) do(ctx context.Context, method, u string, body []byte, want ...int) ([]byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if d.cfg.Token != "" {
		req.Header.Set("Authorization", "Bearer "+d.cfg.Token)
	}
	resp, err := d.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return nil, err
	}
	for _, w := range want {
		if resp.StatusCode == w {
			return b, nil
		}
	}
	var st struct {
		Reason  string `json:"reason"`
		Message string `json:"message"`
	}
	_ = json.Unmarshal(b, &st)
	return nil, &APIError{Code: resp.StatusCode, Reason: st.Reason, Message: train.ScrubLine(st.Message)}
}

// Status implements train.Driver from the Job's status; a Job the API server no longer has
// (deleted by Cancel or its TTL) is decided from the files in the work dir.
func (d *Driver) Status(ctx context.Context, h train.Handle) (train.Status, error) {
	if err := d.check(h); err != nil {
		return train.Status{}, err
	}
	// The state first, then the log: a job that ends between the two reads
	// has written its whole log by then, so it never ends with its progress lost.
	st, reasonFromLog, err := d.status(ctx, h)
	if err != nil {
		return train.Status{}, err
	}
	log, err := d.Logs(ctx, h)
	if err != nil {
		return train.Status{}, err
	}
	progress, last := train.ParseLog(log)
	st.Progress = progress
	if reasonFromLog {
		st.Reason = train.FailureReason(st.ExitCode, last)
	}
	return st, nil
}

// status returns the job's state from its exit code file and the API server, and
// whether its failure's reason is to be read from the log's last line.
func (d *Driver) status(ctx context.Context, h train.Handle) (train.Status, bool, error) {
	code, exited, err := train.ReadExitCode(h.WorkDir)
	if err != nil {
		return train.Status{}, false, err
	}
	cancelled := train.Marked(h.WorkDir, train.CancelFile)
	if d.cfg.APIServer == "" {
		return train.Status{}, false, fmt.Errorf("status of job %s: %w", h.ID, ErrNoAPIServer)
	}
	b, err := d.do(ctx, http.MethodGet, d.jobsURL(h.ID), nil, http.StatusOK)
	var aerr *APIError
	if errors.As(err, &aerr) && aerr.Code == http.StatusNotFound {
		switch {
		case cancelled:
			return train.Status{State: train.StateCancelled, ExitCode: code, Reason: "cancelled"}, false, nil
		case exited && code == 0:
			return train.Status{State: train.StateSucceeded}, false, nil
		case exited:
			return train.Status{State: train.StateFailed, ExitCode: code}, true, nil
		}
		return train.Status{}, false, fmt.Errorf("status of job %s: %w", h.ID, train.ErrNotFound)
	}
	if err != nil {
		return train.Status{}, false, fmt.Errorf("status of job %s: %w", h.ID, err)
	}
	var job Job
	if err := json.Unmarshal(b, &job); err != nil {
		return train.Status{}, false, fmt.Errorf("status of job %s: decode: %w", h.ID, err)
	}
	st, reasonFromLog := mapStatus(job.Status, cancelled, code, exited)
	return st, reasonFromLog, nil
}

// mapStatus maps a Job's conditions to a state, and reports whether a failure's
// reason is to be read from the log's last line (the trainer exited non-zero).
func mapStatus(s *jobStatus, cancelled bool, code int, exited bool) (train.Status, bool) {
	if s == nil {
		s = &jobStatus{}
	}
	for _, c := range s.Conditions {
		if c.Status != "True" {
			continue
		}
		switch c.Type {
		case "Complete":
			return train.Status{State: train.StateSucceeded}, false
		case "Failed":
			switch {
			case cancelled:
				return train.Status{State: train.StateCancelled, ExitCode: code, Reason: "cancelled"}, false
			case c.Reason == "DeadlineExceeded":
				return train.Status{State: train.StateFailed, ExitCode: code, Reason: train.ReasonTimeLimit}, false
			case exited:
				return train.Status{State: train.StateFailed, ExitCode: code}, true
			}
			return train.Status{State: train.StateFailed, ExitCode: -1, Reason: "pod failed: " + train.ScrubLine(c.Reason)}, false
		}
	}
	if s.Ready != nil && *s.Ready > 0 || s.Ready == nil && s.Active > 0 {
		return train.Status{State: train.StateRunning}, false
	}
	return train.Status{State: train.StateQueued}, false
}

// Logs implements train.Driver: train.log from the work volume.
func (d *Driver) Logs(_ context.Context, h train.Handle) ([]byte, error) {
	if err := d.check(h); err != nil {
		return nil, err
	}
	return train.ReadLog(h)
}

// Cancel implements train.Driver: it marks the job cancelled and deletes the Job with its pods.
func (d *Driver) Cancel(ctx context.Context, h train.Handle) error {
	if err := d.check(h); err != nil {
		return err
	}
	if _, done, err := train.ReadExitCode(h.WorkDir); err != nil || done {
		return err
	}
	if err := os.WriteFile(filepath.Join(h.WorkDir, train.CancelFile), nil, 0o640); err != nil {
		return fmt.Errorf("cancel job %s: %w", h.ID, err)
	}
	body := []byte(`{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"}`)
	_, err := d.do(ctx, http.MethodDelete, d.jobsURL(h.ID), body, http.StatusOK, http.StatusAccepted, http.StatusNotFound)
	if err != nil {
		return fmt.Errorf("cancel job %s: %w", h.ID, err)
	}
	d.logger.Info("job cancelled", "k8s_job", h.ID)
	return nil
}

func (d *Driver) check(h train.Handle) error {
	if h.Driver != DriverName {
		return fmt.Errorf("job %s belongs to driver %q, not %q: %w", h.ID, h.Driver, DriverName, train.ErrNotFound)
	}
	if len(h.ID) > 63 || !dns1123.MatchString(h.ID) {
		return fmt.Errorf("job %q: not a Job name: %w", h.ID, train.ErrNotFound)
	}
	rel, err := filepath.Rel(d.cfg.Root, h.WorkDir)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return fmt.Errorf("job %s: work dir %s is outside %s: %w", h.ID, h.WorkDir, d.cfg.Root, train.ErrNotFound)
	}
	return nil
}
