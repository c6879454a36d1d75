# The two commands of the README. Everything else is meson.
BUILDDIR ?= _build

.PHONY: all deps test-deps build run test clean screenshots

all: build

deps:
	@build-aux/install-deps

test-deps:
	@build-aux/install-deps --test

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	ninja -C $(BUILDDIR)

run: build
	build-aux/run-app $(BUILDDIR)

test: test-deps $(BUILDDIR)/build.ninja
	ninja -C $(BUILDDIR)
	meson test -C $(BUILDDIR) --print-errorlogs

clean:
	rm -rf $(BUILDDIR)
