#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20)
# from the npm registry into a cache folder OUTSIDE the repository, for the real-VS-Code
# end-to-end test (test/e2e). Skips when already installed.
#
# code-server's install-time downloads do not work on a machine that reaches only the npm
# registry and Debian's apt, so each one is worked around (see README, "Testing"):
#   - its postinstall refuses to run as root          -> npm_config_unsafe_perm=true
#   - kerberos needs gssapi/gssapi.h                   -> libkrb5-dev (apt)
#   - @vscode/ripgrep downloads rg from GitHub         -> pre-seed its cache with Debian's rg
#   - node-pty's postinstall runs `npx node-gyp`       -> npm_config_yes=true
#
# Usage: bash scripts/install-code-server.sh        (prints the code-server binary path last)
# Env:   MLDL_E2E_HOME   install root (default: $HOME/.cache/mldl-e2e)
set -euo pipefail

readonly VERSION=4.100.3
readonly RIPGREP_CACHE_VERSION=1.15.11
readonly RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

root="${MLDL_E2E_HOME:-$HOME/.cache/mldl-e2e}"
prefix="$root/code-server"
bin="$prefix/node_modules/.bin/code-server"

if [[ -x "$bin" ]] && [[ "$("$bin" --version 2>/dev/null | head -n1 | cut -d' ' -f1)" == "$VERSION" ]]; then
  echo "code-server $VERSION already installed" >&2
  echo "$bin"
  exit 0
fi

for tool in rg node npm tar; do
  if ! command -v "$tool" >/dev/null; then
    echo "install-code-server: '$tool' is missing (apt-get install -y ripgrep libkrb5-dev chromium)" >&2
    exit 1
  fi
done
if [[ ! -e /usr/include/gssapi/gssapi.h ]]; then
  echo "install-code-server: gssapi/gssapi.h is missing (apt-get install -y libkrb5-dev)" >&2
  exit 1
fi

# @vscode/ripgrep looks for this exact tarball in os.tmpdir() before trying GitHub.
tmp="$(node -p 'require("os").tmpdir()')"
cache="$tmp/vscode-ripgrep-cache-$RIPGREP_CACHE_VERSION"
if [[ ! -s "$cache/$RIPGREP_TARBALL" ]]; then
  mkdir -p "$cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -C "$staging" -czf "$cache/$RIPGREP_TARBALL" rg
  rm -rf "$staging"
fi

mkdir -p "$prefix"
if [[ ! -f "$prefix/package.json" ]]; then
  echo '{"name":"mldl-e2e-code-server","private":true}' > "$prefix/package.json"
fi

echo "installing code-server $VERSION into $prefix (about a minute)..." >&2
(
  cd "$prefix"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2
)

if [[ ! -x "$bin" ]]; then
  echo "install-code-server: install finished but $bin is missing" >&2
  exit 1
fi
echo "$bin"
