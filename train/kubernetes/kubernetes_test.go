package kubernetes

import (
	"encoding/json"
	"errors"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/iml/iml/train"
)

var update = flag.Bool("update", false, "rewrite golden files")

func testConfig(root string) Config {
	return Config{Namespace: "ml", Image: "registry.local/iml-trainer:1", Root: root, WorkClaim: "iml-work",
		DataClaim: "iml-data", DataMount: "/data", GPUs: 1, CPUs: 8, Memory: "64Gi", TimeLimit: 2 * time.Hour,
		NodeSelector: map[string]string{"gpu": "a100"}}
}

var testCmd = train.Command{Path: "/bin/sh", Args: []string{"run.sh"}, Env: map[string]string{"PYTHONUNBUFFERED": "1"}}

func TestManifestGolden(t *testing.T) {
	job, err := Manifest(testConfig("/shared/iml/jobs"), train.JobSpec{JobID: "job-42"}, testCmd, "/shared/iml/jobs/job-42")
	if err != nil {
		t.Fatal(err)
	}
	got, err := job.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join("testdata", "job-42.json")
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("manifest:\n%s\nwant:\n%s", got, want)
	}
	c := job.Spec.Template.Spec.Containers[0]
	if c.Resources.Limits[GPUResource] != "1" || *job.Spec.ActiveDeadlineSeconds != 7200 ||
		job.Spec.Template.Spec.RestartPolicy != "Never" || job.Spec.BackoffLimit != 0 {
		t.Errorf("job = %+v", job)
	}
}

func TestJobName(t *testing.T) {
	tests := map[string]string{
		"job-42":                 "iml-job-42",
		"Job_42":                 "iml-job-42-",
		strings.Repeat("a", 100): "iml-aaaa",
	}
	for id, prefix := range tests {
		got := JobName(id)
		if !strings.HasPrefix(got, prefix) || len(got) > 63 || !dns1123.MatchString(got) {
			t.Errorf("JobName(%q) = %q", id, got)
		}
	}
	if JobName("a_b") == JobName("a.b") {
		t.Error("distinct ids collide")
	}
}

func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Job)
		want   string
	}{
		{"bad name", func(j *Job) { j.Metadata.Name = "Bad_Name" }, "metadata.name"},
		{"no image", func(j *Job) { j.Spec.Template.Spec.Containers[0].Image = "" }, "no image"},
		{"restart always", func(j *Job) { j.Spec.Template.Spec.RestartPolicy = "Always" }, "restartPolicy"},
		{"fractional gpu", func(j *Job) { j.Spec.Template.Spec.Containers[0].Resources.Limits[GPUResource] = "0.5" }, "GPU limit"},
		{"dangling mount", func(j *Job) { j.Spec.Template.Spec.Volumes = j.Spec.Template.Spec.Volumes[:1] }, "names no volume"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job, err := Manifest(testConfig("/w"), train.JobSpec{JobID: "j"}, testCmd, "/w/j")
			if err != nil {
				t.Fatal(err)
			}
			tt.mutate(&job)
			if err := Validate(job); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate = %v, want %q", err, tt.want)
			}
		})
	}
}

