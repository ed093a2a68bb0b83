package kubernetes

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/iml/iml/train"
)

// The batch/v1 Job types: only the fields IML sets, with the API's JSON names, so no Kubernetes
// client library is needed.

type objectMeta struct {
	Name      string            `json:"name,omitempty"`
	Namespace string            `json:"namespace,omitempty"`
	Labels    map[string]string `json:"labels,omitempty"`
}

// Job is a batch/v1 Job as IML renders it.
type Job struct {
	APIVersion string     `json:"apiVersion"`
	Kind       string     `json:"kind"`
	Metadata   objectMeta `json:"metadata"`
	Spec       jobSpec    `json:"spec"`
	Status     *jobStatus `json:"status,omitempty"`
}

type jobSpec struct {
	BackoffLimit            int             `json:"backoffLimit"`
	ActiveDeadlineSeconds   *int64          `json:"activeDeadlineSeconds,omitempty"`
	TTLSecondsAfterFinished *int32          `json:"ttlSecondsAfterFinished,omitempty"`
	Template                podTemplateSpec `json:"template"`
}

type podTemplateSpec struct {
	Metadata objectMeta `json:"metadata"`
	Spec     podSpec    `json:"spec"`
}

type podSpec struct {
	RestartPolicy      string            `json:"restartPolicy"`
	ServiceAccountName string            `json:"serviceAccountName,omitempty"`
	NodeSelector       map[string]string `json:"nodeSelector,omitempty"`
	Containers         []container       `json:"containers"`
	Volumes            []volume          `json:"volumes"`
}

type container struct {
	Name         string        `json:"name"`
	Image        string        `json:"image"`
	Command      []string      `json:"command"`
	WorkingDir   string        `json:"workingDir"`
	Env          []envVar      `json:"env,omitempty"`
	Resources    resources     `json:"resources"`
	VolumeMounts []volumeMount `json:"volumeMounts"`
}

type envVar struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type resources struct {
	Requests map[string]string `json:"requests,omitempty"`
	Limits   map[string]string `json:"limits,omitempty"`
}

type volumeMount struct {
	Name      string `json:"name"`
	MountPath string `json:"mountPath"`
	ReadOnly  bool   `json:"readOnly,omitempty"`
}

type volume struct {
	Name                  string     `json:"name"`
	PersistentVolumeClaim *pvcSource `json:"persistentVolumeClaim"`
}

type pvcSource struct {
	ClaimName string `json:"claimName"`
	ReadOnly  bool   `json:"readOnly,omitempty"`
}

type jobStatus struct {
	Active     int            `json:"active"`
	Ready      *int           `json:"ready,omitempty"`
	Succeeded  int            `json:"succeeded"`
	Failed     int            `json:"failed"`
	Conditions []jobCondition `json:"conditions,omitempty"`
}

type jobCondition struct {
	Type   string `json:"type"`
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"`
}

// GPUResource is the extended resource GPUs are requested as.
const GPUResource = "nvidia.com/gpu"

// ttlAfterFinished keeps a finished Job a day, long enough for IML to read its final state.
const ttlAfterFinished = 24 * 3600

var dns1123 = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)

// JobName derives the Kubernetes name of a job: "iml-" + the id lowercased with other characters
// replaced by '-', cut to 63 characters; a hash of the id is appended when the id had to change,
// so different ids never collide.
func JobName(id string) string {
	clean := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '-'
	}, id)
	name := "iml-" + clean
	if clean != id || len(name) > 63 {
		sum := sha256.Sum256([]byte(id))
		suffix := "-" + hex.EncodeToString(sum[:4])
		if len(name) > 63-len(suffix) {
			name = name[:63-len(suffix)]
		}
		name = strings.TrimRight(name, "-") + suffix
	}
	return name
}

