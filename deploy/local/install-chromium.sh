#!/usr/bin/env bash
# Installs Debian's Chromium (headless browser for the dashboard test) if it is missing. Needs root or sudo.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto.*cjk" && { echo "chromium present: $(chromium --version 2>/dev/null | head -1)"; exit 0; }
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -n"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
echo "chromium installed: $(chromium --version 2>/dev/null | head -1)"
