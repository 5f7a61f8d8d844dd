package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.liaison.service.ReferralPage;
import cn.lianxi.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Keyset paging of the inbox ({@code after}, {@code Link: rel="next"}) and the capped total count. */
@QuarkusTest
class InboxPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Inject
    Pool pool;

    @Test
    void theCursorWalksEveryReferralOnceInDueOrderAndKeepsTheFilters() {
        String bank = Agencies.newBank("PULL");
        Set<String> freezes = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            freezes.add(Referrals.create(bank, "FREEZE", UUID.randomUUID(), Map.of("amount", "10.00")));
        }
        String inquiry = Referrals.create(bank, "BANK_INQUIRY", UUID.randomUUID(), Map.of());
        String token = Agencies.token(bank);

        List<String> all = walk(token, "/inbox?size=3");
        assertEquals(8, all.size(), "no gaps");
        assertEquals(8, new HashSet<>(all).size(), "no duplicates");
        assertTrue(all.contains(inquiry));
        assertEquals(dueOrder(bank), all, "ordered by (dueAt, id)");

        List<String> frozen = walk(token, "/inbox?kind=FREEZE&size=2&status=QUEUED");
        assertEquals(freezes, new HashSet<>(frozen));
        assertEquals(7, frozen.size());
    }

    @Test
    void anotherAgencysTokenFollowingTheCursorSeesNoneOfTheReferrals() {
        String bank = Agencies.newBank("PULL");
        for (int i = 0; i < 3; i++) {
            Referrals.create(bank, "FREEZE", UUID.randomUUID(), Map.of());
        }
        String next = nextLink(given().auth().oauth2(Agencies.token(bank)).when().get("/inbox?size=1")
                .then().statusCode(200).extract().response());

        String other = Agencies.newBank("PULL");
        given().auth().oauth2(Agencies.token(other)).when().get(resolve("/inbox?size=1", next))
                .then().statusCode(200).header("X-Total-Count", "0").header("Link", nullValue())
                .body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void aMalformedCursorIsABadRequestNamingAfter() {
        String bank = Agencies.newBank("PULL");
        Referrals.create(bank, "FREEZE", UUID.randomUUID(), Map.of());
        Referrals.create(bank, "FREEZE", UUID.randomUUID(), Map.of());
        String token = Agencies.token(bank);
        for (String bad : List.of("not-base64!", "bm90IGEgY3Vyc29y", "MjAyNS0wMS0wMVQwMDowMDowMFosbm90LWEtdXVpZA")) {
            given().auth().oauth2(token).queryParam("after", bad).when().get("/inbox")
                    .then().statusCode(400).contentType("application/problem+json")
                    .spec(Problems.of(ProblemType.INVALID_CURSOR, 400)).body("errors[0].field", equalTo("after"));
        }
        String cursor = nextLink(given().auth().oauth2(token).when().get("/inbox?size=1").then().statusCode(200)
                .extract().response()).replaceAll(".*after=", "");
        given().auth().oauth2(token).queryParam("after", cursor).queryParam("page", 2).when().get("/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void theTotalIsExactUpToTheCapAndCappedBeyondIt() {
        String bank = Agencies.newBank("PULL");
        // more than the cap, written directly: ten thousand referrals through the API would take minutes
        pool.preparedQuery("INSERT INTO referral (id, case_id, case_number, court_code, agency_id, kind, status, "
                + "payload, requested_by, created_at, due_at, expires_at) SELECT gen_random_uuid(), gen_random_uuid(), "
                + "'(2023)苏05执' || g || '号', 'C320500', $1, 'BANK_INQUIRY', CASE WHEN g <= 5 THEN 'ANSWERED' "
                + "ELSE 'QUEUED' END, '{}', 'test', now(), now() + interval '7 days', now() + interval '14 days' "
                + "FROM generate_series(1, $2) g")
                .executeAndAwait(Tuple.of(bank, ReferralPage.COUNT_CAP + 5));
        String token = Agencies.token(bank);
        try {
            given().auth().oauth2(token).when().get("/inbox?size=1").then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(ReferralPage.COUNT_CAP))
                    .header("X-Total-Count-Capped", "true");
            // exactly the cap is still exact
            given().auth().oauth2(token).when().get("/inbox?size=1&status=QUEUED").then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(ReferralPage.COUNT_CAP))
                    .header("X-Total-Count-Capped", nullValue());
            given().auth().oauth2(token).when().get("/inbox?size=10&status=ANSWERED").then().statusCode(200)
                    .header("X-Total-Count", "5").header("X-Total-Count-Capped", nullValue())
                    .header("Link", nullValue()).body("status", everyItem(equalTo("ANSWERED")));
        } finally {
            // ten thousand rows of one test agency would otherwise stay in the shared test database
            pool.preparedQuery("DELETE FROM referral WHERE agency_id = $1").executeAndAwait(Tuple.of(bank));
        }
    }

    /** Follows Link rel=next from {@code first} to the last page; checks every page keeps the filters. */
    private static List<String> walk(String token, String first) {
        List<String> ids = new ArrayList<>();
        String url = first;
        String query = first.substring(first.indexOf('?') + 1);
        for (int pages = 0; url != null; pages++) {
            assertTrue(pages < 20, "the walk ends");
            Response r = given().auth().oauth2(token).when().get(url).then().statusCode(200).extract().response();
            ids.addAll(r.jsonPath().getList("id"));
            String next = r.getHeader("Link") == null ? null : nextLink(r);
            if (next != null) {
                for (String param : query.split("&")) {
                    assertTrue(next.contains(param), next + " keeps " + param);
                }
                assertTrue(r.jsonPath().getList("id").size() > 0);
            }
            url = next == null ? null : resolve(url, next);
        }
        return ids;
    }

    private static String nextLink(Response r) {
        Matcher m = NEXT.matcher(r.getHeader("Link"));
        assertTrue(m.matches(), r.getHeader("Link"));
        return m.group(1);
    }

    /** The link is relative to the page's own URL (so it also works behind the gateway's /api prefix). */
    private static String resolve(String page, String link) {
        URI resolved = URI.create("http://service" + page).resolve(link);
        assertNull(resolved.getFragment());
        return resolved.getRawPath() + "?" + resolved.getRawQuery();
    }

    /** The bank's referral ids in (due_at, id) order, as the database sorts them. */
    private List<String> dueOrder(String bank) {
        List<String> ids = new ArrayList<>();
        pool.preparedQuery("SELECT id FROM referral WHERE agency_id = $1 ORDER BY due_at, id")
                .executeAndAwait(Tuple.of(bank)).forEach(row -> ids.add(row.getUUID("id").toString()));
        return ids;
    }
}