// fakeAPI is a hand-written API server holding Jobs in memory.
type fakeAPI struct {
	mu    sync.Mutex
	jobs  map[string]*Job
	onGet func(name string) // runs before a job's status is served, to play a pod that ends meanwhile
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer s3cret" {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"kind":"Status","reason":"Unauthorized","message":"Unauthorized"}`)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	const prefix = "/apis/batch/v1/namespaces/ml/jobs"
	name := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, prefix), "/")
	switch {
	case r.Method == http.MethodPost && r.URL.Path == prefix:
		var j Job
		if err := json.NewDecoder(r.Body).Decode(&j); err != nil || Validate(j) != nil {
			w.WriteHeader(http.StatusUnprocessableEntity)
			return
		}
		if _, ok := f.jobs[j.Metadata.Name]; ok {
			w.WriteHeader(http.StatusConflict)
			io.WriteString(w, `{"kind":"Status","reason":"AlreadyExists","message":"jobs.batch \"x\" already exists"}`)
			return
		}
		j.Status = &jobStatus{Active: 1}
		f.jobs[j.Metadata.Name] = &j
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(j)
	case r.Method == http.MethodGet && f.jobs[name] != nil:
		if f.onGet != nil {
			f.onGet(name)
		}
		json.NewEncoder(w).Encode(f.jobs[name])
	case r.Method == http.MethodDelete && f.jobs[name] != nil:
		delete(f.jobs, name)
		io.WriteString(w, `{"kind":"Status","status":"Success"}`)
	default:
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"kind":"Status","reason":"NotFound","message":"not found"}`)
	}
}

func (f *fakeAPI) setStatus(name string, s jobStatus) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.jobs[name].Status = &s
}

func TestDriverAgainstAPIServer(t *testing.T) {
	api := &fakeAPI{jobs: map[string]*Job{}}
	srv := httptest.NewServer(api)
	defer srv.Close()
	root := t.TempDir()
	cfg := testConfig(root)
	cfg.APIServer, cfg.Token = srv.URL, "s3cret"
	d, err := New(cfg, srv.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()

	h, err := d.Submit(ctx, train.JobSpec{JobID: "ok"}, testCmd)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	if _, err := os.Stat(filepath.Join(h.WorkDir, ManifestFile)); err != nil {
		t.Errorf("manifest not kept: %v", err)
	}
	// the pod writes progress to the shared work volume
	os.WriteFile(filepath.Join(h.WorkDir, train.LogFile), []byte(`{"step":1,"loss":1.5}`+"\n"), 0o644)
	one := 1
	api.setStatus(h.ID, jobStatus{Active: 1, Ready: &one})
	if st, err := d.Status(ctx, h); err != nil || st.State != train.StateRunning || len(st.Progress) != 1 {
		t.Errorf("running status = %+v, %v", st, err)
	}
	api.setStatus(h.ID, jobStatus{Succeeded: 1, Conditions: []jobCondition{{Type: "Complete", Status: "True"}}})
	if st, _ := d.Status(ctx, h); st.State != train.StateSucceeded {
		t.Errorf("complete status = %+v", st)
	}

	h2, err := d.Submit(ctx, train.JobSpec{JobID: "slow"}, testCmd)
	if err != nil {
		t.Fatal(err)
	}
	api.setStatus(h2.ID, jobStatus{Failed: 1, Conditions: []jobCondition{{Type: "Failed", Status: "True", Reason: "DeadlineExceeded"}}})
	if st, _ := d.Status(ctx, h2); st.State != train.StateFailed || st.Reason != train.ReasonTimeLimit {
		t.Errorf("deadline status = %+v", st)
	}

	h3, err := d.Submit(ctx, train.JobSpec{JobID: "cancel-me"}, testCmd)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Cancel(ctx, h3); err != nil {
		t.Fatalf("cancel: %v", err)
	}
	if st, err := d.Status(ctx, h3); err != nil || st.State != train.StateCancelled {
		t.Errorf("cancelled status = %+v, %v", st, err)
	}

	_, err = d.Submit(ctx, train.JobSpec{JobID: "ok"}, testCmd)
	if err == nil {
		t.Error("second submit of the same job id succeeded")
	}

	// A trainer that exits non-zero: the reason carries the log's last line.
	h4, err := d.Submit(ctx, train.JobSpec{JobID: "crash"}, testCmd)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(h4.WorkDir, train.LogFile), []byte(`{"step":1,"loss":1.5}`+"\nCUDA out of memory\n"), 0o644)
	os.WriteFile(filepath.Join(h4.WorkDir, train.ExitCodeFile), []byte("1\n"), 0o644)
	api.setStatus(h4.ID, jobStatus{Failed: 1, Conditions: []jobCondition{{Type: "Failed", Status: "True", Reason: "BackoffLimitExceeded"}}})
	if st, err := d.Status(ctx, h4); err != nil || st.State != train.StateFailed || st.ExitCode != 1 ||
		st.Reason != train.FailureReason(1, "CUDA out of memory") || len(st.Progress) != 1 {
		t.Errorf("failed status = %+v, %v", st, err)
	}

	// A pod that writes its last progress and completes while Status asks the
	// API server: the log is read after the state, so no progress is lost.
	h5, err := d.Submit(ctx, train.JobSpec{JobID: "race"}, testCmd)
	if err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(h5.WorkDir, train.LogFile)
	os.WriteFile(logPath, []byte(`{"step":1,"loss":1.5}`+"\n"), 0o644)
	api.mu.Lock()
	api.onGet = func(name string) {
		if name != h5.ID {
			return
		}
		os.WriteFile(logPath, []byte(`{"step":1,"loss":1.5}`+"\n"+`{"step":2,"loss":0.9}`+"\n"), 0o644)
		api.jobs[name].Status = &jobStatus{Succeeded: 1, Conditions: []jobCondition{{Type: "Complete", Status: "True"}}}
	}
	api.mu.Unlock()
	if st, err := d.Status(ctx, h5); err != nil || st.State != train.StateSucceeded || len(st.Progress) != 2 {
		t.Errorf("status of a job that completed during the call = %+v, %v; want succeeded with both steps", st, err)
	}

	bad := cfg
	bad.Token = "wrong"
	bd, _ := New(bad, srv.Client(), nil)
	var aerr *APIError
	if _, err := bd.Submit(ctx, train.JobSpec{JobID: "unauth"}, testCmd); !errors.As(err, &aerr) || aerr.Code != 401 {
		t.Errorf("unauthorized submit: %v", err)
	}
}

func TestSubmitWithoutAPIServerRendersOnly(t *testing.T) {
	d, err := New(testConfig(t.TempDir()), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = d.Submit(t.Context(), train.JobSpec{JobID: "x"}, testCmd)
	if !errors.Is(err, ErrNoAPIServer) {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(d.cfg.Root, "x", ManifestFile)); err != nil {
		t.Errorf("manifest not written: %v", err)
	}
}
