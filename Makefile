# IML: make demo runs the whole loop once on real local services; make test is what CI runs.
SHELL := /bin/bash
GO ?= go
IML_TOOLS ?= $(HOME)/.cache/iml/bin
export IML_TOOLS

.PHONY: build services test test-short bench lint demo services-up services-down clean

build:
	$(GO) build -o bin/iml ./cmd/iml
	$(GO) build -o bin/iml-standin-trainer ./demo/standin-trainer

# Builds (once) or reuses MinIO and Ollama in $(IML_TOOLS); installs Slurm and munge from Debian.
services:
	scripts/install-services.sh

# Integration tests start their own MinIO, Ollama and Slurm on loopback with data in temp dirs.
test: services
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...

# Unit tests only: no services needed.
test-short:
	$(GO) test -short -count=1 ./...

bench:
	GOMAXPROCS=1 $(GO) test -run '^$$' -bench . -benchmem -benchtime 3x ./dataset/pii/
	$(GO) test -run '^$$' -bench . -benchmem ./serve/ ./modelrepo/ ./eval/

lint:
	$(GO) vet ./...
	test -x $(IML_TOOLS)/staticcheck || GOBIN=$(IML_TOOLS) $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2
	$(IML_TOOLS)/staticcheck ./...

demo: services build
	scripts/demo.sh

services-up:
	scripts/services.sh up

services-down:
	scripts/services.sh down

clean:
	rm -rf bin
