# unionfacts: make targets. SHARED points at the shared data beside the repo.
SHARED  ?= ../shared
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GO      ?= go

.PHONY: build test eval bench golden conformance vet

build:
	$(GO) build -ldflags "-X main.Version=$(VERSION)" -o bin/unionfacts ./cmd/unionfacts

test: vet
	$(GO) test ./...

vet:
	$(GO) vet ./...

eval:
	$(GO) run ./cmd/unionfacts eval --floors .ci/floors-seeds.json $(SHARED)/corpus/seeds

golden:
	$(GO) test ./extract -run TestGolden -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
