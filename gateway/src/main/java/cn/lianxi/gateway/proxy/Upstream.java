package cn.lianxi.gateway.proxy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The routing contract (路由约定): which service owns which first path segment. {@code /api/{segment}/**} goes to
 * the owner at {@code /{segment}/**}; {@code /api/audit/{service}/**} goes to that service's {@code /audit/**}.
 * The public surface {@code /api/public/**} is credit's (the masked list), except the public parts other services
 * own, named by their second segment: {@code /api/public/reward-notices/**} goes to case-service's
 * {@code /public/reward-notices/**} (悬赏公告).
 */
public enum Upstream {
    CASE("case", "/cases/stats", "cases", "court-events", "petitions", "case-progress", "approvals", "courts",
            "court-requests"),
    LIAISON("liaison", "/liaison-stats", "agencies", "referrals", "inbox", "bank-inquiries", "criminal-referrals",
            "joint-meeting", "liaison-stats", "seals"),
    CREDIT("credit", "/credit-stats", "listings", "restrictions", "sanctions", "credit-repairs", "good-faith",
            "credit-stats", "public", "lifting-approvals");

    /** The public surfaces ({@code /api/public/{segment}/**}) a service other than credit owns. */
    private static final Map<String, Upstream> PUBLIC_OWNERS = Map.of("reward-notices", CASE);

    private final String key;
    private final String statsPath;
    private final List<String> segments;

    Upstream(String key, String statsPath, String... segments) {
        this.key = key;
        this.statsPath = statsPath;
        this.segments = List.of(segments);
    }

    /** Short name used in configuration ({@code lianxi.upstream.<key>}) and in URLs such as {@code /openapi/<key>}. */
    public String key() {
        return key;
    }

    /** The service's statistics endpoint that feeds the admin overview. */
    public String statsPath() {
        return statsPath;
    }

    public static Optional<Upstream> named(String key) {
        return Stream.of(values()).filter(u -> u.key.equals(key)).findFirst();
    }

    /** Where a gateway path goes: the owning service and the path on it, or empty if nobody owns it. */
    public static Optional<Target> resolve(String gatewayPath) {
        if (!gatewayPath.startsWith("/api/")) {
            return Optional.empty();
        }
        String rest = gatewayPath.substring("/api".length());
        String segment = firstSegment(rest);
        if (segment.equals("audit")) {
            String afterAudit = rest.substring("/audit".length());
            return named(firstSegment(afterAudit))
                    .map(u -> new Target(u, "/audit" + afterAudit.substring(u.key.length() + 1)));
        }
        if (segment.equals("public")) {
            Upstream owner = PUBLIC_OWNERS.get(firstSegment(rest.substring("/public".length())));
            if (owner != null) {
                return Optional.of(new Target(owner, rest));
            }
        }
        return Stream.of(values()).filter(u -> u.segments.contains(segment)).findFirst()
                .map(u -> new Target(u, rest));
    }

    private static String firstSegment(String path) {
        if (path.length() < 2) {
            return "";
        }
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    /** A resolved destination: the service and the path to call on it. */
    public record Target(Upstream upstream, String path) {
    }
}
