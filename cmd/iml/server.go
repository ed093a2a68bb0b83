package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/dataset/pii"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/serve"
	"golang.org/x/sync/errgroup"
)

// runServe: iml serve — the gateway only (registry + Ollama; no MinIO needed).
func runServe(ctx context.Context, args []string, _, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	listen := fs.String("listen", "", "address (default: gateway.listen)")
	cfg, _, err := loadArgs(fs, args, exactly(0, "no arguments"))
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
	listen := fs.String("listen", "", "address (default: gateway.listen)")
	cfg, _, err := loadArgs(fs, args, exactly(0, "no arguments"))
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
	if cfg.Gateway.CRMConfig != "" {
		crmCfg, err := crm.LoadConfig(cfg.Gateway.CRMConfig)
		if err != nil {
			return err
		}
		secrets, err := crmCfg.WebhookSecrets()
		if err != nil {
			return err
		}
		opts := crm.WebhookOptions{Secrets: secrets}
		if crmCfg.QuarantineDir != "" {
			opts.Quarantine = crm.DirQuarantine{Dir: crmCfg.QuarantineDir}
		}
		for _, src := range crmCfg.Sources {
			if src.Type != crm.TypeBitrix24 {
				continue
			}
			// Bitrix24 events carry only ids: the receiver re-reads the activity through the connector.
			conn, err := crm.NewConnector(src, crm.ClientOptions{Logger: logger})
			if err != nil {
				return err
			}
			if b, ok := conn.(*crm.Bitrix24); ok {
				opts.Bitrix = b
			}
			break
		}
		mount["POST /webhooks/"] = crm.NewWebhookHandler(env.Registry, opts, logger)
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
	// The lean client: api.Client allocates an 8 MiB line buffer per call.
	client, err := serve.NewOllamaChat(cfg.Ollama.URL, http.DefaultClient)
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
