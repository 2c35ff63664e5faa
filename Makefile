# SPDX-License-Identifier: MIT
# factgraph: plain GNU Makefile. `make` builds, `make check` runs every test
# (plain build, then the same suite under ASan+UBSan), `make run` exports
# samples/ to out/, `make bench` measures, `make eval` scores the seeds.

CC       ?= cc
BUILD    ?= build
PKGS     := raptor2 libxml-2.0 libutf8proc libxxhash
SHARED   ?= ../shared

WARNINGS := -Wall -Wextra -Wpedantic -Wshadow -Wconversion \
            -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 \
            -Wcast-qual -Wnull-dereference -Werror
OPT      ?= -O2 -g
# Where the knowledge files are found when neither --ontology nor
# FACTGRAPH_ONTOLOGY says otherwise.
ONTOLOGY_DIR ?= $(CURDIR)/ontology

CPPFLAGS += -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L \
            -DFG_ONTOLOGY_DIR='"$(ONTOLOGY_DIR)"' $(shell pkg-config --cflags $(PKGS))
CFLAGS   += -std=c11 -pthread $(WARNINGS) $(OPT) -fvisibility=hidden -MMD -MP $(EXTRA_CFLAGS)
LDLIBS   += $(shell pkg-config --libs $(PKGS)) -lm -lpthread
LDFLAGS  += $(EXTRA_LDFLAGS)

LIB_SRC  := $(sort $(shell find src -name '*.c' -not -path 'src/cli/*' \
              -not -path 'src/nlptool/*' -not -path 'src/tools/*'))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
