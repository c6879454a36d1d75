#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs a GUI test on a private Xvfb display with a private D-Bus session.
# Services that D-Bus starts (the accessibility registry) write to stdout; the
# test's own TAP goes to fd 3, so only TAP reaches meson.
set -euo pipefail
exec 3>&1
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$@" >&2
