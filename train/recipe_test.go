package train

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite golden files")

func recipeSpec(recipe, arch string) JobSpec {
	return JobSpec{
		JobID:  "job-42",
		Recipe: recipe,
		BaseModel: BaseModel{HF: "/models/base-hf", Ollama: "base:latest", Arch: arch,
			Digest: "sha256:00"},
		DatasetManifest: "s3://iml/datasets/crm/v3/manifest.json",
		TrainFile:       "/data/crm/v3/train.jsonl",
		EvalFile:        "/data/crm/v3/eval.jsonl",
		Hyper: Hyperparameters{R: 16, Alpha: 32, Dropout: 0.05, Epochs: 3, LearningRate: 0.0002,
			MaxLength: 2048, Seed: 7},
		OutputDir: "/work/jobs/job-42/output",
	}
}

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from golden:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// commandGolden is the golden form of a Command: its argv, env and file names, then each file.
func goldenCommand(t *testing.T, dir string, cmd Command, info RecipeInfo) {
	t.Helper()
	head, err := json.MarshalIndent(struct {
		Path  string            `json:"path"`
		Args  []string          `json:"args"`
		Env   map[string]string `json:"env,omitempty"`
		Files []string          `json:"files"`
		Info  RecipeInfo        `json:"info"`
	}{cmd.Path, cmd.Args, cmd.Env, fileNames(cmd), info}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join(dir, "command.json"), append(head, '\n'))
	for name, b := range cmd.Files {
		if strings.HasSuffix(name, ".py") {
			continue // shipped scripts are checked as themselves, not per case
		}
		golden(t, filepath.Join(dir, name), b)
	}
}

func fileNames(cmd Command) []string {
	var out []string
	for k := range cmd.Files {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestRenderGolden(t *testing.T) {
	opts := RecipeOptions{ConvertScript: "/opt/llama.cpp/convert_lora_to_gguf.py",
		Command: []string{"/opt/trainer/bin/train", "--job", "{job}", "--out", "{output}"}}
	tests := []struct {
		name, recipe, arch string
		opts               RecipeOptions
		wantConversion     bool
		wantFormat         string
	}{
		{name: "axolotl-llama", recipe: "axolotl", arch: "llama", wantFormat: FormatPEFT},
		{name: "axolotl-qwen2", recipe: "axolotl", arch: "qwen2", wantConversion: true, wantFormat: FormatGGUF},
		{name: "llama-factory-llama", recipe: "llama-factory", arch: "llama", wantFormat: FormatPEFT},
		{name: "llama-factory-qwen2", recipe: "llama-factory", arch: "qwen2", wantConversion: true, wantFormat: FormatGGUF},
		{name: "unsloth-gemma2", recipe: "unsloth", arch: "gemma2", wantFormat: FormatPEFT},
		{name: "peft-llama", recipe: "peft", arch: "llama", wantFormat: FormatPEFT},
		{name: "peft-mistral", recipe: "peft", arch: "mistral", wantConversion: true, wantFormat: FormatGGUF},
		{name: "command-gguf", recipe: "command", arch: "qwen2", wantFormat: FormatGGUF},
		{name: "command-peft-qwen2", recipe: "command", arch: "qwen2", wantConversion: true, wantFormat: FormatGGUF,
			opts: RecipeOptions{CommandFormat: FormatPEFT}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := opts
			if tt.opts.CommandFormat != "" {
				o.CommandFormat = tt.opts.CommandFormat
			}
			spec := recipeSpec(tt.recipe, tt.arch)
			cmd, info, err := Render(spec, o)
			if err != nil {
				t.Fatalf("render: %v", err)
			}
			if info.NeedsConversion != tt.wantConversion || info.Format != tt.wantFormat || info.Recipe != tt.recipe {
				t.Errorf("info = %+v", info)
			}
			if !strings.HasPrefix(info.AdapterPath, spec.OutputDir+"/") {
				t.Errorf("adapter path %s outside the output dir", info.AdapterPath)
			}
			if run, ok := cmd.Files[runFile]; ok {
				if got := strings.Contains(string(run), "convert_lora_to_gguf.py"); got != tt.wantConversion {
					t.Errorf("run.sh converts = %v, want %v:\n%s", got, tt.wantConversion, run)
				}
			}
			goldenCommand(t, tt.name, cmd, info)
		})
	}
}

// requireKeys checks that a rendered YAML config has the fields the trainer requires, with values.
func requireKeys(t *testing.T, raw []byte, want map[string]any) map[string]any {
	t.Helper()
	var m map[string]any
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatalf("rendered YAML does not parse: %v", err)
	}
	for k, v := range want {
		got, ok := m[k]
		if !ok {
			t.Errorf("missing required field %s", k)
			continue
		}
		if v != nil && got != v {
			t.Errorf("%s = %v (%T), want %v (%T)", k, got, got, v, v)
		}
	}
	return m
}

