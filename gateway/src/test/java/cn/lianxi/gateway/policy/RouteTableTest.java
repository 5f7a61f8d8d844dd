package cn.lianxi.gateway.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lianxi.gateway.proxy.Upstream;

/** The edge policy as a table: spot checks, and it stays in step with the routing contract and the README. */
class RouteTableTest {

    @Test
    void courtRoutesAreForCourtsAndOversightOnly() {
        assertTrue(allowed("GET", "/api/cases/x", "judge"));
        assertTrue(allowed("GET", "/api/cases/x", "jm-office"));
        assertFalse(allowed("GET", "/api/cases/x", "bank"));
        assertTrue(allowed("POST", "/api/cases", "court-clerk"));
        assertFalse(allowed("POST", "/api/cases", "auditor"), "auditors only read");
    }

    @Test
    void inboxesAreForAgenciesAndAdminRoutesForAdmins() {
        for (String role : List.of("bank", "police", "procuratorate", "agency")) {
            assertTrue(allowed("GET", "/api/inbox", role), role);
        }
        assertFalse(allowed("GET", "/api/inbox", "judge"));
        assertTrue(allowed("GET", "/api/admin/overview", "auditor"));
        assertFalse(allowed("POST", "/api/admin/anything", "jm-office"));
        assertTrue(RouteTable.ruleFor("GET", "/api/public/listings").orElseThrow().anonymous());
    }

    @Test
    void aPartysProgressQueryIsAnonymousAndRateLimitedLikeThePublicList() {
        RouteRule progress = RouteTable.ruleFor("POST", "/api/case-progress").orElseThrow();
        RouteRule publicList = RouteTable.ruleFor("GET", "/api/public/listings").orElseThrow();
        assertEquals("/api/case-progress/**", progress.pattern());
        assertEquals(publicList.anonymous(), progress.anonymous());
        assertEquals(publicList.rateLimited(), progress.rateLimited());
        assertTrue(progress.rateLimited());
        assertEquals(Upstream.CASE, Upstream.resolve("/api/case-progress").orElseThrow().upstream());
        assertEquals("/case-progress", Upstream.resolve("/api/case-progress").orElseThrow().path());
    }

    @Test
    void rewardNoticesAreCaseServicesPublicSurfaceAnonymousAndRateLimitedLikeThePublicList() {
        RouteRule notices = RouteTable.ruleFor("POST", "/api/public/reward-notices/x/leads").orElseThrow();
        assertTrue(notices.anonymous());
        assertTrue(notices.rateLimited());
        assertEquals(RouteTable.ruleFor("GET", "/api/public/listings").orElseThrow(), notices);
        Upstream.Target leads = Upstream.resolve("/api/public/reward-notices/x/leads").orElseThrow();
        assertEquals(Upstream.CASE, leads.upstream());
        assertEquals("/public/reward-notices/x/leads", leads.path());
        assertEquals(Upstream.CASE, Upstream.resolve("/api/public/reward-notices").orElseThrow().upstream());
        // the rest of the public surface stays credit's
        assertEquals(Upstream.CREDIT, Upstream.resolve("/api/public/listings").orElseThrow().upstream());
        assertEquals(Upstream.CREDIT, Upstream.resolve("/api/public").orElseThrow().upstream());
    }

    @Test
    void anAuditorListsMeasuresByOfficerOrDocumentButOrdersNone() {
        // GET /api/referrals?officer=… / ?document=… (issue 16): liaison scopes court staff to their court
        assertTrue(allowed("GET", "/api/referrals", "auditor"));
        assertTrue(allowed("GET", "/api/referrals", "court-clerk"));
        assertFalse(allowed("POST", "/api/referrals", "auditor"), "auditors only read");
        assertFalse(allowed("POST", "/api/bank-inquiries", "auditor"));
    }

    @Test
    void petitionsAreWorkedByCourtsAndReadByOversight() {
        assertTrue(allowed("GET", "/api/petitions", "court-clerk"));
        assertTrue(allowed("GET", "/api/petitions/x", "auditor"));
        assertTrue(allowed("POST", "/api/petitions/x/answer", "judge"));
        assertFalse(allowed("POST", "/api/petitions/x/answer", "jm-office"), "the office only reads");
        assertFalse(allowed("GET", "/api/petitions", "bank"));
        assertEquals(Upstream.CASE, Upstream.resolve("/api/petitions/x/answer").orElseThrow().upstream());
    }

    @Test
    void statsRoutesAreNotShadowedByTheBroaderCaseRule() {
        assertFalse(allowed("GET", "/api/cases/stats", "judge"));
        assertTrue(allowed("GET", "/api/cases/stats", "jm-office"));
    }

