package cn.lianxi.testsupport;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed bearer tokens for service tests, shaped like the tokens of the Keycloak realm {@code enforcement}
 * (roles in {@code groups}, {@code court_code} / {@code agency_id} claims, {@code aud} {@value #AUDIENCE}). They are
 * signed with the key of {@code io.quarkus.test.oidc.server.OidcWiremockTestResource}, which serves the matching
 * JWKS; system tests use tokens from the real Keycloak instead.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    /**
     * The platform's audience: every service and the gateway require it ({@code quarkus.oidc.token.audience}), as the
     * realm's default client scope {@code lianxi-api} puts it into the tokens of the platform's clients.
     */
    public static final String AUDIENCE = "lianxi-api";

    private Tokens() {
    }

    public static String courtClerk(String courtCode) {
        return courtClerkFor(AUDIENCE, courtCode);
    }

    /**
     * A court clerk's token as {@link #courtClerk(String)}, but issued for another client of the same realm: its
     * {@code aud} is {@code audience}, or it has none when {@code audience} is null.
     */
    public static String courtClerkFor(String audience, String courtCode) {
        JwtClaimsBuilder claims = base("clerk-" + courtCode, "court-clerk").claim("court_code", courtCode);
        return (audience == null ? claims.remove("aud") : claims.audience(audience)).sign();
    }

    public static String judge(String courtCode) {
        return judge(courtCode, "judge-" + courtCode);
    }

    /** Another judge of the same court ({@code user}): the second officer of an approval (制度铁笼). */
    public static String judge(String courtCode, String user) {
        return base(user, "judge").claim("court_code", courtCode).sign();
    }

    /** A court's head of enforcement (执行局长): a judge of the court who also holds {@code division-head}. */
    public static String divisionHead(String courtCode) {
        return Jwt.preferredUserName("head-" + courtCode).subject("head-" + courtCode)
                .groups(Set.of("judge", "division-head")).issuer(ISSUER).audience(AUDIENCE)
                .claim("court_code", courtCode).sign();
    }

    /** A court's case system (client credentials): role {@code court-system} and the client's {@code court_code}. */
    public static String courtSystem(String courtCode) {
        return base("service-account-court-" + courtCode.toLowerCase() + "-system", "court-system")
                .claim("court_code", courtCode).sign();
    }

    /** An agency's system or staff member: role {@code bank}, {@code police}, {@code procuratorate} or {@code agency}. */
    public static String agency(String role, String agencyId) {
        return base("service-account-" + agencyId.toLowerCase(), role).claim("agency_id", agencyId).sign();
    }

    /** A person with just this role (credit-officer, jm-office, auditor, admin). */
    public static String withRole(String role) {
        return base(role + "-user", role).sign();
    }

    /** A token whose lifetime ended a minute ago. */
    public static String expired(String role) {
        long now = Instant.now().getEpochSecond();
        return base(role + "-user", role).issuedAt(now - 600).expiresAt(now - 60).sign();
    }

    private static JwtClaimsBuilder base(String user, String role) {
        return Jwt.preferredUserName(user).subject(user).groups(Set.of(role)).issuer(ISSUER)
                .audience(AUDIENCE);
    }
}
