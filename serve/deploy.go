package serve

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/ollama/ollama/api"
)

// ErrDigestMismatch is wrapped when a file or a model in Ollama does not have the digest the registry
// expects.
var ErrDigestMismatch = errors.New("serve: digest mismatch")

// ErrUnreachable is wrapped when the Ollama server cannot be reached at all.
var ErrUnreachable = errors.New("serve: ollama unreachable")

// DeployRequest says what to load into Ollama. Digests are "sha256:<hex>" of the file bytes, as the
// registry records them.
type DeployRequest struct {
	ModelName     string // the Ollama model to create, e.g. "iml-crm-assistant-v3"
	BaseName      string // the Ollama base model, created from BaseGGUF when absent
	BaseGGUF      string // local path of the base GGUF; needed only when the base must be created
	BaseDigest    string
	AdapterPath   string // local path of the GGUF LoRA adapter (one file, general.type = adapter)
	AdapterDigest string
	Template      string // Go template Ollama renders prompts with; empty inherits the base's
	System        string
	Stop          []string
	Parameters    map[string]any // Ollama options such as temperature, num_ctx
}

// Deployment is what was verified to be served.
type Deployment struct {
	ModelName      string // as Ollama lists it, e.g. "iml-crm-assistant-v3:latest"
	BaseDigest     string
	AdapterDigest  string
	ManifestDigest string // "sha256:<hex>" of the Ollama manifest, the served artifact id
}

// Deployer creates models in one Ollama server.
type Deployer struct {
	base   *url.URL
	http   *http.Client
	client *api.Client
	logger *slog.Logger
}

// NewDeployer returns a Deployer for the Ollama server at baseURL ("http://127.0.0.1:11434").
// A nil httpClient means http.DefaultClient; a nil logger discards.
func NewDeployer(baseURL string, httpClient *http.Client, logger *slog.Logger) (*Deployer, error) {
	u, err := parseOllamaURL(baseURL)
	if err != nil {
		return nil, err
	}
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Deployer{base: u, http: httpClient, client: api.NewClient(u, httpClient), logger: logger.With("component", "deployer")}, nil
}

func parseOllamaURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("parse ollama url %q: want http(s)://host:port", raw)
	}
	return u, nil
}

// Deploy uploads the blobs Ollama lacks, creates the base model when absent, creates the tuned model
// from the base with the adapter, and then checks through /api/show that the model's base and adapter
// layers have the expected digests (ErrDigestMismatch otherwise). Deploying the same request again
// recreates the tuned model and uploads nothing.
func (d *Deployer) Deploy(ctx context.Context, req DeployRequest) (Deployment, error) {
	if err := req.validate(); err != nil {
		return Deployment{}, err
	}
	log := d.logger.With("model", req.ModelName)
	if err := d.ensureBase(ctx, req); err != nil {
		return Deployment{}, err
	}
	if err := d.ensureBlob(ctx, req.AdapterPath, req.AdapterDigest); err != nil {
		return Deployment{}, fmt.Errorf("deploy %s: %w", req.ModelName, err)
	}
	params := make(map[string]any, len(req.Parameters)+1)
	for k, v := range req.Parameters {
		params[k] = v
	}
	if len(req.Stop) > 0 {
		params["stop"] = req.Stop
	}
	create := &api.CreateRequest{
		Model:      req.ModelName,
		From:       req.BaseName,
		Adapters:   map[string]string{adapterFileName(req.AdapterPath): req.AdapterDigest},
		Template:   req.Template,
		System:     req.System,
		Parameters: params,
	}
	if err := d.create(ctx, create); err != nil {
		return Deployment{}, fmt.Errorf("deploy %s: %w", req.ModelName, err)
	}
	log.Info("model created", "base", req.BaseName, "adapter_digest", req.AdapterDigest)

	show, err := d.client.Show(ctx, &api.ShowRequest{Model: req.ModelName})
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy %s: show: %w", req.ModelName, d.wrap(err))
	}
	layers := parseModelfileLayers(show.Modelfile)
	if err := matchDigest("adapter", req.ModelName, layers.adapters, req.AdapterDigest); err != nil {
		return Deployment{}, err
	}
	if err := matchDigest("base", req.ModelName, layers.from, req.BaseDigest); err != nil {
		return Deployment{}, err
	}
	manifest, name, err := d.manifestDigest(ctx, req.ModelName)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy %s: %w", req.ModelName, err)
	}
	log.Info("model verified", "manifest_digest", manifest)
	return Deployment{ModelName: name, BaseDigest: req.BaseDigest, AdapterDigest: req.AdapterDigest, ManifestDigest: manifest}, nil
}

