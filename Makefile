# Developer entry points. `go test ./...` alone is the hermetic test command; the
# targets here add the real-Kafka runs, lint, fuzz and packaging checks around it.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

GO       ?= go
FUZZTIME ?= 10s
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)
COMPOSE  ?= docker-compose

.PHONY: all build test test-kafka kafka-up kafka-down e2e lint bench bench-e2e fuzz docker-config clean help

all: lint build test

help:
	@echo "build          go build -o bin/classifier ./cmd/classifier"
	@echo "test           hermetic unit tests (go test ./...)"
	@echo "test-kafka     same tests against a real local Kafka broker (scripts/kafka-local)"
	@echo "kafka-up       start a local broker in /tmp/kafka-local, print its address"
	@echo "kafka-down     stop it and delete its data"
	@echo "e2e            scripts/e2e, if present (KAFKA_BROKERS or a private local broker)"
	@echo "lint           gofmt -l (must be empty) and go vet"
	@echo "bench          classifier benchmarks, then cmd/bench on the embedded broker (BENCH_N, BENCH_FLAGS)"
	@echo "bench-e2e      cmd/bench against a private real Kafka broker (BENCH_E2E_N, BENCH_FLAGS)"
	@echo "fuzz           every fuzz target for FUZZTIME (default 10s) each"
	@echo "docker-config  validate docker-compose.yml"

build:
	$(GO) build -ldflags '$(LDFLAGS)' -o bin/classifier ./cmd/classifier

test:
	$(GO) test ./...

# $(call with-kafka,COMMAND): run COMMAND with KAFKA_BROKERS set to a private broker
# (own state dir, own free ports), so it never touches a broker that another run or
# `make kafka-up` started; the broker is stopped and deleted whatever COMMAND does.
# KAFKA_LOCAL_DIR is exported too, so reliability tests can `scripts/kafka-local
# restart` or `kill9` this very broker.
define with-kafka
dir=$$(mktemp -d /tmp/kafka-local.test.XXXXXX); \
export KAFKA_LOCAL_DIR=$$dir; \
trap 'scripts/kafka-local stop || true; rm -rf "$$dir"' EXIT; \
trap 'exit 130' INT TERM; \
KAFKA_BROKERS=$$(scripts/kafka-local start | tail -n1); \
export KAFKA_BROKERS; \
echo "KAFKA_BROKERS=$$KAFKA_BROKERS"; \
$(1)
endef

test-kafka:
	@$(call with-kafka,$(GO) test -count=1 ./...)

kafka-up:
	@scripts/kafka-local start

kafka-down:
	@scripts/kafka-local stop

# scripts/e2e against $KAFKA_BROKERS if set, else against a private local broker.
e2e:
	@if [[ ! -x scripts/e2e ]]; then echo "e2e: no executable scripts/e2e yet"; exit 0; fi; \
	if [[ -n "$${KAFKA_BROKERS:-}" ]]; then exec scripts/e2e; fi; \
	$(call with-kafka,scripts/e2e)

lint:
	@bad=$$(find . -name '*.go' -not -path './.git/*' -not -path './vendor/*' -print0 | xargs -0 -r gofmt -l); \
	if [[ -n "$$bad" ]]; then echo "gofmt -l: these files need gofmt -w:"; echo "$$bad"; exit 1; fi
	$(GO) vet ./...

# bench: the classifier's micro-benchmarks, then cmd/bench (docs/performance.md):
# the bare pipe, the service and its latency, and the classify/parse floors, on
# the embedded broker (or $KAFKA_BROKERS). bench-e2e: cmd/bench against a private
# real Apache Kafka broker (scripts/kafka-local), whose CPU time it reports too.
BENCH_N     ?= 200000
BENCH_E2E_N ?= 1000000
BENCH_FLAGS ?=

bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./classifier/... ./service/ ./cmd/classifier/
	$(GO) build -ldflags '-X main.buildCommit=$(VERSION)' -o bin/bench ./cmd/bench
	bin/bench -n $(BENCH_N) $(BENCH_FLAGS)

bench-e2e:
	$(GO) build -ldflags '-X main.buildCommit=$(VERSION)' -o bin/bench ./cmd/bench
	@$(call with-kafka,bin/bench -n $(BENCH_E2E_N) -broker-pid $$(scripts/kafka-local status | awk '{print $$4}') $(BENCH_FLAGS))

fuzz:
	@GO=$(GO) scripts/lib/fuzz-all $(FUZZTIME)

docker-config:
	$(COMPOSE) -f docker-compose.yml config -q

clean:
	rm -rf bin
