#!/usr/bin/env bash
# System pieces the test suite needs beyond Python packages. Idempotent; quiet when all is there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]} from Debian packages (browser tests need them)" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
      || echo "could not install ${need[*]}; browser tests will be skipped" >&2
  else
    echo "missing ${need[*]}; install it (sudo apt-get install ${need[*]}) or browser tests will be skipped" >&2
  fi
fi