// Manifest renders the batch/v1 Job that runs cmd in the job's work dir on the work volume. The
// container's output goes to train.log and its exit code to the exit_code file on that volume,
// which IML reads through its own mount of the same claim.
func Manifest(cfg Config, spec train.JobSpec, cmd train.Command, dir string) (Job, error) {
	argv := append([]string{cmd.Path}, cmd.Args...)
	for i, a := range argv {
		argv[i] = shellQuote(a)
	}
	script := fmt.Sprintf("cd %s || exit 1\n%s </dev/null >>%s 2>&1\ncode=$?\necho \"$code\" >%s.tmp && mv %s.tmp %s\nexit \"$code\"\n",
		shellQuote(dir), strings.Join(argv, " "), train.LogFile, train.ExitCodeFile, train.ExitCodeFile, train.ExitCodeFile)
	labels := map[string]string{"app.kubernetes.io/managed-by": "iml", "iml.io/job-id": JobName(spec.JobID)}
	var env []envVar
	keys := make([]string, 0, len(cmd.Env))
	for k := range cmd.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		env = append(env, envVar{Name: k, Value: cmd.Env[k]})
	}
	res := resources{Requests: map[string]string{}, Limits: map[string]string{}}
	if cfg.CPUs > 0 {
		res.Requests["cpu"] = strconv.Itoa(cfg.CPUs)
	}
	if cfg.Memory != "" {
		res.Requests["memory"], res.Limits["memory"] = cfg.Memory, cfg.Memory
	}
	if cfg.GPUs > 0 {
		res.Limits[GPUResource] = strconv.Itoa(cfg.GPUs)
	}
	mounts := []volumeMount{{Name: "work", MountPath: cfg.Root}}
	vols := []volume{{Name: "work", PersistentVolumeClaim: &pvcSource{ClaimName: cfg.WorkClaim}}}
	if cfg.DataClaim != "" {
		mounts = append(mounts, volumeMount{Name: "data", MountPath: cfg.DataMount, ReadOnly: true})
		vols = append(vols, volume{Name: "data", PersistentVolumeClaim: &pvcSource{ClaimName: cfg.DataClaim, ReadOnly: true}})
	}
	ttl := int32(ttlAfterFinished)
	job := Job{
		APIVersion: "batch/v1", Kind: "Job",
		Metadata: objectMeta{Name: JobName(spec.JobID), Namespace: cfg.Namespace, Labels: labels},
		Spec: jobSpec{
			BackoffLimit:            0, // a failed training run is retried by IML, from its checkpoint
			TTLSecondsAfterFinished: &ttl,
			Template: podTemplateSpec{Metadata: objectMeta{Labels: labels}, Spec: podSpec{
				RestartPolicy: "Never", ServiceAccountName: cfg.ServiceAccount, NodeSelector: cfg.NodeSelector,
				Containers: []container{{Name: "trainer", Image: cfg.Image, Command: []string{"/bin/sh", "-c", script},
					WorkingDir: dir, Env: env, Resources: res, VolumeMounts: mounts}},
				Volumes: vols,
			}},
		},
	}
	limit := spec.TimeLimit
	if limit <= 0 {
		limit = cfg.TimeLimit
	}
	if limit > 0 {
		s := int64((limit + 999_999_999) / 1_000_000_000)
		job.Spec.ActiveDeadlineSeconds = &s
	}
	return job, Validate(job)
}

// Validate checks what the API server would refuse and what IML relies on.
func Validate(j Job) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if j.APIVersion != "batch/v1" || j.Kind != "Job" {
		bad("apiVersion/kind %s/%s, want batch/v1 Job", j.APIVersion, j.Kind)
	}
	if len(j.Metadata.Name) > 63 || !dns1123.MatchString(j.Metadata.Name) {
		bad("metadata.name %q is not a DNS-1123 label", j.Metadata.Name)
	}
	if j.Metadata.Namespace == "" || !dns1123.MatchString(j.Metadata.Namespace) {
		bad("metadata.namespace %q is not a DNS-1123 label", j.Metadata.Namespace)
	}
	p := j.Spec.Template.Spec
	if p.RestartPolicy != "Never" && p.RestartPolicy != "OnFailure" {
		bad("restartPolicy %q, want Never or OnFailure", p.RestartPolicy)
	}
	if len(p.Containers) != 1 {
		bad("%d containers, want 1", len(p.Containers))
	}
	vols := map[string]bool{}
	for _, v := range p.Volumes {
		if v.PersistentVolumeClaim == nil || v.PersistentVolumeClaim.ClaimName == "" {
			bad("volume %s has no claim name", v.Name)
		}
		vols[v.Name] = true
	}
	for _, c := range p.Containers {
		if c.Image == "" {
			bad("container %s has no image", c.Name)
		}
		if len(c.Command) == 0 {
			bad("container %s has no command", c.Name)
		}
		if !filepath.IsAbs(c.WorkingDir) {
			bad("container %s: workingDir %q is not absolute", c.Name, c.WorkingDir)
		}
		if g, ok := c.Resources.Limits[GPUResource]; ok {
			if n, err := strconv.Atoi(g); err != nil || n <= 0 {
				bad("GPU limit %q is not a positive integer", g)
			}
		}
		for _, m := range c.VolumeMounts {
			if !vols[m.Name] {
				bad("volume mount %s names no volume", m.Name)
			}
			if !filepath.IsAbs(m.MountPath) {
				bad("mount path %q is not absolute", m.MountPath)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("invalid job manifest: %w", err)
	}
	return nil
}

// MarshalIndent renders j as indented JSON (kubectl accepts JSON as well as YAML).
func (j Job) MarshalIndent() ([]byte, error) {
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=:,+@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
