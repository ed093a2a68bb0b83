package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/dataset/pii"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/serve"
	"github.com/ollama/ollama/api"
	"golang.org/x/sync/errgroup"
)

// runServe: iml serve — the gateway only (registry + Ollama; no MinIO needed).
func runServe(ctx context.Context, args []string, _, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfgPath := fs.String("config", defaultConfigPath(), "IML config file")
	listen := fs.String("listen", "", "address (default: gateway.listen)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	logger := newLogger(stderr)
	reg, err := pipeline.OpenRegistry(ctx, cfg)
	if err != nil {
		return err
	}
	defer reg.Close()
	gw, err := newGateway(cfg, reg, logger, nil)
	if err != nil {
		return err
	}
	return gw.Run(ctx, listenAddr(cfg, *listen))
}

// runServer: iml server — scheduler, gateway and CRM webhook receiver in one process.
func runServer(ctx context.Context, args []string, _, stderr io.Writer) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	cfgPath := fs.String("config", defaultConfigPath(), "IML config file")
	listen := fs.String("listen", "", "address (default: gateway.listen)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	logger := newLogger(stderr)
	env, err := pipeline.Open(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer env.Close()
	runner, err := env.Runner("scheduler")
	if err != nil {
		return err
	}
	mount := map[string]http.Handler{}
	if cfg.Gateway.WebhookSecretsEnv != "" {
		secrets, err := webhookSecrets(cfg.Gateway.WebhookSecretsEnv)
		if err != nil {
			return err
		}
		mount["POST /webhooks/"] = crm.NewWebhookHandler(env.Registry, crm.WebhookOptions{Secrets: secrets}, logger)
	}
	gw, err := newGateway(cfg, env.Registry, logger, mount)
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return (&pipeline.Scheduler{Runner: runner, Logger: logger}).Run(gctx) })
	g.Go(func() error { return gw.Run(gctx, listenAddr(cfg, *listen)) })
	return g.Wait()
}

func listenAddr(cfg config.Config, flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	return cfg.Gateway.Listen
}

func newGateway(cfg config.Config, reg *modelrepo.Registry, logger *slog.Logger, mount map[string]http.Handler) (*serve.Gateway, error) {
	keys, err := pipeline.GatewayKeys(cfg.Gateway)
	if err != nil {
		return nil, err
	}
	client, err := ollamaClient(cfg.Ollama.URL)
	if err != nil {
		return nil, err
	}
	gc := serve.GatewayConfig{Chat: client, Resolver: pipeline.Resolver{R: reg}, Keys: keys, Auditor: reg,
		Logger: logger, RequestTimeout: cfg.Gateway.Timeout, Mount: mount}
	if cfg.Gateway.Mask {
		key, err := pii.KeyFromEnvOrFile(cfg.Anonymizer.KeyEnv, cfg.Anonymizer.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("anonymizer key for gateway masking: %w", err)
		}
		eng, err := pii.New(pii.Config{Key: key})
		if err != nil {
			return nil, err
		}
		gc.Masker = pipeline.Masker{E: eng}
	}
	return serve.NewGateway(gc)
}

func ollamaClient(raw string) (*api.Client, error) {
	u, err := parseURL(raw)
	if err != nil {
		return nil, fmt.Errorf("ollama.url: %w", err)
	}
	return api.NewClient(u, http.DefaultClient), nil
}

// webhookSecrets reads "amocrm:secret,bitrix24:secret" from an env var.
func webhookSecrets(envVar string) (map[string][]byte, error) {
	raw, err := config.Secret(envVar, "")
	if err != nil {
		return nil, fmt.Errorf("webhook secrets: %w", err)
	}
	out := map[string][]byte{}
	for _, f := range strings.Split(raw, ",") {
		name, secret, ok := strings.Cut(strings.TrimSpace(f), ":")
		if !ok || secret == "" {
			return nil, fmt.Errorf("webhook secrets: want crm:secret pairs in %s", envVar)
		}
		out[name] = []byte(secret)
	}
	return out, nil
}
