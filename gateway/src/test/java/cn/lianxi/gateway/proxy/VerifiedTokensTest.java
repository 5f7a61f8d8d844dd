package cn.lianxi.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** What the gate may take from a token verified before, and when it must verify again. */
class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    final VerifiedTokens tokens = new VerifiedTokens(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void remembersTheRolesUntilTheTokenExpires() {
        String live = token("k1", "a");
        String expiring = token("k1", "b");
        tokens.beforeVerifying(live);
        tokens.remember(live, identity(NOW.getEpochSecond() + 60, "judge"));
        tokens.remember(expiring, identity(NOW.getEpochSecond(), "judge"));

        assertEquals(Set.of("judge"), tokens.roles(live));
        assertNull(tokens.roles(expiring), "exp is the first second the token is no longer valid");
        assertNull(tokens.roles(token("k1", "never-seen")));
        assertNull(tokens.roles(null));
    }

    @Test
    void aTokenOfAKeyNotSeenBeforeForgetsEverything() {
        String first = token("k1", "a");
        tokens.beforeVerifying(first);
        tokens.remember(first, identity(NOW.getEpochSecond() + 60, "judge"));

        tokens.beforeVerifying(token("k1", "b"));
        assertEquals(Set.of("judge"), tokens.roles(first), "the same key: the realm's keys were not fetched again");

        tokens.beforeVerifying(token("k2", "c"));
        assertNull(tokens.roles(first), "a new key id may have replaced the key set");
    }

    @Test
    void staysBounded() {
        for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.remember(token("k1", "t" + i), identity(NOW.getEpochSecond() + 60, "judge"));
        }
        assertNull(tokens.roles(token("k1", "t0")));
        assertEquals(Set.of("judge"), tokens.roles(token("k1", "t" + VerifiedTokens.MAX_ENTRIES)));
    }

    @Test
    void readsTheBearerTokenAndItsKeyId() {
        assertEquals("abc", VerifiedTokens.bearer("bearer abc"));
        assertNull(VerifiedTokens.bearer("Basic abc"));
        assertNull(VerifiedTokens.bearer(null));
        assertEquals("k9", VerifiedTokens.keyId(token("k9", "x")));
        assertEquals("", VerifiedTokens.keyId("not-a-jwt"));
    }

    private static String token(String kid, String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    private static QuarkusSecurityIdentity identity(long exp, String role) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "user";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of(Claims.exp.name());
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return claimName.equals(Claims.exp.name()) ? (T) Long.valueOf(exp) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole(role).build();
    }
}
