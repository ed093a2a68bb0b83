package train

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// ErrUnknownRecipe is returned by Render for a recipe name no renderer is registered for.
var ErrUnknownRecipe = errors.New("train: unknown recipe")

// ErrUnsupportedBase is returned by Render for a base model Ollama cannot apply a LoRA adapter to.
var ErrUnsupportedBase = errors.New("train: base model does not take LoRA adapters in Ollama")

// ErrNeedsConverter is returned by Render when the adapter must be converted to GGUF for Ollama
// and no converter is configured.
var ErrNeedsConverter = errors.New("train: adapter needs GGUF conversion but no converter is configured")

// DefaultTargetModules are the projections LoRA adapts when the spec names none: exactly the ones
// Ollama's PEFT converter maps to GGUF tensor names.
var DefaultTargetModules = []string{"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}

// goEngineArchitectures are served by Ollama v0.17.4's Go engine, which refuses LoRA adapters
// ("loras are not yet implemented"); from fs/ggml KV.OllamaEngineRequired.
var goEngineArchitectures = []string{
	"bert", "deepseek2", "deepseekocr", "gemma3", "gemma3n", "gptoss", "gpt-oss", "llama4", "mistral3",
	"mllama", "nemotron_h", "nemotron_h_moe", "nomic-bert", "olmo3", "qwen25vl", "qwen3", "qwen3moe",
	"qwen35", "qwen35moe", "qwen3next", "qwen3vl", "qwen3vlmoe", "glm4moelite", "glmocr", "lfm2", "lfm2moe",
}

// RecipeOptions are the deployment-specific settings of recipes (from the config's train section).
type RecipeOptions struct {
	// Python runs the shipped scripts and the converter; default "python3".
	Python string `yaml:"python"`
	// Command is the executable and arguments of the "command" recipe. Placeholders: {job} (path of
	// job.json, relative to the work dir), {output} (the output dir), {train}, {eval}.
	Command []string `yaml:"command"`
	// CommandFormat is the adapter format the command writes: FormatGGUF (default) or FormatPEFT.
	CommandFormat string `yaml:"command_format"`
	// CommandResumable says the command honours job.json's resume_from.
	CommandResumable bool `yaml:"command_resumable"`
	// ConvertScript is llama.cpp's convert_lora_to_gguf.py, run after training when the base is not
	// one whose PEFT adapters Ollama converts itself (llama, gemma2).
	ConvertScript string `yaml:"convert_script"`
	// Template is LLaMA-Factory's template name; default derived from the base architecture.
	Template string `yaml:"template"`
	// MicroBatchSize and GradientAccumulation default to 1 and 4.
	MicroBatchSize       int `yaml:"micro_batch_size"`
	GradientAccumulation int `yaml:"gradient_accumulation"`
	// Env is added to the trainer's environment.
	Env map[string]string `yaml:"env"`
}

// RecipeInfo says what a rendered recipe produces.
type RecipeInfo struct {
	Recipe string
	// TrainerFormat is what the trainer itself writes (FormatPEFT or FormatGGUF).
	TrainerFormat string
	// NeedsConversion is true when the rendered command converts the trainer's PEFT adapter to a
	// GGUF LoRA because Ollama converts PEFT safetensors only for llama and gemma2 bases.
	NeedsConversion bool
	// AdapterPath is where the adapter Collect uploads ends up, and Format its format.
	AdapterPath string
	Format      string
	// Resumable is true when the recipe honours JobSpec.ResumeFrom.
	Resumable bool
}

// Renderer renders one recipe: the command and files that run the trainer on spec.
type Renderer func(spec JobSpec, opts RecipeOptions) (Command, RecipeInfo, error)

var renderers = map[string]Renderer{
	"axolotl":       renderAxolotl,
	"llama-factory": renderLlamaFactory,
	"unsloth":       renderUnsloth,
	"peft":          renderPEFT,
	"command":       renderCommand,
}

// Recipes lists the registered recipe names, sorted.
func Recipes() []string {
	out := make([]string, 0, len(renderers))
	for k := range renderers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Render validates spec and renders the recipe it names.
func Render(spec JobSpec, opts RecipeOptions) (Command, RecipeInfo, error) {
	r, ok := renderers[spec.Recipe]
	if !ok {
		return Command{}, RecipeInfo{}, fmt.Errorf("render job %s: %w %q (known: %s)",
			spec.JobID, ErrUnknownRecipe, spec.Recipe, strings.Join(Recipes(), ", "))
	}
	if err := spec.Validate(); err != nil {
		return Command{}, RecipeInfo{}, err
	}
	if err := CheckBase(spec.BaseModel); err != nil {
		return Command{}, RecipeInfo{}, fmt.Errorf("render job %s: %w", spec.JobID, err)
	}
	if err := checkTraining(spec); err != nil {
		return Command{}, RecipeInfo{}, fmt.Errorf("render job %s: %w", spec.JobID, err)
	}
	if len(spec.Hyper.TargetModules) == 0 {
		spec.Hyper.TargetModules = DefaultTargetModules
	}
	cmd, info, err := r(spec, opts.withDefaults())
	if err != nil {
		return Command{}, RecipeInfo{}, fmt.Errorf("render job %s: %w", spec.JobID, err)
	}
	info.Recipe = spec.Recipe
	for k, v := range opts.Env {
		if cmd.Env == nil {
			cmd.Env = map[string]string{}
		}
		cmd.Env[k] = v
	}
	return cmd, info, nil
}

func (o RecipeOptions) withDefaults() RecipeOptions {
	if o.Python == "" {
		o.Python = "python3"
	}
	if o.MicroBatchSize <= 0 {
		o.MicroBatchSize = 1
	}
	if o.GradientAccumulation <= 0 {
		o.GradientAccumulation = 4
	}
	return o
}

// CheckBase refuses a base model Ollama v0.17.4 cannot apply a LoRA adapter to.
func CheckBase(b BaseModel) error {
	switch {
	case b.HF == "":
		return errors.New("base_model.hf is empty")
	case b.Ollama == "":
		return errors.New("base_model.ollama is empty")
	case b.Arch == "":
		return errors.New("base_model.arch is empty (general.architecture of the base GGUF)")
	case slices.Contains(goEngineArchitectures, b.Arch):
		return fmt.Errorf("%w: %q runs on Ollama's Go engine, which does not apply LoRA adapters", ErrUnsupportedBase, b.Arch)
	}
	return nil
}

func checkTraining(s JobSpec) error {
	h := s.Hyper
	switch {
	case s.TrainFile == "" || !filepath.IsAbs(s.TrainFile):
		return fmt.Errorf("train_file %q must be an absolute path", s.TrainFile)
	case s.EvalFile != "" && !filepath.IsAbs(s.EvalFile):
		return fmt.Errorf("eval_file %q must be an absolute path", s.EvalFile)
	case h.R <= 0:
		return fmt.Errorf("hyperparameters.r = %d, want > 0", h.R)
	case h.Alpha <= 0:
		return fmt.Errorf("hyperparameters.alpha = %g, want > 0", h.Alpha)
	case h.Dropout < 0 || h.Dropout >= 1:
		return fmt.Errorf("hyperparameters.dropout = %g, want [0, 1)", h.Dropout)
	case h.Epochs <= 0:
		return fmt.Errorf("hyperparameters.epochs = %g, want > 0", h.Epochs)
	case h.LearningRate <= 0:
		return fmt.Errorf("hyperparameters.learning_rate = %g, want > 0", h.LearningRate)
	case h.MaxLength <= 0:
		return fmt.Errorf("hyperparameters.max_length = %d, want > 0", h.MaxLength)
	}
	if slices.Contains(PEFTArchitectures, s.BaseModel.Arch) {
		// Ollama converts these PEFT adapters itself but maps only the attention and MLP projections.
		for _, m := range h.TargetModules {
			if !slices.Contains(DefaultTargetModules, m) {
				return fmt.Errorf("target module %q: Ollama maps only %s", m, strings.Join(DefaultTargetModules, ", "))
			}
		}
	}
	return nil
}

// needsConversion reports whether a PEFT adapter trained on arch must become a GGUF LoRA.
func needsConversion(arch string) bool { return !slices.Contains(PEFTArchitectures, arch) }

// peftInfo is the RecipeInfo of a recipe whose trainer writes PEFT safetensors to the output dir.
func peftInfo(spec JobSpec, resumable bool) RecipeInfo {
	info := RecipeInfo{TrainerFormat: FormatPEFT, Resumable: resumable, Format: FormatPEFT,
		AdapterPath: filepath.Join(spec.OutputDir, AdapterSafetensors)}
	if needsConversion(spec.BaseModel.Arch) {
		info.NeedsConversion, info.Format = true, FormatGGUF
		info.AdapterPath = filepath.Join(spec.OutputDir, AdapterGGUF)
	}
	return info
}

// shellQuote quotes s for sh.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=:,+@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func shellLine(args ...string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = shellQuote(a)
	}
	return strings.Join(q, " ")
}

