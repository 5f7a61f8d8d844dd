#!/usr/bin/env bash
# Makes sure a Kustomize v5 or newer is on the PATH for deploy/k8s, whose tests render the overlays with it:
# a `kustomize` binary, or the one built into `kubectl kustomize` (the Google kubectl on this project's machines
# embeds v5.5). If neither is there, installs Debian's package where the release has one. Debian 12's
# kubernetes-client (kubectl 1.20) embeds Kustomize v2, which cannot read the overlays (`labels`, `patches`), so it
# is not used. Exits non-zero when no Kustomize v5 can be had; the deploy/k8s tests then fail and say so.
set -euo pipefail

version() {
  if command -v kustomize >/dev/null 2>&1; then
    kustomize version 2>/dev/null | grep -oE 'v?[0-9]+\.[0-9]+\.[0-9]+' | head -1
  elif command -v kubectl >/dev/null 2>&1; then
    kubectl version --client -o json 2>/dev/null | sed -n 's/.*"kustomizeVersion": *"\([^"]*\)".*/\1/p'
  fi
}

modern() { [[ "$(version)" =~ ^v?([0-9]+)\. ]] && (( BASH_REMATCH[1] >= 5 )); }

if modern; then
  echo "kustomize present: $(version)"
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -n"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if apt-cache policy kustomize 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  $SUDO apt-get install -y -qq kustomize >/dev/null
fi
if modern; then
  echo "kustomize installed: $(version)"
else
  echo "no Kustomize v5 here (found: '$(version)'): install kubectl or kustomize; deploy/k8s's tests need it" >&2
  exit 1
fi
