package cn.lianxi.gateway.policy;

import java.util.Set;

/**
 * One line of the edge policy: a path pattern ({@code /x/**} = {@code /x} and everything under it, otherwise an
 * exact path), the methods it covers (empty = all) and the roles allowed. {@code anonymous} rules need no token.
 */
public record RouteRule(String pattern, Set<String> methods, Set<String> roles, boolean anonymous,
        boolean rateLimited) {

    public boolean matches(String method, String path) {
        return (methods.isEmpty() || methods.contains(method)) && pathMatches(path);
    }

    public boolean allows(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    private boolean pathMatches(String path) {
        if (pattern.endsWith("/**")) {
            String base = pattern.substring(0, pattern.length() - 3);
            return path.equals(base) || path.startsWith(base + "/");
        }
        return path.equals(pattern);
    }
}
