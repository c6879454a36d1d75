# SPDX-License-Identifier: EUPL-1.2
# The two commands of the README. Everything else is meson.
BUILDDIR ?= _build

.PHONY: all deps test-deps build run test clean screenshots

all: build

deps:
	@build-aux/install-deps

test-deps:
	@build-aux/install-deps --test

# PostgreSQL on: install-deps brings libpq, and the tests on PostgreSQL
# must not be left out without a word.
$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) -Dpostgresql=enabled

build: deps $(BUILDDIR)/build.ninja
	ninja -C $(BUILDDIR)

run: build
	build-aux/run-app $(BUILDDIR)

# The fuzzers run even when a meson test failed (both results are useful),
# and either failing fails `make test`. They build in their own directory
# with clang (docs/fuzzing.md).
test: test-deps $(BUILDDIR)/build.ninja
	ninja -C $(BUILDDIR)
	@status=0; \
	meson test -C $(BUILDDIR) --print-errorlogs || status=1; \
	build-aux/run-fuzzers || status=1; \
	exit $$status

clean:
	rm -rf $(BUILDDIR)