// runScript renders run.sh: the trainer invocation, then the GGUF conversion when info needs it.
func runScript(spec JobSpec, opts RecipeOptions, info RecipeInfo, trainer ...string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "#!/bin/sh\n# Rendered by IML for job %s, recipe %s.\nset -eu\n", spec.JobID, spec.Recipe)
	b.WriteString(shellLine(trainer...) + "\n")
	if info.NeedsConversion {
		if opts.ConvertScript == "" {
			return "", fmt.Errorf("%w: base architecture %q (set convert_script to llama.cpp's convert_lora_to_gguf.py)",
				ErrNeedsConverter, spec.BaseModel.Arch)
		}
		baseFlag := "--base-model-id"
		if filepath.IsAbs(spec.BaseModel.HF) || strings.HasPrefix(spec.BaseModel.HF, ".") {
			baseFlag = "--base"
		}
		b.WriteString("# Ollama converts PEFT safetensors only for llama and gemma2 bases: convert to a GGUF LoRA.\n")
		b.WriteString(shellLine(opts.Python, opts.ConvertScript, baseFlag, spec.BaseModel.HF,
			"--outtype", "f16", "--outfile", filepath.Join(spec.OutputDir, AdapterGGUF), spec.OutputDir) + "\n")
	}
	return b.String(), nil
}
