package cn.lianxi.gateway.proxy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;

/**
 * The roles of bearer tokens quarkus-oidc has already verified (已验令牌), until each token expires.
 *
 * <p>A client sends the same token on every call for minutes, and verifying it again (decoding, RSA signature,
 * claims) was the largest share of the gateway's CPU per request. For one exact token string the signature, issuer
 * and audience cannot change; only time does, so an entry ends at the token's {@code exp}. What could change is the
 * realm's key set: quarkus-oidc fetches the keys again only for a token signed with a key id it does not know, and
 * that fetch may drop keys. So a token naming a key id not seen here before clears every entry first, and tokens
 * signed with a withdrawn key are verified (and refused) again.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Bounds the memory; beyond it expired entries go, and if none had expired, all of them. */
    static final int MAX_ENTRIES = 4096;

    private final Map<String, Verified> entries = new ConcurrentHashMap<>();
    private final Set<String> keyIds = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    @Inject
    VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The roles of {@code token} if it was verified before and has not expired; otherwise null. */
    public Set<String> roles(String token) {
        Verified verified = token == null ? null : entries.get(token);
        if (verified == null) {
            return null;
        }
        if (verified.expired(clock.millis())) {
            entries.remove(token);
            return null;
        }
        return verified.roles();
    }

    /**
     * Called before a token is handed to quarkus-oidc: a key id not seen before may make it fetch the realm's keys
     * again, after which what was verified with the old keys no longer counts.
     */
    public void beforeVerifying(String token) {
        if (token != null && !keyIds.contains(keyId(token))) {
            entries.clear();
        }
    }

    /** Keeps the roles of a token quarkus-oidc has just verified into {@code identity}, until its expiry. */
    public void remember(String token, SecurityIdentity identity) {
        if (token == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = clock.millis();
            entries.values().removeIf(v -> v.expired(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        keyIds.add(keyId(token));
        entries.put(token, new Verified(Set.copyOf(identity.getRoles()), jwt.getExpirationTime() * 1000));
    }

    /** The {@code kid} of the token's JOSE header; "" when it has none or the token is not a JWT. */
    static String keyId(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return "";
        }
        try {
            JsonObject header = new JsonObject(
                    new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8));
            return header.getString("kid", "");
        } catch (RuntimeException notAJwt) {
            return "";
        }
    }

    /** The bearer token of an {@code Authorization} header value, or null. */
    public static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private record Verified(Set<String> roles, long expiresAtMillis) {

        boolean expired(long nowMillis) {
            return nowMillis >= expiresAtMillis;
        }
    }
}
