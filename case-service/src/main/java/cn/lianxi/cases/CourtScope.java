package cn.lianxi.cases;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;

/**
 * 可见范围: the courts whose cases a caller sees. Court staff (clerks, judges, a basic court's division head) see their
 * own court; the division head (执行局长) of an intermediate court sees its court and every court it leads (三统一,
 * built by {@code service.CourtScopes} from the court table); the office, auditors and admins every court
 * ({@link #EVERY}). The one place a court is checked against a caller: a case outside is absent (404), a list asked
 * for a court outside is a 403.
 */
public final class CourtScope {

    /** Every court: the office, auditors, admins, and the platform's own steps. */
    public static final CourtScope EVERY = new CourtScope(null);

    /** The courts, or null for every court. */
    private final Set<String> courts;

    private CourtScope(Set<String> courts) {
        this.courts = courts;
    }

    /** One court, or {@link #EVERY} when {@code court} is null. */
    public static CourtScope of(String court) {
        return court == null ? EVERY : new CourtScope(Set.of(court));
    }

    /** These courts (at least one). */
    public static CourtScope of(Collection<String> courts) {
        if (courts.isEmpty()) {
            throw new IllegalArgumentException("a scope of no court");
        }
        return new CourtScope(Set.copyOf(courts));
    }

    /** The caller's own court for court staff (clerks, judges), {@link #EVERY} for the others. */
    public static CourtScope ownCourt(Caller caller) {
        return of(caller.hasRole(Roles.COURT_CLERK) || caller.hasRole(Roles.JUDGE) ? caller.requireCourt() : null);
    }

    public boolean includes(String court) {
        return courts == null || courts.contains(court);
    }

    public boolean isEvery() {
        return courts == null;
    }

    /** The courts, sorted; null for every court. */
    public Set<String> courts() {
        return courts == null ? null : new TreeSet<>(courts);
    }

    /**
     * The scope of a list of {@code what} asked for {@code court} (null: not narrowed): that court if this scope
     * includes it (else 403 naming {@code what}), this scope when none was asked.
     */
    public CourtScope narrow(String court, String what) {
        if (court == null) {
            return this;
        }
        if (!includes(court)) {
            throw ProblemException.forbidden("court staff see only their own court's " + what
                    + " (an intermediate court's division head: of the courts it leads too)");
        }
        return of(court);
    }

    /**
     * The one court of a single-court scope, or null for {@link #EVERY}: for the steps and lists that stay with
     * the caller's own court (petitions, approvals, bankruptcy transfers), whose scope is {@link #ownCourt}.
     */
    public String court() {
        if (courts != null && courts.size() != 1) {
            throw new IllegalStateException("a scope of several courts: " + courts);
        }
        return courts == null ? null : courts.iterator().next();
    }

    @Override
    public String toString() {
        return courts == null ? "every court" : String.valueOf(courts());
    }
}
