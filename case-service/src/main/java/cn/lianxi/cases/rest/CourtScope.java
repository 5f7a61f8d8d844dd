package cn.lianxi.cases.rest;

import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;

/** Court staff are bound to their court; the office, auditors and admins read every court (null). */
final class CourtScope {

    private CourtScope() {
    }

    static String of(Caller caller) {
        return caller.hasRole(Roles.COURT_CLERK) || caller.hasRole(Roles.JUDGE) ? caller.requireCourt() : null;
    }
}
