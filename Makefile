# HTTP Playground. The two commands: `make run` and `make test`.
# Everything else is a step of those or a tool for developers.

PORT ?= 8080
GO ?= go
GOROOT := $(shell $(GO) env GOROOT)
# go_js_wasm_exec (shipped with Go) runs js/wasm test binaries under Node.
WASM_PATH := $(GOROOT)/lib/wasm:$(PATH)
WORKER := wasm/worker

.PHONY: run build test vet gotest wasmtest tscheck workertest e2e bench \
        worker-dev deploy deps npm-web npm-worker chromium clean fmt

## run: build everything and serve the playground on http://localhost:$(PORT)
run: build
	PORT=$(PORT) $(GO) run ./scripts/serve

## build: build the site and the Worker into build/
build:
	$(GO) run ./scripts/build

## test: install what the tests need, then run every check
test: deps build vet gotest wasmtest tscheck workertest e2e
	@echo "make test: all checks passed"

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/... ./httpcore/...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './web/node_modules/*')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

gotest:
	$(GO) test ./...

wasmtest:
	PATH="$(WASM_PATH)" GOOS=js GOARCH=wasm $(GO) test ./wasm/browser/ ./httpcore/api/

tscheck: npm-web
	cd web && node_modules/.bin/tsc --noEmit -p .

workertest: npm-worker
	$(GO) test -tags worker -count=1 ./scripts/workertest/

e2e: chromium
	$(GO) test -tags e2e -count=1 ./scripts/e2e/

## bench: benchmarks, reported as ratios against a peer measured in the same run
## (the parser against net/http; the page in headless Chromium against its budgets)
bench: build chromium
	$(GO) test -run '^$$' -bench . -benchmem ./httpcore/...
	$(GO) test -tags e2e -run '^$$' -bench . -benchtime 1x ./scripts/e2e/

## worker-dev: run the Worker locally with wrangler (workerd, offline)
worker-dev: build npm-worker
	cd $(WORKER) && node_modules/.bin/wrangler dev --ip 127.0.0.1 --port $(PORT)

## deploy: deploy the Worker to Cloudflare (needs `wrangler login` or CLOUDFLARE_API_TOKEN)
deploy: build npm-worker
	cd $(WORKER) && node_modules/.bin/wrangler deploy

deps: npm-web npm-worker chromium

# npm ci when a folder's lock file is newer than its node_modules (the rule
# lives in scripts/internal/sitebuild, shared with the build).
npm-web:
	@$(GO) run ./scripts/build -npm web

npm-worker:
	@$(GO) run ./scripts/build -npm $(WORKER)

# Debian's chromium, for the end-to-end tests (installed only when missing;
# needs root, as on the project's machines and CI).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

fmt:
	gofmt -w $$(git ls-files '*.go')
	$(GO) tool templ fmt web

clean:
	rm -rf build/site build/worker
