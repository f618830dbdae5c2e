# unionfacts: make targets. SHARED points at the shared data beside the repo.
SHARED  ?= ../shared
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GO      ?= go

.PHONY: build test eval eval-real eval-offtopic bench bench-batch bench-mem golden conformance vet generate race beam

build:
	$(GO) build -ldflags "-X main.Version=$(VERSION)" -o bin/unionfacts ./cmd/unionfacts

test: vet
	$(GO) test ./...

vet:
	$(GO) vet ./...

# eval: the seeds, our own golden corpus (written and annotated by us), a
# held-out set annotated blind, the same three converted to traditional
# characters (--script hant), and the Chinese web-extraction pages; each
# fails below its floors in .ci/.
eval:
	$(GO) build -o bin/unionfacts ./cmd/unionfacts
	bin/unionfacts eval --floors .ci/floors-seeds.json $(SHARED)/corpus/seeds
	bin/unionfacts eval --floors .ci/floors-seeds-hant.json --script hant $(SHARED)/corpus/seeds
	bin/unionfacts eval --floors .ci/floors-testdata.json corpus/testdata/pages
	bin/unionfacts eval --floors .ci/floors-testdata-hant.json --script hant corpus/testdata/pages
	bin/unionfacts eval --floors .ci/floors-holdout.json corpus/testdata/holdout
	bin/unionfacts eval --floors .ci/floors-holdout-hant.json --script hant corpus/testdata/holdout
	bin/unionfacts eval-pages --floors .ci/floors-pages.json $(SHARED)/data/boilerplate/Chinese-Web-Content-Extraction-Dataset
	$(MAKE) --no-print-directory eval-real
	$(MAKE) --no-print-directory eval-offtopic

# eval-real: real union pages from the web with gold written blind, kept in
# local/ (gitignored: their text is not ours to commit). tune/ may be
# studied; blind/ is scored only as these totals. CI has no local/, and
# says so.
REALSETS ?= local/realpages local/traditional
eval-real:
	@for set in $(REALSETS); do \
		if [ ! -d $$set ]; then echo "eval: $$set absent, skipped"; continue; fi; \
		for d in $$set/*/; do \
			ls $$d*.gold.json >/dev/null 2>&1 || continue; \
			echo "real pages $$d:"; \
			bin/unionfacts eval $$d | grep -E '^documents|^headline|^all \(micro\)|^(title|published|source|authors|region.code):|^period|^part-of' || exit 1; \
		done; \
	done

# eval-offtopic: the real pages about other work and mixed pages in
# local/offtopic (uncommitted; each folder of gold files scored on its own),
# as aggregates only: false facts per page about something else, and F1 on
# the pages whose gold has facts. Skipped, saying so, without local/offtopic.
OFFTOPIC ?= local/offtopic
eval-offtopic:
	@if [ -d $(OFFTOPIC) ]; then \
		for d in $(OFFTOPIC)/*/; do \
			ls $$d*.gold.json >/dev/null 2>&1 || continue; \
			echo "off-topic set $$d:"; \
			bin/unionfacts eval $$d | grep -E '^all \(micro\)|^pages whose gold' || exit 1; \
		done; \
	else \
		echo "eval: $(OFFTOPIC) absent, skipped the real off-topic pages"; \
	fi

generate:
	$(GO) generate ./extract/region ./extract/script ./segment

golden:
	$(GO) test ./extract -run TestGolden -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# bench-batch: whole runs of the built binary over synthetic corpora of
# 10,000 and 100,000 documents: throughput, and peak RSS, which must stay
# flat as the corpus grows tenfold.
BENCH_DIR ?= /tmp/unionfacts-bench
bench-batch: build
	for n in 10000 100000; do \
		test -d $(BENCH_DIR)/$$n || $(GO) run ./cmd/synthcorpus -n $$n $(BENCH_DIR)/$$n; \
		/usr/bin/time -v bin/unionfacts run --quiet --out $(BENCH_DIR)/out-$$n $(BENCH_DIR)/$$n 2>&1 \
			| grep -E 'documents read|^wrote|Maximum resident'; \
	done

# bench-mem: peak memory (RSS) and CPU of a run over the 69 CWCED pages
# copied 20 times (1,380 pages) at each worker count up to the cores, and
# of show on one page, each beside readeck's go-readability (cmd/peers, a
# module of its own so that its dependencies stay out of go.mod).
BENCH_MEM_PAGES ?= $(SHARED)/data/boilerplate/Chinese-Web-Content-Extraction-Dataset/original
bench-mem: build
	cd cmd/peers && $(GO) build -o ../../bin/peers .
	cmd/peers/bench-mem.sh $(BENCH_MEM_PAGES) $(BENCH_DIR)/mem

# race: the packages whose values are shared by every worker of a run.
race:
	$(GO) test -race ./segment ./extract/facts ./corpus/batch

conformance:
	$(GO) test ./extract/numbers -run Conformance

# beam: the Beam runner, a module of its own (cmd/unionfacts-beam) so that
# the main module does not depend on Beam: vet, and its tests, which run the
# pipeline on prism and compare its rows with a local run's.
BEAM_DIR = cmd/unionfacts-beam
beam:
	cd $(BEAM_DIR) && $(GO) mod download && $(GO) vet ./... && $(GO) test ./...