    @Test
    void bulletinsAreForTheOfficeAuditorsAndAdminsAndACourtClerkIsRefused() {
        for (String role : List.of("jm-office", "auditor", "admin")) {
            assertTrue(allowed("GET", "/api/bulletins/3/pdf", role), role);
        }
        assertFalse(allowed("GET", "/api/bulletins/3", "court-clerk"), "通报 are the office's, not a court's");
        assertFalse(allowed("GET", "/api/bulletins/preview", "judge"));
        assertFalse(allowed("POST", "/api/bulletins/3", "jm-office"), "the gateway only reads bulletins");
        // issued at the service, through the joint-meeting routes
        assertTrue(allowed("POST", "/api/joint-meeting/bulletins", "jm-office"));
        assertTrue(Upstream.resolve("/api/bulletins/3").isEmpty(), "the gateway composes them itself");
    }

    @Test
    void courtsAreReadByAllStaffAndRequestsBetweenCourtsWorkedByCourts() {
        for (String role : List.of("court-clerk", "judge", "bank", "police", "credit-officer", "jm-office", "auditor")) {
            assertTrue(allowed("GET", "/api/courts/C320500/subordinates", role), role);
        }
        assertFalse(allowed("POST", "/api/courts", "admin"), "courts are data of case-service, read only here");
        assertTrue(allowed("POST", "/api/court-requests/7/answer", "court-clerk"));
        assertTrue(allowed("GET", "/api/court-requests/inbox", "judge"));
        assertTrue(allowed("GET", "/api/court-requests/figures", "jm-office"));
        assertTrue(allowed("GET", "/api/court-requests/figures", "auditor"));
        assertFalse(allowed("POST", "/api/court-requests/7/answer", "jm-office"), "oversight only reads");
        assertFalse(allowed("GET", "/api/court-requests/inbox", "bank"));
        assertEquals(Upstream.CASE, Upstream.resolve("/api/courts").orElseThrow().upstream());
        assertEquals("/court-requests/figures",
                Upstream.resolve("/api/court-requests/figures").orElseThrow().path());
    }

    @Test
    void periodFiguresAndAssessmentAreReadByCourtsAndOversightAndTransfersAreACourtsAct() {
        for (String path : List.of("/api/cases/figures", "/api/cases/assessment")) {
            assertTrue(allowed("GET", path, "court-clerk"), path);
            assertTrue(allowed("GET", path, "jm-office"), path);
            assertTrue(allowed("GET", path, "auditor"), path);
            assertFalse(allowed("GET", path, "bank"), path);
        }
        assertTrue(allowed("POST", "/api/cases/7/court-transfer", "judge"), "a division head is a judge");
        assertTrue(allowed("POST", "/api/cases/7/court-requests", "court-clerk"));
        assertFalse(allowed("POST", "/api/cases/7/court-transfer", "jm-office"));
        assertTrue(allowed("GET", "/api/liaison-stats/figures", "auditor"));
        assertTrue(allowed("GET", "/api/credit-stats/figures", "jm-office"));
        assertFalse(allowed("GET", "/api/credit-stats/figures", "court-clerk"));
    }

    @Test
    void patternsMatchWholeSegmentsOnly() {
        assertEquals(Set.of(), RouteTable.ruleFor("GET", "/api/casesX").map(RouteRule::roles).orElse(Set.of()));
    }

    @Test
    void everyPathInTheRoutingContractIsCoveredAndResolved() {
        for (String segment : List.of("cases", "court-events", "petitions", "agencies", "referrals", "inbox", "bank-inquiries",
                "criminal-referrals", "joint-meeting", "liaison-stats", "listings", "restrictions", "sanctions",
                "credit-repairs", "good-faith", "credit-stats", "public", "case-progress", "lifting-approvals", "courts",
                "court-requests")) {
            String path = "/api/" + segment + "/x";
            assertTrue(RouteTable.ruleFor("GET", path).isPresent(), path);
            assertTrue(Upstream.resolve(path).isPresent(), path);
        }
        assertEquals("/audit/case-1", Upstream.resolve("/api/audit/case/case-1").orElseThrow().path());
        assertEquals(Upstream.CREDIT, Upstream.resolve("/api/audit/credit/verify").orElseThrow().upstream());
        assertTrue(Upstream.resolve("/api/audit/elsewhere/x").isEmpty());
    }

    @Test
    void theReadmeListsEveryRule() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (RouteRule rule : RouteTable.rules()) {
            assertTrue(readme.contains("`" + rule.pattern() + "`"), rule.pattern() + " missing from README.md");
        }
    }

    private static boolean allowed(String method, String path, String role) {
        return RouteTable.ruleFor(method, path).map(r -> r.allows(Set.of(role))).orElse(false);
    }
}
