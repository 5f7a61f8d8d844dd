package cn.lianxi.kit.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.lianxi.contracts.Officer;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the token says: their roles, and the court or agency they are bound to. Court staff carry a
 * {@code court_code} claim, agency staff and agency systems an {@code agency_id} claim (both mapped from the
 * Keycloak realm {@code enforcement}).
 */
@RequestScoped
public class Caller {

    public static final String COURT_CLAIM = "court_code";
    public static final String AGENCY_CLAIM = "agency_id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The caller as the officer (承办人) of a measure: the token's subject, which stays the same when the person is
     * renamed, and the name people read ({@code name}, else the user name). A caller cannot name another officer.
     */
    public Officer officer() {
        String subject = token == null || token.getSubject() == null ? name() : token.getSubject();
        return new Officer(subject, claim("name").orElse(name()));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> courtCode() {
        return claim(COURT_CLAIM);
    }

    public Optional<String> agencyId() {
        return claim(AGENCY_CLAIM);
    }

    /** The caller's agency; a 403 problem when the token carries none. */
    public String requireAgency() {
        return agencyId().orElseThrow(() -> ProblemException.forbidden("the token is not bound to an agency"));
    }

    /** The caller's court; a 403 problem when the token carries none. */
    public String requireCourt() {
        return courtCode().orElseThrow(() -> ProblemException.forbidden("the token is not bound to a court"));
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return Optional.ofNullable(value).map(Object::toString).map(v -> v.replace("\"", "")).filter(v -> !v.isBlank());
    }
}