// Remove deletes a model from Ollama. Removing a model that is not there is not an error. Blobs shared
// with other models stay.
func (d *Deployer) Remove(ctx context.Context, modelName string) error {
	err := d.client.Delete(ctx, &api.DeleteRequest{Model: modelName})
	var se api.StatusError
	if errors.As(err, &se) && se.StatusCode == http.StatusNotFound {
		return nil
	}
	if err != nil {
		return fmt.Errorf("remove model %s: %w", modelName, d.wrap(err))
	}
	d.logger.Info("model removed", "model", modelName)
	return nil
}

func (r DeployRequest) validate() error {
	switch {
	case r.ModelName == "":
		return errors.New("deploy: empty model name")
	case r.BaseName == "":
		return fmt.Errorf("deploy %s: empty base name", r.ModelName)
	case r.AdapterPath == "":
		return fmt.Errorf("deploy %s: empty adapter path", r.ModelName)
	}
	for _, dg := range []struct{ name, v string }{{"base digest", r.BaseDigest}, {"adapter digest", r.AdapterDigest}} {
		if !validDigest(dg.v) {
			return fmt.Errorf("deploy %s: %s %q is not sha256:<64 hex>", r.ModelName, dg.name, dg.v)
		}
	}
	return nil
}

func validDigest(s string) bool {
	hexPart, ok := strings.CutPrefix(s, "sha256:")
	if !ok || len(hexPart) != 64 {
		return false
	}
	_, err := hex.DecodeString(hexPart)
	return err == nil && strings.ToLower(hexPart) == hexPart
}

// ensureBase creates the base model from its GGUF unless Ollama has it; an existing base must be
// built on the expected blob.
func (d *Deployer) ensureBase(ctx context.Context, req DeployRequest) error {
	show, err := d.client.Show(ctx, &api.ShowRequest{Model: req.BaseName})
	var se api.StatusError
	switch {
	case err == nil:
		return matchDigest("base", req.BaseName, parseModelfileLayers(show.Modelfile).from, req.BaseDigest)
	case errors.As(err, &se) && se.StatusCode == http.StatusNotFound:
	default:
		return fmt.Errorf("show base model %s: %w", req.BaseName, d.wrap(err))
	}
	if req.BaseGGUF == "" {
		return fmt.Errorf("create base model %s: not in ollama and no base GGUF path given", req.BaseName)
	}
	if err := d.ensureBlob(ctx, req.BaseGGUF, req.BaseDigest); err != nil {
		return fmt.Errorf("create base model %s: %w", req.BaseName, err)
	}
	create := &api.CreateRequest{Model: req.BaseName, Files: map[string]string{filepath.Base(req.BaseGGUF): req.BaseDigest}}
	if err := d.create(ctx, create); err != nil {
		return fmt.Errorf("create base model %s: %w", req.BaseName, err)
	}
	d.logger.Info("base model created", "base", req.BaseName, "digest", req.BaseDigest)
	return nil
}

func (d *Deployer) create(ctx context.Context, req *api.CreateRequest) error {
	last := ""
	err := d.client.Create(ctx, req, func(p api.ProgressResponse) error {
		last = p.Status
		return nil
	})
	if err != nil {
		return fmt.Errorf("create: %w", d.wrap(err))
	}
	if last != "success" {
		return fmt.Errorf("create: ended with status %q, want success", last)
	}
	return nil
}

// ensureBlob uploads path as digest unless Ollama already has that blob. The file is hashed before the
// upload so that a wrong file is refused here rather than stored under the right name.
func (d *Deployer) ensureBlob(ctx context.Context, path, digest string) error {
	ok, err := d.hasBlob(ctx, digest)
	if err != nil {
		return err
	}
	if ok {
		d.logger.Debug("blob present", "digest", digest)
		return nil
	}
	got, err := fileDigest(path)
	if err != nil {
		return err
	}
	if got != digest {
		return fmt.Errorf("upload blob %s: %w: file %s has %s", digest, ErrDigestMismatch, path, got)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("upload blob %s: %w", digest, err)
	}
	defer f.Close()
	if err := d.client.CreateBlob(ctx, digest, bufio.NewReaderSize(f, 1<<20)); err != nil {
		return fmt.Errorf("upload blob %s: %w", digest, d.wrap(err))
	}
	d.logger.Info("blob uploaded", "digest", digest, "file", filepath.Base(path))
	return nil
}

