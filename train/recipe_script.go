package train

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/iml/iml/configs/trainers"
)

// renderPEFT runs the shipped transformers + PEFT script (configs/trainers/peft_lora.py).
func renderPEFT(spec JobSpec, opts RecipeOptions) (Command, RecipeInfo, error) {
	return renderScript(spec, opts, "peft_lora.py", trainers.PEFT)
}

// renderUnsloth runs the shipped Unsloth + TRL script (configs/trainers/unsloth_lora.py).
func renderUnsloth(spec JobSpec, opts RecipeOptions) (Command, RecipeInfo, error) {
	return renderScript(spec, opts, "unsloth_lora.py", trainers.Unsloth)
}

func renderScript(spec JobSpec, opts RecipeOptions, name string, script []byte) (Command, RecipeInfo, error) {
	info := peftInfo(spec, true)
	run, err := runScript(spec, opts, info, opts.Python, name, "--job", JobFile,
		"--micro-batch-size", strconv.Itoa(opts.MicroBatchSize),
		"--gradient-accumulation", strconv.Itoa(opts.GradientAccumulation))
	if err != nil {
		return Command{}, RecipeInfo{}, err
	}
	return Command{Path: "/bin/sh", Args: []string{runFile}, Env: map[string]string{"PYTHONUNBUFFERED": "1"},
		Files: map[string][]byte{name: script, runFile: []byte(run)}}, info, nil
}

// renderCommand runs any executable (an in-house trainer) with placeholders expanded. The command
// reads job.json; it writes a GGUF LoRA unless CommandFormat says PEFT, in which case the GGUF
// conversion is added for bases Ollama does not convert itself.
func renderCommand(spec JobSpec, opts RecipeOptions) (Command, RecipeInfo, error) {
	if len(opts.Command) == 0 || opts.Command[0] == "" {
		return Command{}, RecipeInfo{}, errors.New("recipe command: no command configured")
	}
	repl := strings.NewReplacer("{job}", JobFile, "{output}", spec.OutputDir, "{train}", spec.TrainFile, "{eval}", spec.EvalFile)
	argv := make([]string, len(opts.Command))
	for i, a := range opts.Command {
		argv[i] = repl.Replace(a)
	}
	var info RecipeInfo
	switch opts.CommandFormat {
	case "", FormatGGUF:
		info = RecipeInfo{TrainerFormat: FormatGGUF, Format: FormatGGUF, AdapterPath: filepath.Join(spec.OutputDir, AdapterGGUF)}
	case FormatPEFT:
		info = peftInfo(spec, false)
	default:
		return Command{}, RecipeInfo{}, fmt.Errorf("recipe command: command_format %q, want %s or %s", opts.CommandFormat, FormatGGUF, FormatPEFT)
	}
	info.Resumable = opts.CommandResumable
	if !info.NeedsConversion {
		return Command{Path: argv[0], Args: argv[1:]}, info, nil
	}
	run, err := runScript(spec, opts, info, argv...)
	if err != nil {
		return Command{}, RecipeInfo{}, err
	}
	return Command{Path: "/bin/sh", Args: []string{runFile}, Files: map[string][]byte{runFile: []byte(run)}}, info, nil
}
