#!/bin/sh
# Every file with translatable strings is listed in po/POTFILES.in, and
# every listed file exists.
set -eu
cd "$1"
status=0
for f in $(grep -rlE '(^|[^A-Za-z_])N?_\(|translatable="yes"|ngettext \(' src ui data --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' | sort); do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $f"
    status=1
  fi
done
for f in $(grep -v '^#' po/POTFILES.in | grep -v '^$'); do
  if [ ! -f "$f" ]; then
    echo "listed in po/POTFILES.in but missing: $f"
    status=1
  fi
done
exit $status