// hasBlob asks HEAD /api/blobs/<digest>; the api client has no call for it.
func (d *Deployer) hasBlob(ctx context.Context, digest string) (bool, error) {
	u := d.base.JoinPath("/api/blobs", digest)
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, u.String(), nil)
	if err != nil {
		return false, fmt.Errorf("check blob %s: %w", digest, err)
	}
	resp, err := d.http.Do(req)
	if err != nil {
		return false, fmt.Errorf("check blob %s: %w", digest, d.wrap(err))
	}
	resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return true, nil
	case http.StatusNotFound:
		return false, nil
	default:
		return false, fmt.Errorf("check blob %s at %s: status %s", digest, d.base, resp.Status)
	}
}

func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("hash file %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hash file %s: %w", path, err)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

// adapterFileName is the name the adapter gets in the create request. Ollama picks the importer by
// extension, so a GGUF adapter stored without one (a blob named by digest) is given ".gguf".
func adapterFileName(path string) string {
	name := filepath.Base(path)
	if !strings.HasSuffix(name, ".gguf") {
		name += ".gguf"
	}
	return name
}

func (d *Deployer) manifestDigest(ctx context.Context, model string) (digest, name string, err error) {
	list, err := d.client.List(ctx)
	if err != nil {
		return "", "", fmt.Errorf("list models: %w", d.wrap(err))
	}
	for _, m := range list.Models {
		if sameModel(m.Name, model) || sameModel(m.Model, model) {
			dg := m.Digest
			if !strings.HasPrefix(dg, "sha256:") {
				dg = "sha256:" + dg
			}
			return dg, m.Name, nil
		}
	}
	return "", "", fmt.Errorf("list models: %s not listed after create", model)
}

// sameModel compares Ollama names, where "name" means "name:latest".
func sameModel(a, b string) bool {
	norm := func(s string) string {
		if !strings.Contains(s[strings.LastIndex(s, "/")+1:], ":") {
			s += ":latest"
		}
		return s
	}
	return norm(a) == norm(b)
}

type modelfileLayers struct {
	from     []string // digests of FROM lines that name blobs
	adapters []string // digests of ADAPTER lines
}

// parseModelfileLayers reads the digests of blob paths (".../blobs/sha256-<hex>") on the FROM and
// ADAPTER lines of the modelfile /api/show returns.
func parseModelfileLayers(modelfile string) modelfileLayers {
	var l modelfileLayers
	for line := range strings.Lines(modelfile) {
		cmd, arg, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok {
			continue
		}
		dg, ok := blobDigest(strings.TrimSpace(arg))
		if !ok {
			continue
		}
		switch strings.ToUpper(cmd) {
		case "FROM":
			l.from = append(l.from, dg)
		case "ADAPTER":
			l.adapters = append(l.adapters, dg)
		}
	}
	return l
}

func blobDigest(path string) (string, bool) {
	base := filepath.Base(strings.Trim(path, `"`))
	hexPart, ok := strings.CutPrefix(base, "sha256-")
	if !ok {
		return "", false
	}
	return "sha256:" + hexPart, true
}

func matchDigest(what, model string, got []string, want string) error {
	if len(got) != 1 || got[0] != want {
		return fmt.Errorf("verify %s of %s: %w: ollama has %v, want %s", what, model, ErrDigestMismatch, got, want)
	}
	return nil
}

// wrap marks transport failures with ErrUnreachable and names the endpoint.
func (d *Deployer) wrap(err error) error {
	return wrapUnreachable(d.base, err)
}

func wrapUnreachable(base *url.URL, err error) error {
	var ne net.Error
	var ue *url.Error
	if errors.As(err, &ne) || errors.As(err, &ue) {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		return fmt.Errorf("%w at %s: %w", ErrUnreachable, base, err)
	}
	return err
}