NLP_SRC  := $(sort $(wildcard src/nlptool/*.c))
NLP_OBJ  := $(NLP_SRC:%.c=$(BUILD)/obj/%.o)
NLPTOOL  := $(BUILD)/factgraph-nlp
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/pic/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TESTS    := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
LIB      := $(BUILD)/libfactgraph.a
BIN      := $(BUILD)/factgraph

# ---- Version, shared library and install layout ----------------------------
# The version is stated once, in include/factgraph/version.h. The shared
# library's soname carries its major number (libfactgraph.so.0), which is
# bumped whenever the ABI breaks (see README, "Installing").
VERSION    := $(shell sed -n 's/^\#define FG_VERSION "\(.*\)"$$/\1/p' \
                include/factgraph/version.h)
SOVERSION  := $(firstword $(subst ., ,$(VERSION)))
SONAME     := libfactgraph.so.$(SOVERSION)
SHLIB      := $(BUILD)/libfactgraph.so
SHLIB_REAL := $(SHLIB).$(VERSION)
SHLIBS     := $(SHLIB_REAL) $(BUILD)/$(SONAME) $(SHLIB)

# Where `make install` puts things (DESTDIR stages the whole tree).
PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR    ?= $(PREFIX)/share
MANDIR     ?= $(DATADIR)/man
DOCDIR     ?= $(DATADIR)/doc/factgraph
INSTALL_ONTOLOGY := $(DATADIR)/factgraph/ontology

SAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
             -fno-sanitize-recover=all

.PHONY: all check unit-tests cli-tests check-plain check-asan check-valgrind \
        deps run bench eval install uninstall clean headers-test models models-tag \
        models-lemma eval-tag

all: $(BIN) $(LIB) $(SHLIBS) $(NLPTOOL)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

# One set of position-independent objects makes both libraries, in a
# folder of their own so that no object built without -fPIC is taken for
# one. Only the FG_API symbols are exported (-fvisibility=hidden); -z defs
# makes the link fail when a dependency is missing from LDLIBS.
$(BUILD)/obj/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -fPIC -c $< -o $@

$(SHLIB_REAL): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,-z,defs $(CFLAGS) $(LDFLAGS) \
	  $(LIB_OBJ) $(LDLIBS) -o $@

$(BUILD)/$(SONAME) $(SHLIB): $(SHLIB_REAL)
	ln -sf $(notdir $<) $@

# The tool links the static library: it runs from build/ as it is, and an
# installed one does not depend on the library's install path.
$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) $(CLI_OBJ) $(LIB) $(LDLIBS) -o $@

# The training, scoring and dump tool of the NLP front end's models.
$(NLPTOOL): $(NLP_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) $(NLP_OBJ) $(LIB) $(LDLIBS) -o $@

$(BUILD)/factgraph.pc: src/factgraph.pc.in include/factgraph/version.h
	sed -e 's|@PREFIX@|$(PREFIX)|' \
	  -e 's|@LIBDIR@|$(patsubst $(PREFIX)/%,$${prefix}/%,$(LIBDIR))|' \
	  -e 's|@INCLUDEDIR@|$(patsubst $(PREFIX)/%,$${prefix}/%,$(INCLUDEDIR))|' \
	  -e 's|@VERSION@|$(VERSION)|' $< >$@


$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-missing-prototypes $(LDFLAGS) $< $(LIB) \
	  $(LDLIBS) $(shell pkg-config --libs cmocka) -o $@

# Each public header must compile alone under full warnings.
headers-test:
	@for h in include/factgraph/*.h; do \
	  printf '#include "%s"\ntypedef int fg_header_test;\n' "$${h#include/}" | \
	  $(CC) -std=c11 $(WARNINGS) -Iinclude -x c -fsyntax-only - || exit 1; \
	done; echo "headers: each public header compiles alone"

unit-tests: $(TESTS)
	@fail=0; for t in $(TESTS); do \
	  FACTGRAPH_ONTOLOGY=$(CURDIR)/ontology $$t || fail=1; done; exit $$fail

cli-tests: all
	FACTGRAPH=$(CURDIR)/$(BIN) SHARED=$(SHARED) bash tests/cli/run-all.sh

check-plain: headers-test unit-tests cli-tests

check-asan:
	$(MAKE) BUILD=build/asan OPT='$(SAN_FLAGS)' EXTRA_CFLAGS=-DFG_ARENA_MALLOC \
	  EXTRA_LDFLAGS='-fsanitize=address,undefined' \
	  FG_SANITIZED=1 unit-tests cli-tests

# The whole suite: plain build, then again under ASan and UBSan, then the
# hostile-input suite once under valgrind's memcheck.
check: check-plain
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 $(MAKE) check-asan
	$(MAKE) check-valgrind

# Any memcheck error or leak (of any kind) fails the run with status 99.
VALGRIND := valgrind -q --leak-check=full --show-leak-kinds=all \
            --errors-for-leak-kinds=all --error-exitcode=99

check-valgrind: $(BIN)
	@mkdir -p $(BUILD)/valgrind
	printf '#!/bin/sh\nexec %s %s "$$@"\n' '$(VALGRIND)' '$(CURDIR)/$(BIN)' \
	  >$(BUILD)/valgrind/factgraph
	chmod +x $(BUILD)/valgrind/factgraph
	FACTGRAPH=$(CURDIR)/$(BUILD)/valgrind/factgraph SHARED=$(SHARED) \
	  FG_VALGRIND=1 FG_HOSTILE_SMALL_MB=8 bash tests/cli/test-hostile.sh
	@echo "valgrind: the hostile-input suite ran clean"

# Installs the Debian packages the build, the run and the tests need.
deps:
	bash .ci/install-deps

run: deps $(BIN)
	bash tests/cli/make-run.sh $(BIN) samples out

bench: $(BIN) $(NLPTOOL)
	bash tests/bench/bench.sh $(BIN)
	bash tests/bench/bench-tag.sh $(NLPTOOL) $(SHARED)
	bash tests/bench/bench-nlp.sh $(BIN) $(NLPTOOL) $(SHARED)

# Trains the NLP front end's models from $(SHARED)/corpora into
# ontology/models/ with fixed seeds: the same corpora give the same bytes.
# Each stage adds its own models-<stage> prerequisite to `models`.
MODELS  := ontology/models
CORPORA := $(SHARED)/corpora
TRAIN_UD := $(CORPORA)/ud-en-ewt/train.conllu $(CORPORA)/ud-en-gum/train.conllu
models: models-tag models-lemma

# TAGGER_TRAIN=train-tagger-2pass trains the two-pass tagger;
# TAGGER_NAMES=ontology/names adds the name-list features (README).
# WORD_CLASSES=ontology/words/wordnet-classes.txt adds WordNet's parts of
# speech of each word form as features (README; not yet the default).
TAGGER_TRAIN ?= train-tagger
TAGGER_NAMES ?=
WORD_CLASSES ?=
models-tag: $(NLPTOOL)
	@mkdir -p $(MODELS)
	nice -n 5 $(NLPTOOL) $(TAGGER_TRAIN) --out $(MODELS)/tagger.fgm --seed 1 \
	  $(if $(TAGGER_NAMES),--names $(TAGGER_NAMES)) \
	  $(if $(WORD_CLASSES),--word-classes $(WORD_CLASSES)) \
	  --epochs 12 --patience 3 --min-updates 2 --corpora ewt-train+gum-train \
	  --dev $(CORPORA)/ud-en-ewt/dev.conllu $(TRAIN_UD)

models-lemma: $(NLPTOOL)
	@mkdir -p $(MODELS)
	nice -n 5 $(NLPTOOL) train-lemmatizer --out $(MODELS)/lemmatizer.fgm \
	  --seed 1 --epochs 12 --patience 3 --min-updates 1 \
	  --corpora ewt-train+gum-train \
	  --dev $(CORPORA)/ud-en-ewt/dev.conllu $(TRAIN_UD)

# Tagger and lemmatizer accuracy on gold tokens (EWT and GUM dev and test).
eval-tag: $(NLPTOOL)
	@for f in ud-en-ewt/dev ud-en-ewt/test ud-en-gum/dev ud-en-gum/test; do \
	  $(NLPTOOL) eval --tagger $(MODELS)/tagger.fgm \
	    --lemmatizer $(MODELS)/lemmatizer.fgm $(CORPORA)/$$f.conllu || exit 1; \
	done

eval: $(BIN)
	bash tests/cli/eval.sh $(BIN) $(SHARED)

# The seeds and dev-news with every name invented, three draws (DRAWS=N
# for more; KEEP=1 keeps the renamed copies in a printed /tmp directory).
DRAWS ?= 3
.PHONY: eval-renamed
eval-renamed: $(BIN)
	bash tests/cli/eval-renamed.sh --draws $(DRAWS) $(if $(KEEP),--keep) \
	  $(BIN) $(SHARED)

# The CoNLL 2018 evaluator (src/nlp/conll18.c) as a tool, and its scores
# of the front end on the treebanks' test sets.
EVAL_BIN := $(BUILD)/fg-nlp-eval
$(EVAL_BIN): src/tools/fg-nlp-eval.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) $< $(LIB) $(LDLIBS) -o $@

.PHONY: eval-nlp
eval-nlp: $(BIN) $(EVAL_BIN)
	bash tests/cli/eval-nlp.sh $(BIN) $(EVAL_BIN) $(SHARED)

# The installed binary and libraries have their ontology directory built
# in: a fresh build, so that an earlier install with another PREFIX cannot
# leave its path. The tool finds its models in that directory's models/.
install: all
	rm -rf build/install
	$(MAKE) BUILD=build/install ONTOLOGY_DIR=$(INSTALL_ONTOLOGY) \
	  all build/install/factgraph.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig \
	  $(DESTDIR)$(INCLUDEDIR)/factgraph $(DESTDIR)$(INSTALL_ONTOLOGY) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DOCDIR)
	install -m 755 build/install/factgraph $(DESTDIR)$(BINDIR)/
	install -m 644 build/install/libfactgraph.a $(DESTDIR)$(LIBDIR)/
	install -m 755 build/install/$(notdir $(SHLIB_REAL)) $(DESTDIR)$(LIBDIR)/
	ln -sf $(notdir $(SHLIB_REAL)) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(notdir $(SHLIB_REAL)) $(DESTDIR)$(LIBDIR)/libfactgraph.so
	install -m 644 build/install/factgraph.pc $(DESTDIR)$(LIBDIR)/pkgconfig/
	install -m 644 include/factgraph/*.h $(DESTDIR)$(INCLUDEDIR)/factgraph/
	install -m 644 src/cli/factgraph.1 $(DESTDIR)$(MANDIR)/man1/
	cp -R ontology/. $(DESTDIR)$(INSTALL_ONTOLOGY)/
	install -m 644 LICENSE $(DESTDIR)$(DOCDIR)/
	install -m 644 ontology/models/LICENSE $(DESTDIR)$(DOCDIR)/LICENSE.models

# Removes what `make install` put there, with the same variables.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/factgraph $(DESTDIR)$(LIBDIR)/libfactgraph.a \
	  $(DESTDIR)$(LIBDIR)/$(notdir $(SHLIB_REAL)) \
	  $(DESTDIR)$(LIBDIR)/$(SONAME) $(DESTDIR)$(LIBDIR)/libfactgraph.so \
	  $(DESTDIR)$(LIBDIR)/pkgconfig/factgraph.pc \
	  $(DESTDIR)$(MANDIR)/man1/factgraph.1
	rm -rf $(DESTDIR)$(INCLUDEDIR)/factgraph $(DESTDIR)$(DATADIR)/factgraph \
	  $(DESTDIR)$(DOCDIR)

clean:
	rm -rf build out

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

# libFuzzer targets (tests/fuzz/fuzz_*.c), built with clang against an
# instrumented copy of the library in build/fuzz. `make fuzz` builds them;
# `make fuzz-run FUZZ_TIME=600` runs each in turn on a copy of its seeds.
FUZZ_SRC   := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN   := $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
FUZZ_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
              -fno-sanitize-recover=all
FUZZ_TIME  ?= 600

.PHONY: fuzz fuzz-lib fuzz-run
fuzz:
	@command -v clang >/dev/null 2>&1 || { echo "make fuzz needs clang" \
	  "(Debian: apt-get install clang)" >&2; exit 1; }
	$(MAKE) CC=clang BUILD=build/fuzz EXTRA_CFLAGS=-DFG_ARENA_MALLOC \
	  OPT='$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link' fuzz-lib

fuzz-lib: $(LIB) $(FUZZ_BIN)

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) -fsanitize=fuzzer $< $(LIB) $(LDLIBS) -o $@

fuzz-run: fuzz
	@for t in $(FUZZ_BIN); do \
	  bash tests/fuzz/run.sh $$t $(FUZZ_TIME) || exit 1; done

# The named-entity recognizer's tool: train, eval and dump.
NER_TOOL := $(BUILD)/fg-ner
$(NER_TOOL): src/tools/fg-ner.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) $< $(LIB) $(LDLIBS) -o $@

# The recognizer: `make models-ner` trains it from $(SHARED)/corpora with a
# fixed seed and order (byte-identical output), on the tags the tagger
# predicts (so after models-tag); `make eval-ner` scores it, tagger first.
NER_MODEL := $(MODELS)/ner.fgm
NER_TRAIN := -g ontology/gazetteer.ttl --tags --tagger $(MODELS)/tagger.fgm \
  --gum $(CORPORA)/ud-en-gum/train.conllu --iob2 $(CORPORA)/uner-en-ewt/dev.iob2 \
  --dev $(CORPORA)/ud-en-gum/dev.conllu --epochs 20 --seed 20261201 \
  --min-updates 2 --explore --corpora gum-train+uner-dev $(NER_NAMES)
# NER_NAMES="--names ontology/names" adds the name-list features; not the
# default: on unseen and renamed articles it finds fewer facts (README, NER).
NER_NAMES ?=

.PHONY: models-ner eval-ner
models: models-ner

models-ner: $(NER_TOOL) models-tag
	@mkdir -p $(MODELS)
	nice -n 5 $(NER_TOOL) train $(NER_TRAIN) -o $(NER_MODEL)

eval-ner: $(NER_TOOL)
	@for f in ud-en-gum/dev ud-en-gum/test; do echo "== $$f"; \
	  $(NER_TOOL) eval -g ontology/gazetteer.ttl -m $(NER_MODEL) \
	    --tagger $(MODELS)/tagger.fgm --gum $(CORPORA)/$$f.conllu || exit 1; done
	@echo "== uner-en-ewt/test"; $(NER_TOOL) eval -g ontology/gazetteer.ttl \
	  -m $(NER_MODEL) --tagger $(MODELS)/tagger.fgm --iob2 $(CORPORA)/uner-en-ewt/test.iob2

# The parser's training and scoring tool (src/tools/fg-parse.c).
PARSE_TOOL := $(BUILD)/fg-parse
$(PARSE_TOOL): src/tools/fg-parse.c $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) $< $(LIB) $(LDLIBS) -o $@

# `make models` retrains the parser (ontology/models/parser.fgm) from EWT and
# GUM train, early-stopped on EWT dev, on the tags the tagger predicts (so
# after models-tag): jackknifed, four taggers each trained without the
# fold of sentences it tags. Fixed seeds: the same bytes every time.
PARSER_MODEL := $(MODELS)/parser.fgm
PARSER_TRAIN := --seed 1 --epochs 12 --min-updates 20 --jackknife 4 \
                --corpora ewt-train+gum-train --tagger $(MODELS)/tagger.fgm
.PHONY: models-parser eval-parser
models: models-parser
models-parser: $(PARSE_TOOL) models-tag
	@mkdir -p $(MODELS)
	nice -n 5 $(PARSE_TOOL) train $(PARSER_TRAIN) $(PARSER_MODEL) \
	  $(CORPORA)/ud-en-ewt/dev.conllu $(TRAIN_UD)

# Parser UAS/LAS on gold tokens with predicted tags (EWT and GUM dev and
# test), and with gold tags on EWT for comparison.
eval-parser: $(PARSE_TOOL)
	$(PARSE_TOOL) eval --tagger $(MODELS)/tagger.fgm $(PARSER_MODEL) \
	  $(CORPORA)/ud-en-ewt/dev.conllu $(CORPORA)/ud-en-ewt/test.conllu \
	  $(CORPORA)/ud-en-gum/dev.conllu $(CORPORA)/ud-en-gum/test.conllu
	$(PARSE_TOOL) eval $(PARSER_MODEL) $(CORPORA)/ud-en-ewt/dev.conllu \
	  $(CORPORA)/ud-en-ewt/test.conllu
