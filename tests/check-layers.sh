#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The layers' include rules (docs/architecture.md, "Layers"), checked by
# name for every source file: a file may include the headers of its own
# layer and of the layers below it, never those above. The build enforces
# the same through include folders; this test says which rule a file broke.
set -euo pipefail
src=${1:?source dir}
cd "$src/src"

# layer: the layers whose headers it may include (besides its own)
declare -A may=(
  [core/util]=""
  [core/wire]="core/util core/records"
  [core/records]="core/util core/wire"
  [core/store]="core/util core/wire core/records"
  [core/export]="core/util core/wire core/records"
  [core/geo]="core/util core/wire core/records core/store"
  [core/planning]="core/util core/wire core/records core/store core/export"
  [core/sync]="core/util core/wire core/records core/store core/planning"
  [core/demo]="core/util core/wire core/records core/store core/planning core/sync"
  [server/storage]="core/util"
  [server]="core/util core/wire core/records server/storage"
  [app]="core/util core/wire core/records core/store core/export core/geo core/planning core/sync core/demo"
)
# Libraries a layer may not include at all.
declare -A forbidden=(
  [core/records]="sqlite3.h gtk/gtk.h adwaita.h libsoup/soup.h"
  [core/wire]="sqlite3.h gtk/gtk.h adwaita.h libsoup/soup.h"
  [core/util]="gtk/gtk.h adwaita.h libsoup/soup.h"
  [server/storage]="gtk/gtk.h adwaita.h libsoup/soup.h json-glib/json-glib.h"
  [server]="gtk/gtk.h adwaita.h sqlite3.h libpq-fe.h"
)

# Where each header lives, by name.
declare -A home=()
while IFS= read -r header; do
  dir=$(dirname "$header")
  case "$dir" in
    app/*) dir=app ;;
  esac
  home[$(basename "$header")]=$dir
done < <(find core server app -name '*.h')

layer_of () {
  case "$1" in
    app/*) echo app ;;
    server/storage/*) echo server/storage ;;
    server/*) echo server ;;
    core/*/*) dirname "$1" ;;
    *) echo "?" ;;
  esac
}

echo "TAP version 13"
n=0
failed=0
while IFS= read -r file; do
  layer=$(layer_of "$file")
  [ "$layer" = "?" ] && continue
  n=$((n + 1))
  problems=""
  while IFS= read -r inc; do
    target=${home[$inc]:-}
    if [ -z "$target" ]; then
      continue
    fi
    if [ "$target" != "$layer" ] && [[ " ${may[$layer]} " != *" $target "* ]]; then
      problems="$problems $inc ($target)"
    fi
  done < <(sed -n 's/^#include "\(bw-[^"]*\.h\)".*/\1/p' "$file")
  for lib in ${forbidden[$layer]:-}; do
    if grep -q "^#include <$lib>" "$file"; then
      problems="$problems <$lib>"
    fi
  done
  if [ -z "$problems" ]; then
    echo "ok $n - $file ($layer)"
  else
    echo "not ok $n - $file ($layer) includes$problems"
    failed=1
  fi
done < <(find core server app -name '*.c' -o -name '*.h' | sort)
echo "1..$n"
exit $failed
