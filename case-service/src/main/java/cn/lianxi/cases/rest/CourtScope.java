package cn.lianxi.cases.rest;

import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;

/** Court staff are bound to their court; the office, auditors and admins read every court (null). */
final class CourtScope {

    private CourtScope() {
    }

    static String of(Caller caller) {
        return caller.hasRole(Roles.COURT_CLERK) || caller.hasRole(Roles.JUDGE) ? caller.requireCourt() : null;
    }

    /**
     * The court a list of {@code what} shows for {@code court} asked: court staff their own (asking for another
     * court's is a 403), the others {@code court}, or every court's when null.
     */
    static String ofList(Caller caller, String court, String what) {
        return ofList(of(caller), court, what);
    }

    /** The same for a list whose caller's own court is {@code scope} (null: every court). */
    static String ofList(String scope, String court, String what) {
        if (scope != null && court != null && !court.equals(scope)) {
            throw ProblemException.forbidden("court staff see only their own court's " + what);
        }
        return scope != null ? scope : court;
    }
}
