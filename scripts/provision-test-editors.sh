#!/usr/bin/env bash
# Installs what the real-editor tests drive, when it is missing: headless Neovim for
# test/nvim.test.ts, Emacs with eglot for test/emacs.test.ts, and real VS Code (code-server
# in Debian's Chromium) for test/e2e/vscode.test.ts. Those tests fail, not skip, under CI
# without them. Needs apt-get (Debian 12) for whatever is missing; does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian 12's Emacs 28 has no built-in eglot: elpa-eglot provides eglot 1.9 (and the project/xref it needs).
editors=()
command -v nvim >/dev/null 2>&1 || editors+=(neovim)
command -v emacs >/dev/null 2>&1 || editors+=(emacs-nox)
[ -n "$(ls -d /usr/share/emacs/site-lisp/elpa/eglot-* 2>/dev/null)" ] || editors+=(elpa-eglot)
[ -n "$(ls -d /usr/share/emacs/site-lisp/elpa/markdown-mode-* 2>/dev/null)" ] || editors+=(elpa-markdown-mode)
if [ "${#editors[@]}" -gt 0 ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${editors[@]}"
fi
# code-server 4.100.3 from npm, whose install needs libkrb5-dev (kerberos) and ripgrep
# (seeds @vscode/ripgrep's download cache); Debian's chromium runs it headless.
missing_apt=()
command -v chromium >/dev/null 2>&1 || missing_apt+=(chromium)
command -v rg >/dev/null 2>&1 || missing_apt+=(ripgrep)
[ -e /usr/include/gssapi/gssapi.h ] || missing_apt+=(libkrb5-dev)
if [ "${#missing_apt[@]}" -gt 0 ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing_apt[@]}"
fi
bash scripts/install-code-server.sh
