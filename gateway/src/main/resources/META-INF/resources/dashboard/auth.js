// OIDC authorization code + PKCE against the realm, with the public client from /dashboard-config.
// Tokens live in sessionStorage only; the refresh token renews the access token before it expires.
const Auth = (() => {
  let config = null;
  let refreshTimer = null;
  const redirectUri = () => location.origin + location.pathname;
  const b64url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = () => b64url(crypto.getRandomValues(new Uint8Array(32)));
  const endpoint = name => `${config.realmUrl}/protocol/openid-connect/${name}`;

  function claims(token) {
    try { return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))); } catch (e) { return {}; }
  }

  async function login() {
    const verifier = random();
    const state = random();
    sessionStorage.setItem('lianxi.pkce', JSON.stringify({ verifier, state }));
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const params = new URLSearchParams({ response_type: 'code', client_id: config.clientId, scope: 'openid',
      redirect_uri: redirectUri(), state, code_challenge: challenge, code_challenge_method: 'S256' });
    location.assign(`${endpoint('auth')}?${params}`);
  }

  function logout() {
    const idToken = sessionStorage.getItem('lianxi.id');
    sessionStorage.removeItem('lianxi.tokens');
    const params = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
    if (idToken) params.set('id_token_hint', idToken);
    location.assign(`${endpoint('logout')}?${params}`);
  }

  async function tokenRequest(form) {
    const response = await fetch(endpoint('token'), { method: 'POST', body: new URLSearchParams(form) });
    if (!response.ok) throw new Error('token endpoint answered ' + response.status);
    const tokens = await response.json();
    tokens.expiresAt = Date.now() + tokens.expires_in * 1000;
    sessionStorage.setItem('lianxi.tokens', JSON.stringify(tokens));
    if (tokens.id_token) sessionStorage.setItem('lianxi.id', tokens.id_token);
    scheduleRefresh(tokens);
    return tokens;
  }

  function scheduleRefresh(tokens) {
    clearTimeout(refreshTimer);
    if (!tokens.refresh_token) return;
    const inMs = Math.max(5000, tokens.expiresAt - Date.now() - 30000);
    refreshTimer = setTimeout(() => tokenRequest({ grant_type: 'refresh_token', client_id: config.clientId,
      refresh_token: tokens.refresh_token }).catch(() => sessionStorage.removeItem('lianxi.tokens')), inMs);
  }

  /** Finishes a login redirect if there is one; returns the access token or null. */
  async function init() {
    config = await (await fetch('/dashboard-config')).json();
    const query = new URLSearchParams(location.search);
    if (query.has('code')) {
      const pkce = JSON.parse(sessionStorage.getItem('lianxi.pkce') || '{}');
      history.replaceState(null, '', redirectUri());
      if (query.get('state') !== pkce.state) throw new Error('state mismatch');
      sessionStorage.removeItem('lianxi.pkce');
      await tokenRequest({ grant_type: 'authorization_code', code: query.get('code'), client_id: config.clientId,
        redirect_uri: redirectUri(), code_verifier: pkce.verifier });
    }
    return token();
  }

  function token() {
    const tokens = JSON.parse(sessionStorage.getItem('lianxi.tokens') || 'null');
    if (!tokens || tokens.expiresAt < Date.now() + 5000) return null;
    if (!refreshTimer) scheduleRefresh(tokens);
    return tokens.access_token;
  }

  return { init, login, logout, token, claims };
})();
