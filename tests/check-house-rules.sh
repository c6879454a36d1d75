#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The house rules' top lines (build-aux/house-rules puts them in): every
# C source and header under src/, tests/ and bench/ starts with the SPDX
# line; every C source under src/ and tests/common/ defines its folder's
# G_LOG_DOMAIN right after it, before any include; meson files and scripts
# carry the SPDX line in their first two lines (after a shebang), .ui and
# .xml files right after the XML declaration.
set -euo pipefail
src=${1:?source dir}
cd "$src"

spdx_c='/* SPDX-License-Identifier: EUPL-1.2 */'
spdx_hash='# SPDX-License-Identifier: EUPL-1.2'
spdx_xml='<!-- SPDX-License-Identifier: EUPL-1.2 -->'

domain_of () {
  case "$1" in
    src/core/*/*) echo "buurtwerk-$(echo "$1" | cut -d/ -f3)" ;;
    src/app/*/*) echo "buurtwerk-app-$(echo "$1" | cut -d/ -f3)" ;;
    src/app/*) echo "buurtwerk-app" ;;
    src/server/*) echo "buurtwerk-server" ;;
    tests/common/*) echo "buurtwerk-tests" ;;
    *) echo "" ;;
  esac
}

echo "TAP version 13"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "1..0 # SKIP not a git checkout: the file list comes from git"
  exit 0
fi
n=0
failed=0
report () {
  n=$((n + 1))
  if [ -z "$2" ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1:$2 (build-aux/house-rules puts it right)"
    failed=1
  fi
}

while IFS= read -r file; do
  problems=""
  [ "$(sed -n 1p "$file")" = "$spdx_c" ] || problems="$problems no SPDX line first"
  domain=$(domain_of "$file")
  if [[ "$file" == *.c && -n "$domain" ]]; then
    line2=$(sed -n 2p "$file")
    [ "$line2" = "#define G_LOG_DOMAIN \"$domain\"" ] ||
      problems="$problems no '#define G_LOG_DOMAIN \"$domain\"' on line 2"
  fi
  if [[ "$file" == *.h ]] && grep -q '^#define G_LOG_DOMAIN' "$file"; then
    problems="$problems defines G_LOG_DOMAIN in a header"
  fi
  report "$file" "$problems"
done < <(git ls-files -co --exclude-standard -- 'src/*.[ch]' 'tests/*.[ch]' 'bench/*.[ch]' | sort)

while IFS= read -r file; do
  [ -f "$file" ] || continue
  case "$file" in
    *.ui|*.xml|*.xml.in) want=$spdx_xml ;;
    *) want=$spdx_hash ;;
  esac
  if head -n 2 "$file" | grep -qxF -- "$want"; then
    report "$file" ""
  else
    report "$file" " no SPDX line"
  fi
done < <( { git ls-files -co --exclude-standard -- '*meson.build' meson_options.txt Makefile '*.sh' '*.py' \
              'data/*.ui' 'data/*.xml' 'data/*.xml.in' 'src/*.xml'
            for f in $(git ls-files -- build-aux .ci); do
              head -c 2 "$f" | grep -q '^#!' && echo "$f"
            done; } | sort -u)

echo "1..$n"
exit $failed