func TestAxolotlRequiredFields(t *testing.T) {
	spec := recipeSpec("axolotl", "llama")
	spec.ResumeFrom = "/work/jobs/job-41/output/checkpoint-200"
	cmd, _, err := Render(spec, RecipeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m := requireKeys(t, cmd.Files[axolotlFile], map[string]any{
		"base_model": "/models/base-hf", "adapter": "lora", "lora_r": 16, "lora_alpha": 32, "lora_dropout": 0.05,
		"lora_target_modules": nil, "sequence_len": 2048, "num_epochs": 3, "learning_rate": 0.0002, "seed": 7,
		"micro_batch_size": 1, "gradient_accumulation_steps": 4, "output_dir": spec.OutputDir,
		"datasets": nil, "test_datasets": nil, "resume_from_checkpoint": spec.ResumeFrom, "chat_template": nil,
	})
	ds := m["datasets"].([]any)[0].(map[string]any)
	if ds["type"] != "chat_template" || ds["path"] != spec.TrainFile || ds["field_messages"] != "messages" {
		t.Errorf("dataset = %v", ds)
	}
	if mods := m["lora_target_modules"].([]any); len(mods) != len(DefaultTargetModules) {
		t.Errorf("target modules = %v", mods)
	}
}

func TestLlamaFactoryRequiredFields(t *testing.T) {
	spec := recipeSpec("llama-factory", "qwen2")
	cmd, _, err := Render(spec, RecipeOptions{ConvertScript: "/c.py"})
	if err != nil {
		t.Fatal(err)
	}
	requireKeys(t, cmd.Files[llamaFactoryFile], map[string]any{
		"model_name_or_path": "/models/base-hf", "stage": "sft", "do_train": true, "finetuning_type": "lora",
		"lora_rank": 16, "lora_alpha": 32, "lora_target": strings.Join(DefaultTargetModules, ","),
		"dataset": "iml_train", "eval_dataset": "iml_eval", "dataset_dir": ".", "template": "qwen",
		"cutoff_len": 2048, "output_dir": spec.OutputDir, "num_train_epochs": 3, "learning_rate": 0.0002,
	})
	var info map[string]struct {
		FileName   string            `json:"file_name"`
		Formatting string            `json:"formatting"`
		Columns    map[string]string `json:"columns"`
		Tags       map[string]string `json:"tags"`
	}
	if err := json.Unmarshal(cmd.Files[datasetInfoFile], &info); err != nil {
		t.Fatal(err)
	}
	tr := info["iml_train"]
	if tr.FileName != spec.TrainFile || tr.Formatting != "sharegpt" || tr.Columns["messages"] != "messages" ||
		tr.Tags["role_tag"] != "role" || tr.Tags["assistant_tag"] != "assistant" || info["iml_eval"].FileName != spec.EvalFile {
		t.Errorf("dataset_info = %+v", info)
	}
}

func TestScriptRecipesShipScripts(t *testing.T) {
	for recipe, script := range map[string]string{"peft": "peft_lora.py", "unsloth": "unsloth_lora.py"} {
		cmd, _, err := Render(recipeSpec(recipe, "llama"), RecipeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b := cmd.Files[script]
		for _, want := range []string{"--job", "output_dir", "save_pretrained", "resume_from", "chat_template.jinja", `"step"`} {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s lacks %q", script, want)
			}
		}
	}
}

func TestRenderRejects(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*JobSpec, *RecipeOptions)
		wantErr error
		wantMsg string
	}{
		{name: "unknown recipe", mutate: func(s *JobSpec, _ *RecipeOptions) { s.Recipe = "deepspeed-magic" },
			wantErr: ErrUnknownRecipe, wantMsg: `unknown recipe "deepspeed-magic"`},
		{name: "go engine base", mutate: func(s *JobSpec, _ *RecipeOptions) { s.BaseModel.Arch = "qwen3" },
			wantErr: ErrUnsupportedBase, wantMsg: `"qwen3" runs on Ollama's Go engine`},
		{name: "gemma3 base", mutate: func(s *JobSpec, _ *RecipeOptions) { s.BaseModel.Arch = "gemma3" }, wantErr: ErrUnsupportedBase},
		{name: "no arch", mutate: func(s *JobSpec, _ *RecipeOptions) { s.BaseModel.Arch = "" }, wantMsg: "base_model.arch is empty"},
		{name: "conversion without converter", mutate: func(s *JobSpec, o *RecipeOptions) {
			s.BaseModel.Arch, o.ConvertScript = "qwen2", ""
		}, wantErr: ErrNeedsConverter},
		{name: "zero rank", mutate: func(s *JobSpec, _ *RecipeOptions) { s.Hyper.R = 0 }, wantMsg: "hyperparameters.r = 0"},
		{name: "dropout 1", mutate: func(s *JobSpec, _ *RecipeOptions) { s.Hyper.Dropout = 1 }, wantMsg: "dropout"},
		{name: "relative train file", mutate: func(s *JobSpec, _ *RecipeOptions) { s.TrainFile = "train.jsonl" }, wantMsg: "train_file"},
		{name: "unmappable target module", mutate: func(s *JobSpec, _ *RecipeOptions) {
			s.Hyper.TargetModules = []string{"q_proj", "lm_head"}
		}, wantMsg: `target module "lm_head"`},
		{name: "command not configured", mutate: func(s *JobSpec, o *RecipeOptions) { s.Recipe, o.Command = "command", nil },
			wantMsg: "no command configured"},
		{name: "command bad format", mutate: func(s *JobSpec, o *RecipeOptions) { s.Recipe, o.CommandFormat = "command", "onnx" },
			wantMsg: `command_format "onnx"`},
		{name: "llama-factory unknown template", mutate: func(s *JobSpec, o *RecipeOptions) {
			s.Recipe, s.BaseModel.Arch = "llama-factory", "starcoder2"
		}, wantMsg: "no LLaMA-Factory template"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := recipeSpec("axolotl", "llama")
			opts := RecipeOptions{ConvertScript: "/c.py", Command: []string{"/bin/true"}}
			tt.mutate(&spec, &opts)
			_, _, err := Render(spec, opts)
			if err == nil {
				t.Fatal("render succeeded")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("err = %q, want it to contain %q", err, tt.wantMsg)
			}
		})
	}
}

func TestRecipesListed(t *testing.T) {
	want := []string{"axolotl", "command", "llama-factory", "peft", "unsloth"}
	if got := Recipes(); !slices.Equal(got, want) {
		t.Errorf("Recipes() = %v", got)
	}
}
