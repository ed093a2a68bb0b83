package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, content string) (path, digest string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(content))
	return path, "sha256:" + hex.EncodeToString(sum[:])
}

func deployRequest(t *testing.T) DeployRequest {
	base, baseDg := writeFile(t, "tiny.gguf", "GGUF base weights")
	adapter, adDg := writeFile(t, "adapter.gguf", "GGUF lora weights")
	return DeployRequest{
		ModelName: "iml-crm-assistant-v3", BaseName: "iml-base-tiny",
		BaseGGUF: base, BaseDigest: baseDg, AdapterPath: adapter, AdapterDigest: adDg,
		Template: "{{ .Prompt }}", System: "Ты менеджер.", Stop: []string{"</s>"},
		Parameters: map[string]any{"temperature": 0.2},
	}
}

func TestDeploy(t *testing.T) {
	f := newFakeOllama(t)
	d, err := NewDeployer(f.srv.URL, f.srv.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	req := deployRequest(t)
	dep, err := d.Deploy(t.Context(), req)
	if err != nil {
		t.Fatal(err)
	}
	if dep.ModelName != "iml-crm-assistant-v3:latest" || dep.AdapterDigest != req.AdapterDigest || dep.BaseDigest != req.BaseDigest {
		t.Errorf("deployment = %+v", dep)
	}
	if !strings.HasPrefix(dep.ManifestDigest, "sha256:") || len(dep.ManifestDigest) != 71 {
		t.Errorf("manifest digest = %q", dep.ManifestDigest)
	}
	if f.blobPosts != 2 {
		t.Errorf("uploaded %d blobs, want 2", f.blobPosts)
	}
	if len(f.creates) != 2 {
		t.Fatalf("%d creates, want base then model", len(f.creates))
	}
	tuned := f.creates[1]
	if tuned.From != req.BaseName || tuned.Adapters["adapter.gguf"] != req.AdapterDigest || tuned.System != req.System || tuned.Template != req.Template {
		t.Errorf("create request = %+v", tuned)
	}
	if stop, _ := tuned.Parameters["stop"].([]any); len(stop) != 1 || stop[0] != "</s>" || tuned.Parameters["temperature"] != 0.2 {
		t.Errorf("create parameters = %v", tuned.Parameters)
	}

	// Again: blobs and base are there, only the tuned model is recreated.
	if _, err := d.Deploy(t.Context(), req); err != nil {
		t.Fatal(err)
	}
	if f.blobPosts != 2 || len(f.creates) != 3 {
		t.Errorf("redeploy: %d uploads, %d creates; want 2 and 3", f.blobPosts, len(f.creates))
	}

	if err := d.Remove(t.Context(), req.ModelName); err != nil {
		t.Fatal(err)
	}
	if err := d.Remove(t.Context(), req.ModelName); err != nil {
		t.Errorf("removing a missing model: %v", err)
	}
}

func TestDeployDigestMismatch(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*DeployRequest, *fakeOllama)
		uploads int
	}{
		{"local adapter file differs", func(r *DeployRequest, _ *fakeOllama) {
			r.AdapterDigest = "sha256:" + strings.Repeat("ab", 32)
		}, 1},
		{"local base file differs", func(r *DeployRequest, _ *fakeOllama) {
			r.BaseDigest = "sha256:" + strings.Repeat("cd", 32)
		}, 0},
		{"ollama serves another adapter", func(_ *DeployRequest, f *fakeOllama) {
			f.showAdapter = "sha256:" + strings.Repeat("ef", 32)
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeOllama(t)
			d, _ := NewDeployer(f.srv.URL, f.srv.Client(), nil)
			req := deployRequest(t)
			tt.mutate(&req, f)
			_, err := d.Deploy(t.Context(), req)
			if !errors.Is(err, ErrDigestMismatch) {
				t.Fatalf("err = %v, want ErrDigestMismatch", err)
			}
			if f.blobPosts != tt.uploads {
				t.Errorf("uploaded %d blobs, want %d", f.blobPosts, tt.uploads)
			}
		})
	}
}

func TestDeployExistingBaseWithOtherBlob(t *testing.T) {
	f := newFakeOllama(t)
	d, _ := NewDeployer(f.srv.URL, f.srv.Client(), nil)
	req := deployRequest(t)
	other, otherDg := writeFile(t, "other.gguf", "another base")
	if _, err := d.Deploy(t.Context(), DeployRequest{ModelName: "x", BaseName: req.BaseName, BaseGGUF: other, BaseDigest: otherDg, AdapterPath: req.AdapterPath, AdapterDigest: req.AdapterDigest}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Deploy(t.Context(), req); !errors.Is(err, ErrDigestMismatch) {
		t.Fatalf("base name taken by another blob: err = %v, want ErrDigestMismatch", err)
	}
}

func TestDeployErrors(t *testing.T) {
	good := deployRequest(t)
	tests := []struct {
		name    string
		req     func() DeployRequest
		wantSub string
	}{
		{"no model name", func() DeployRequest { r := good; r.ModelName = ""; return r }, "empty model name"},
		{"bad digest", func() DeployRequest { r := good; r.AdapterDigest = "abc"; return r }, "adapter digest"},
		{"no base file", func() DeployRequest { r := good; r.BaseGGUF = ""; return r }, "no base GGUF"},
		{"missing adapter file", func() DeployRequest { r := good; r.AdapterPath = "/nonexistent/a.gguf"; return r }, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeOllama(t)
			d, _ := NewDeployer(f.srv.URL, f.srv.Client(), nil)
			_, err := d.Deploy(t.Context(), tt.req())
			if err == nil || !strings.Contains(err.Error(), tt.wantSub) {
				t.Errorf("err = %v, want it to mention %q", err, tt.wantSub)
			}
		})
	}
}

func TestDeployUnreachable(t *testing.T) {
	f := newFakeOllama(t)
	url := f.srv.URL
	f.srv.Close()
	d, _ := NewDeployer(url, http.DefaultClient, nil)
	_, err := d.Deploy(t.Context(), deployRequest(t))
	if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), url) {
		t.Errorf("err = %v, want ErrUnreachable naming %s", err, url)
	}
	if err := d.Remove(t.Context(), "m"); !errors.Is(err, ErrUnreachable) {
		t.Errorf("remove: err = %v, want ErrUnreachable", err)
	}
}

func TestNewDeployerBadURL(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:11434", "ftp://x"} {
		if _, err := NewDeployer(u, nil, nil); err == nil {
			t.Errorf("NewDeployer(%q): want error", u)
		}
	}
}

func TestParseModelfileLayers(t *testing.T) {
	mf := "# Modelfile generated by \"ollama show\"\n# FROM x\n\nFROM /root/.ollama/models/blobs/sha256-aa\nADAPTER /root/.ollama/models/blobs/sha256-bb\nTEMPLATE \"\"\"{{ .Prompt }}\"\"\"\nPARAMETER stop </s>\n"
	l := parseModelfileLayers(mf)
	if len(l.from) != 1 || l.from[0] != "sha256:aa" || len(l.adapters) != 1 || l.adapters[0] != "sha256:bb" {
		t.Errorf("layers = %+v", l)
	}
}
