# Diplograph — `make run` writes graphs/ from examples/, `make test` runs the tests.
# `make build` only builds. `make run`, `make test` (and bench, sanitize, fuzz) first run
# `make deps`, which installs missing system packages (apt-get, as root) and Python checkers.

SWIFT    ?= swift
BIN      := .build/release/diplograph
EXAMPLES := examples
GRAPHS   := graphs
APT_PKGS := libxml2-dev libxml2-utils graphviz
PY_PKGS  := networkx igraph

.DEFAULT_GOAL := help
.PHONY: help deps build run graphs test bench clean fuzz quality sanitize format lint

help: ## Show the targets
	@echo "Diplograph make targets:"
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  %-8s %s\n", $$1, $$2}'

deps: ## Install missing system packages (libxml2-dev, libxml2-utils, graphviz) and Python checkers
	@missing=""; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	command -v xmllint >/dev/null 2>&1 || missing="$$missing libxml2-utils"; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@python3 -c 'import networkx, igraph' 2>/dev/null || python3 -m pip install -q $(PY_PKGS) || \
	  echo "note: could not install $(PY_PKGS); the tests that need them will be skipped"

build: ## Build the release binary (installs nothing: see deps)
	$(SWIFT) build -c release --product diplograph

run: ## Install missing packages (deps), build, then write graphs/ from examples/ (GraphML, GEXF, JSON, CSV, HTML; DOT and SVG of the diagram view)
	@echo "make run: checking system and Python packages first (make deps)"
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory build
	scripts/make-graphs.sh $(BIN) $(GRAPHS)
	@if command -v dot >/dev/null 2>&1; then \
	  for g in $(GRAPHS)/*.dot; do dot -Tsvg "$$g" -o "$${g%.dot}.svg" && echo "wrote $${g%.dot}.svg"; done; \
	else echo "note: graphviz is not installed, so no SVG"; fi

graphs: run ## Same as run

test: ## Install missing packages (deps), then run the test suite (Swift Testing; checks outputs with xmllint, dot, networkx, igraph)
	@echo "make test: checking system and Python packages first (make deps)"
	@$(MAKE) --no-print-directory deps
	$(SWIFT) build --product diplograph
	$(SWIFT) test

SANITIZERS ?= address thread
sanitize: deps ## The tests under AddressSanitizer (+ leaks), then ThreadSanitizer (SANITIZERS=address for one)
	@status=0; for s in $(SANITIZERS); do scripts/sanitize.sh $$s || status=1; done; exit $$status

bench: deps ## Benchmarks: throughput, per-stage times, memory, graph I/O, paths (results in bench/results/)
	$(SWIFT) build -c release --product diplograph
	$(SWIFT) build -c release --product diplograph-bench
	bash bench/run.sh

SPLIT ?= dev
quality: build ## Score the real-news set (SPLIT=dev|test, BATCH=name), seeds, examples, fixtures; ERRORS=1, PEER=spacy
	@python3 eval/realnews/verify.py --quiet || true
	@python3 scripts/quality.py --split $(SPLIT) $(if $(BATCH),--batch $(BATCH)) $(if $(ERRORS),--errors) $(if $(PEER),--peer $(PEER))

# swift-format (part of the Swift toolchain), configured by .swift-format; generated files
# carry `// swift-format-ignore-file`.
FORMAT_PATHS := Package.swift Sources Tests fuzz/Sources

format: ## Reformat the Swift sources in place (swift format, .swift-format)
	$(SWIFT) format format --in-place --recursive --parallel $(FORMAT_PATHS)

lint: ## Check the Swift sources' format without changing them (fails on any finding)
	$(SWIFT) format lint --strict --recursive --parallel $(FORMAT_PATHS)

clean: ## Remove build products
	rm -rf .build

FUZZ_SECONDS ?= 60
# One name per libFuzzer target: product NAME-fuzz, seeds fuzz/corpus/NAME (fuzz/README.md).
FUZZ_TARGETS ?= pipeline graphml
FUZZ_BUILD   := -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING --scratch-path .build-fuzz

fuzz: deps ## Build the libFuzzer targets and run each for FUZZ_SECONDS (default 60); crashes go to fuzz/artifacts/
	@for t in $(FUZZ_TARGETS); do $(SWIFT) build $(FUZZ_BUILD) --product $$t-fuzz || exit 1; done
	@status=0; for t in $(FUZZ_TARGETS); do fuzz/run.sh $$t $(FUZZ_SECONDS) || status=1; done; exit $$status
