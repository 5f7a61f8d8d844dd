#!/usr/bin/env bash
# Checks a running Keycloak that imported enforcement-realm.json: fetches a password-grant token for every user
# (client lianxi-web) and a client-credentials token for every agency client, decodes the access tokens and checks
# iss, sub, aud (the platform's audience lianxi-api), preferred_username, groups, court_code and agency_id; then that
# a token of the client other-app does not name the platform in aud.  Needs curl and python3 (no jq).
#
#   deploy/keycloak/verify-realm.sh [keycloak base url]     default: from $LIANXI_HOME/ports.env, else :18180
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
LIANXI_HOME=${LIANXI_HOME:-$SCRIPT_DIR/../../.lianxi}
if [ $# -ge 1 ]; then BASE=$1; else
  [ -f "$LIANXI_HOME/ports.env" ] && . "$LIANXI_HOME/ports.env"
  BASE="http://127.0.0.1:${LIANXI_KEYCLOAK_PORT:-18180}"
fi
ISS="$BASE/realms/enforcement"
TOKEN_URL="$ISS/protocol/openid-connect/token"
failures=0

check() { # description, curl args..., then expected "key=value" pairs after a literal --
  local what=$1; shift
  local args=() expect=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
  shift; expect=("$@")
  local body
  body=$(curl -s -m 10 "${args[@]}" "$TOKEN_URL")
  if python3 - "$what" "$ISS" "$body" "${expect[@]}" <<'PY'; then :; else failures=$((failures + 1)); fi
import base64, json, sys
what, iss, body, expect = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
try:
    tok = json.loads(body)["access_token"]
except Exception:
    print(f"FAIL {what}: no token: {body[:300]}"); sys.exit(1)
p = tok.split(".")[1]; p += "=" * (-len(p) % 4)
c = json.loads(base64.urlsafe_b64decode(p))
errs = []
if c.get("iss") != iss: errs.append(f"iss={c.get('iss')}")
if not c.get("sub"): errs.append("no sub")
for e in expect:
    k, v = e.split("=", 1)
    if k in ("aud", "!aud"):
        aud = c.get("aud", [])
        aud = [aud] if isinstance(aud, str) else aud
        if (v in aud) != (k == "aud"): errs.append(f"aud={aud!r} ({'expected' if k == 'aud' else 'unexpected'} {v!r})")
    elif k == "groups":
        if sorted(c.get("groups", [])) != sorted(v.split(",")): errs.append(f"groups={c.get('groups')}")
    elif v == "<absent>":
        if k in c: errs.append(f"{k}={c[k]!r} (expected absent)")
    elif c.get(k) != v: errs.append(f"{k}={c.get(k)!r} (expected {v!r})")
shown = {k: c.get(k) for k in ("preferred_username", "groups", "court_code", "agency_id", "azp", "aud", "exp") if k in c}
shown["ttl"] = c["exp"] - c["iat"]
print(("OK   " if not errs else "FAIL ") + what + " " + json.dumps(shown, ensure_ascii=False) + ("" if not errs else "  <- " + "; ".join(errs)))
sys.exit(1 if errs else 0)
PY
}

user() { # username role [court_code] [agency_id]
  check "user $1" -d grant_type=password -d client_id=lianxi-web -d "username=$1" -d password=lianxi-dev \
    -- "preferred_username=$1" "groups=$2" "court_code=${3:-<absent>}" "agency_id=${4:-<absent>}" aud=lianxi-api
}
agency() { # client agency_id role
  check "client $1" -u "$1:dev-only-$1-secret" -d grant_type=client_credentials \
    -- "preferred_username=service-account-$1" "groups=$3" "agency_id=$2" "court_code=<absent>" aud=lianxi-api
}

echo "Keycloak issuer: $ISS"
user clerk-zy court-clerk C320500
user clerk-gs court-clerk C320508
user judge-zy judge C320500
user judge-zy2 judge C320500
user head-zy judge,division-head C320500
user judge-gs judge C320508
user clerk-hq court-clerk C320505
user judge-hq judge C320505
user police-officer police "" POLICE-320500
user procurator procuratorate "" PROC-320500
user credit-officer credit-officer
user credit-officer2 credit-officer
user jm-office jm-office
user auditor auditor
user admin admin
agency bank-icbc BANK-ICBC bank
agency bank-boc BANK-BOC bank
agency police-sz POLICE-320500 police
agency procuratorate-sz PROC-320500 procuratorate
court_system() { # client court_code
  check "client $1" -u "$1:dev-only-$1-secret" -d grant_type=client_credentials \
    -- "preferred_username=service-account-$1" groups=court-system "court_code=$2" "agency_id=<absent>" aud=lianxi-api
}
court_system court-c320500-system C320500
court_system court-c320508-system C320508
# another application of the same realm: the same user claims, but not the platform's audience (services answer 401)
check "user clerk-zy through other-app" -d grant_type=password -d client_id=other-app -d username=clerk-zy \
  -d password=lianxi-dev -- preferred_username=clerk-zy groups=court-clerk court_code=C320500 azp=other-app aud=other-app '!aud=lianxi-api'

# negative checks: wrong password, wrong secret, password grant on an agency client
neg() {
  local what=$1; shift
  local code; code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 "$@" "$TOKEN_URL")
  if [ "$code" = 400 ] || [ "$code" = 401 ]; then echo "OK   $what rejected ($code)"; else echo "FAIL $what: HTTP $code"; failures=$((failures + 1)); fi
}
neg "wrong password" -d grant_type=password -d client_id=lianxi-web -d username=clerk-zy -d password=nope
neg "wrong client secret" -u bank-icbc:nope -d grant_type=client_credentials
neg "password grant on bank-icbc" -u bank-icbc:dev-only-bank-icbc-secret -d grant_type=password -d username=clerk-zy -d password=lianxi-dev
neg "client credentials on public lianxi-web" -d client_id=lianxi-web -d grant_type=client_credentials

if [ $failures -eq 0 ]; then echo "all checks passed"; else echo "$failures check(s) failed"; exit 1; fi
