package testenv

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/ollama/ollama/api"
)

// Ollama is an Ollama server started for one test.
type Ollama struct {
	URL       string // "http://127.0.0.1:port"
	ModelsDir string
	LogPath   string
}

// StartOllama starts an Ollama server on CPU, one request at a time, with its models in a temporary
// directory, and waits until /api/version answers.
func StartOllama(t testing.TB) *Ollama {
	t.Helper()
	bin := needTool(t, "ollama")
	dir := t.TempDir()
	host := fmt.Sprintf("127.0.0.1:%d", FreePort(t))
	o := &Ollama{
		URL:       "http://" + host,
		ModelsDir: filepath.Join(dir, "models"),
		LogPath:   filepath.Join(dir, "ollama.log"),
	}
	if err := os.MkdirAll(o.ModelsDir, 0o700); err != nil {
		t.Fatalf("create ollama models dir: %v", err)
	}
	env := baseEnv(dir,
		"OLLAMA_HOST="+host,
		"OLLAMA_MODELS="+o.ModelsDir,
		"OLLAMA_NUM_PARALLEL=1",
		"OLLAMA_MAX_LOADED_MODELS=1",
		"OLLAMA_KEEP_ALIVE=30s",
		"OLLAMA_NOHISTORY=1",
		"OLLAMA_NO_CLOUD=1",
		"CUDA_VISIBLE_DEVICES=",
		"HIP_VISIBLE_DEVICES=",
	)
	p := startProcess(t, "ollama", bin, []string{"serve"}, env, o.LogPath)
	waitReady(t, p, "answering", func() error { return httpGetOK(o.URL + "/api/version") })
	return o
}

// Client returns an api.Client for the server. Its HTTP client keeps no idle connections.
func (o *Ollama) Client() *api.Client {
	u, err := url.Parse(o.URL)
	if err != nil {
		panic(fmt.Sprintf("testenv: bad ollama url %q: %v", o.URL, err))
	}
	return api.NewClient(u, httpClient())
}

// UploadBlob uploads the file at path as a blob and returns its digest, "sha256:<hex>".
func (o *Ollama) UploadBlob(ctx context.Context, path string) (string, error) {
	digest, err := FileDigest(path)
	if err != nil {
		return "", err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("open blob %s: %w", path, err)
	}
	defer f.Close()
	if err := o.Client().CreateBlob(ctx, digest, f); err != nil {
		return "", fmt.Errorf("upload blob %s: %w", digest, err)
	}
	return digest, nil
}

// CreateTiny writes the tiny model, uploads it and creates the Ollama model name from it, so a test
// has something to generate with. It returns the GGUF's digest.
func (o *Ollama) CreateTiny(t testing.TB, name string) string {
	t.Helper()
	path, _ := TinyModel(t)
	digest, err := o.UploadBlob(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	req := &api.CreateRequest{Model: name, Files: map[string]string{filepath.Base(path): digest}}
	if err := o.Client().Create(t.Context(), req, func(api.ProgressResponse) error { return nil }); err != nil {
		t.Fatalf("create ollama model %s: %v", name, err)
	}
	return digest
}

// FileDigest returns "sha256:<hex>" of the file at path.
func FileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hash %s: %w", path, err)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}
