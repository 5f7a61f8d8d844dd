package cn.lianxi.liaison;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.lianxi.evidence.SealAlgorithm;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** The seeded Suzhou agencies, fresh test agencies, and look-ups as each agency sees them. */
public final class Agencies {

    public static final String ICBC = "BANK-ICBC";
    public static final String BOC = "BANK-BOC";
    public static final String POLICE = "POLICE-320500";
    public static final String PROC = "PROC-320500";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Agencies() {
    }

    public static String token(String agencyId) {
        return Tokens.agency(role(agencyId), agencyId);
    }

    /** A token of one named worker (system instance) of an agency, so two workers of one bank differ. */
    public static String worker(String agencyId, String worker) {
        return Jwt.preferredUserName(worker).subject(worker).groups(Set.of(role(agencyId))).issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE).claim("agency_id", agencyId).sign();
    }

    /** Registers a fresh bank through the admin API; returns its id. */
    public static String newBank(String channel) {
        return register(channel, null).id();
    }

    /** A registered bank and its seal key (key id = the bank's id), the private half held by the test alone. */
    public record SealedBank(String id, SealKey key) {
    }

    /** Registers a fresh bank with its public seal key ({@code sealKey}); its answers must then be sealed. */
    public static SealedBank newSealedBank(String channel) {
        return register(channel, SealAlgorithm.ES256);
    }

    private static SealedBank register(String channel, SealAlgorithm sealed) {
        int n = SEQ.incrementAndGet();
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
        String id = "BANK-T" + suffix;
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "kind", "BANK", "name", "测试银行" + suffix,
                "bankCode", "9" + suffix, "contact", "ops@example.cn", "channel", channel));
        SealKey key = sealed == null ? null : SealKeys.generate(id, sealed);
        if (key != null) {
            body.put("sealKey", key.publicPem());
        }
        given().auth().oauth2(Tokens.withRole("admin")).contentType(ContentType.JSON).body(body)
                .when().post("/agencies").then().statusCode(201);
        return new SealedBank(id, key);
    }

    /** The agency's referrals of one case, as its inbox lists them. */
    public static List<Map<String, Object>> inbox(String agencyId, UUID caseId) {
        return given().auth().oauth2(token(agencyId)).queryParam("caseId", caseId).queryParam("size", 500)
                .when().get("/inbox")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String role(String agencyId) {
        return agencyId.startsWith("BANK") ? "bank" : agencyId.startsWith("POLICE") ? "police"
                : agencyId.startsWith("PROC") ? "procuratorate" : "agency";
    }
}
