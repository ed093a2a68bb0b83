package train

import (
	"encoding/json"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The YAML recipes are built from structs, not text templates, so that any value (paths, model
// ids) is quoted correctly. Field order is the order trainers document them in.

const (
	axolotlFile      = "axolotl.yaml"
	llamaFactoryFile = "llamafactory.yaml"
	datasetInfoFile  = "dataset_info.json"
	runFile          = "run.sh"
	defaultSaveSteps = 100
)

type axolotlDataset struct {
	Path                    string            `yaml:"path"`
	DSType                  string            `yaml:"ds_type"`
	Split                   string            `yaml:"split,omitempty"`
	Type                    string            `yaml:"type"`
	FieldMessages           string            `yaml:"field_messages"`
	MessagePropertyMappings map[string]string `yaml:"message_property_mappings"`
	RolesToTrain            []string          `yaml:"roles_to_train,omitempty"`
}

type axolotlConfig struct {
	BaseModel                 string           `yaml:"base_model"`
	Adapter                   string           `yaml:"adapter"`
	LoraR                     int              `yaml:"lora_r"`
	LoraAlpha                 float64          `yaml:"lora_alpha"`
	LoraDropout               float64          `yaml:"lora_dropout"`
	LoraTargetModules         []string         `yaml:"lora_target_modules"`
	ChatTemplate              string           `yaml:"chat_template"`
	Datasets                  []axolotlDataset `yaml:"datasets"`
	TestDatasets              []axolotlDataset `yaml:"test_datasets,omitempty"`
	ValSetSize                float64          `yaml:"val_set_size"`
	DatasetPreparedPath       string           `yaml:"dataset_prepared_path"`
	SequenceLen               int              `yaml:"sequence_len"`
	TrainOnInputs             bool             `yaml:"train_on_inputs"`
	NumEpochs                 float64          `yaml:"num_epochs"`
	MicroBatchSize            int              `yaml:"micro_batch_size"`
	GradientAccumulationSteps int              `yaml:"gradient_accumulation_steps"`
	LearningRate              float64          `yaml:"learning_rate"`
	Optimizer                 string           `yaml:"optimizer"`
	LRScheduler               string           `yaml:"lr_scheduler"`
	Seed                      int64            `yaml:"seed"`
	BF16                      string           `yaml:"bf16"`
	GradientCheckpointing     bool             `yaml:"gradient_checkpointing"`
	LoggingSteps              int              `yaml:"logging_steps"`
	EvalSteps                 int              `yaml:"eval_steps,omitempty"`
	SaveSteps                 int              `yaml:"save_steps"`
	SaveTotalLimit            int              `yaml:"save_total_limit"`
	OutputDir                 string           `yaml:"output_dir"`
	ResumeFromCheckpoint      string           `yaml:"resume_from_checkpoint,omitempty"`
}

func chatDataset(path, split string) axolotlDataset {
	return axolotlDataset{Path: path, DSType: "json", Split: split, Type: "chat_template", FieldMessages: "messages",
		MessagePropertyMappings: map[string]string{"role": "role", "content": "content"},
		RolesToTrain:            []string{"assistant"}}
}

// renderAxolotl renders an Axolotl LoRA config over the chat JSONL (type chat_template with the
// base tokenizer's template, loss on assistant turns) and `axolotl train axolotl.yaml`.
func renderAxolotl(spec JobSpec, opts RecipeOptions) (Command, RecipeInfo, error) {
	h := spec.Hyper
	c := axolotlConfig{
		BaseModel: spec.BaseModel.HF, Adapter: "lora",
		LoraR: h.R, LoraAlpha: h.Alpha, LoraDropout: h.Dropout, LoraTargetModules: h.TargetModules,
		ChatTemplate:        "tokenizer_default",
		Datasets:            []axolotlDataset{chatDataset(spec.TrainFile, "")},
		DatasetPreparedPath: "prepared", SequenceLen: h.MaxLength,
		NumEpochs: h.Epochs, MicroBatchSize: opts.MicroBatchSize, GradientAccumulationSteps: opts.GradientAccumulation,
		LearningRate: h.LearningRate, Optimizer: "adamw_torch", LRScheduler: "cosine", Seed: h.Seed,
		BF16: "auto", GradientCheckpointing: true, LoggingSteps: 1,
		SaveSteps: defaultSaveSteps, SaveTotalLimit: 2,
		OutputDir: spec.OutputDir, ResumeFromCheckpoint: spec.ResumeFrom,
	}
	if spec.EvalFile != "" {
		c.TestDatasets = []axolotlDataset{chatDataset(spec.EvalFile, "train")}
		c.EvalSteps = defaultSaveSteps
	}
	cfg, err := yaml.Marshal(c)
	if err != nil {
		return Command{}, RecipeInfo{}, err
	}
	info := peftInfo(spec, true)
	run, err := runScript(spec, opts, info, "axolotl", "train", axolotlFile)
	if err != nil {
		return Command{}, RecipeInfo{}, err
	}
	header := fmt.Sprintf("# Axolotl LoRA config rendered by IML for job %s.\n", spec.JobID)
	return Command{Path: "/bin/sh", Args: []string{runFile}, Files: map[string][]byte{
		axolotlFile: append([]byte(header), cfg...),
		runFile:     []byte(run),
	}}, info, nil
}

type llamaFactoryConfig struct {
	ModelNameOrPath          string  `yaml:"model_name_or_path"`
	Stage                    string  `yaml:"stage"`
	DoTrain                  bool    `yaml:"do_train"`
	FinetuningType           string  `yaml:"finetuning_type"`
	LoraRank                 int     `yaml:"lora_rank"`
	LoraAlpha                float64 `yaml:"lora_alpha"`
	LoraDropout              float64 `yaml:"lora_dropout"`
	LoraTarget               string  `yaml:"lora_target"`
	Dataset                  string  `yaml:"dataset"`
	EvalDataset              string  `yaml:"eval_dataset,omitempty"`
	DatasetDir               string  `yaml:"dataset_dir"`
	Template                 string  `yaml:"template"`
	CutoffLen                int     `yaml:"cutoff_len"`
	OverwriteCache           bool    `yaml:"overwrite_cache"`
	OutputDir                string  `yaml:"output_dir"`
	LoggingSteps             int     `yaml:"logging_steps"`
	SaveSteps                int     `yaml:"save_steps"`
	SaveTotalLimit           int     `yaml:"save_total_limit"`
	OverwriteOutputDir       bool    `yaml:"overwrite_output_dir"`
	ReportTo                 string  `yaml:"report_to"`
	PerDeviceTrainBatchSize  int     `yaml:"per_device_train_batch_size"`
	GradientAccumulationStep int     `yaml:"gradient_accumulation_steps"`
	LearningRate             float64 `yaml:"learning_rate"`
	NumTrainEpochs           float64 `yaml:"num_train_epochs"`
	LRSchedulerType          string  `yaml:"lr_scheduler_type"`
	WarmupRatio              float64 `yaml:"warmup_ratio"`
	BF16                     bool    `yaml:"bf16"`
	Seed                     int64   `yaml:"seed"`
	PerDeviceEvalBatchSize   int     `yaml:"per_device_eval_batch_size,omitempty"`
	EvalStrategy             string  `yaml:"eval_strategy,omitempty"`
	EvalSteps                int     `yaml:"eval_steps,omitempty"`
	ResumeFromCheckpoint     string  `yaml:"resume_from_checkpoint,omitempty"`
}

// llamaFactoryTemplates maps a base architecture to LLaMA-Factory's template name.
var llamaFactoryTemplates = map[string]string{
	"llama": "llama3", "qwen2": "qwen", "gemma2": "gemma", "gemma": "gemma", "mistral": "mistral", "phi3": "phi",
}

type llamaFactoryDataset struct {
	FileName   string            `json:"file_name"`
	Formatting string            `json:"formatting"`
	Columns    map[string]string `json:"columns"`
	Tags       map[string]string `json:"tags"`
}

// renderLlamaFactory renders an SFT LoRA config, registers the JSONL files in dataset_info.json
// (sharegpt formatting with OpenAI-style role/content tags) and runs `llamafactory-cli train`.
func renderLlamaFactory(spec JobSpec, opts RecipeOptions) (Command, RecipeInfo, error) {
	tmpl := opts.Template
	if tmpl == "" {
		tmpl = llamaFactoryTemplates[spec.BaseModel.Arch]
	}
	if tmpl == "" {
		return Command{}, RecipeInfo{}, fmt.Errorf("no LLaMA-Factory template known for architecture %q: set template", spec.BaseModel.Arch)
	}
	h := spec.Hyper
	c := llamaFactoryConfig{
		ModelNameOrPath: spec.BaseModel.HF, Stage: "sft", DoTrain: true, FinetuningType: "lora",
		LoraRank: h.R, LoraAlpha: h.Alpha, LoraDropout: h.Dropout, LoraTarget: strings.Join(h.TargetModules, ","),
		Dataset: "iml_train", DatasetDir: ".", Template: tmpl, CutoffLen: h.MaxLength, OverwriteCache: true,
		OutputDir: spec.OutputDir, LoggingSteps: 1, SaveSteps: defaultSaveSteps, SaveTotalLimit: 2, ReportTo: "none",
		PerDeviceTrainBatchSize: opts.MicroBatchSize, GradientAccumulationStep: opts.GradientAccumulation,
		LearningRate: h.LearningRate, NumTrainEpochs: h.Epochs, LRSchedulerType: "cosine", WarmupRatio: 0.1,
		BF16: true, Seed: h.Seed, ResumeFromCheckpoint: spec.ResumeFrom,
	}
	tags := map[string]string{"role_tag": "role", "content_tag": "content", "user_tag": "user",
		"assistant_tag": "assistant", "system_tag": "system"}
	ds := map[string]llamaFactoryDataset{"iml_train": {FileName: spec.TrainFile, Formatting: "sharegpt",
		Columns: map[string]string{"messages": "messages"}, Tags: tags}}
	if spec.EvalFile != "" {
		c.EvalDataset, c.PerDeviceEvalBatchSize, c.EvalStrategy, c.EvalSteps = "iml_eval", opts.MicroBatchSize, "steps", defaultSaveSteps
		ds["iml_eval"] = llamaFactoryDataset{FileName: spec.EvalFile, Formatting: "sharegpt",
			Columns: map[string]string{"messages": "messages"}, Tags: tags}
	}
	cfg, err := yaml.Marshal(c)
	if err != nil {
		return Command{}, RecipeInfo{}, err
	}
	info, err := json.MarshalIndent(ds, "", "  ")
	if err != nil {
		return Command{}, RecipeInfo{}, err
	}
	ri := peftInfo(spec, true)
	run, err := runScript(spec, opts, ri, "llamafactory-cli", "train", llamaFactoryFile)
	if err != nil {
		return Command{}, RecipeInfo{}, err
	}
	header := fmt.Sprintf("# LLaMA-Factory LoRA SFT config rendered by IML for job %s.\n", spec.JobID)
	return Command{Path: "/bin/sh", Args: []string{runFile}, Files: map[string][]byte{
		llamaFactoryFile: append([]byte(header), cfg...),
		datasetInfoFile:  append(info, '\n'),
		runFile:          []byte(run),
	}}, ri, nil
}
