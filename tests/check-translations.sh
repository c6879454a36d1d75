#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Fails when a file with translatable strings is missing from POTFILES.in,
# or when po/nl.po lacks a translation for any string in the sources.
set -euo pipefail
src=${1:?source dir}
cd "$src"

echo "TAP version 13"
echo "1..3"

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$(grep -rlE '_\(|N_\(|C_\(|translatable="yes"' src data --include='*.c' --include='*.ui' \
          --include='*.in' --include='*.xml' 2>/dev/null | sort)
missing=$(comm -13 <(echo "$listed") <(echo "$found"))
if [ -z "$missing" ]; then
  echo "ok 1 - every file with translatable strings is in po/POTFILES.in"
else
  echo "not ok 1 - not in po/POTFILES.in: $missing"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The same keywords as meson's glib preset.
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 \
  --keyword=g_dpgettext2:2c,3 --keyword=ngettext:1,2 \
  --files-from=<(echo "$listed") --directory="$src" -o "$tmp/fresh.pot" 2>"$tmp/xgettext.log"
msgmerge --quiet --no-fuzzy-matching -o "$tmp/nl.po" po/nl.po "$tmp/fresh.pot"
stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/nl.po" 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "not ok 2 - po/nl.po is incomplete: $stats"
    msgattrib --untranslated --no-obsolete "$tmp/nl.po" | grep '^msgid' | sed 's/^/# /' | head -20 ;;
  *)
    echo "ok 2 - po/nl.po translates every string ($stats)" ;;
esac

# One form of address: the Dutch UI says "je", never "u" or "uw".
formal=$(awk '/^msgstr/{f=1} /^msgid/{f=0} f' po/nl.po | grep -P '(?<![%$\w])(u|uw|U|Uw)(?![\w])' || true)
if [ -z "$formal" ]; then
  echo "ok 3 - po/nl.po addresses the user as je throughout"
else
  echo "not ok 3 - po/nl.po says u or uw: $formal"
fi
