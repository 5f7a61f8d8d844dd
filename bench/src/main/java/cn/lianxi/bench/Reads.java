package cn.lianxi.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Reads: the same case read through the gateway and directly; respondent look-ups and inbox paging at scale. */
final class Reads {

    private final Env env;
    private final Api api;

    Reads(Env env, Api api) {
        this.env = env;
        this.api = api;
    }

    /** {direct, via gateway}: GET /cases/{id} with the same clerk token at the same fixed rate. */
    List<Lat> gatewayOverhead(double rate, double seconds) {
        String clerk = api.user("clerk-zy");
        String id = api.call(api.get(env.gateway() + "/api/cases?size=1", clerk)).get(0).path("id").asText();
        OpenLoad.run("warm-up", rate, 2, (i, t) -> api.get(env.url("case") + "/cases/" + id, clerk));
        OpenLoad.run("warm-up", rate, 2, (i, t) -> api.get(env.gateway() + "/api/cases/" + id, clerk));
        Lat direct = OpenLoad.run("GET /cases/{id} direct to case-service", rate, seconds,
                (i, t) -> api.get(env.url("case") + "/cases/" + id, clerk));
        Lat gateway = OpenLoad.run("GET /api/cases/{id} through the gateway", rate, seconds,
                (i, t) -> api.get(env.gateway() + "/api/cases/" + id, clerk));
        return List.of(direct, gateway);
    }

    /** Respondent look-ups (court clerk) and ICBC inbox pages (pages 0-19 of 50) through the gateway. */
    List<Lat> atScale(Loader loaded, double rate, double seconds) {
        String clerk = api.user("clerk-zy");
        String bank = api.agency("bank-icbc");
        Lat byRespondent = OpenLoad.run("cases by respondent id (" + loaded.caseCount + " cases)", rate, seconds,
                (i, t) -> api.get(env.gateway() + "/api/cases?respondentId="
                        + Loader.respondent(loaded.tag, ThreadLocalRandom.current().nextLong(loaded.caseCount)), clerk)
                        .thenAccept(r -> {
                            if (!r.body().contains("\"id\"")) {
                                throw new IllegalStateException("no case found");
                            }
                        }));
        Lat inbox = OpenLoad.run("ICBC inbox page of 50 (" + loaded.referralCount + " referrals)", rate, seconds,
                (i, t) -> api.get(env.gateway() + "/api/inbox?size=50&page=" + ThreadLocalRandom.current().nextInt(20),
                        bank));
        Lat queued = OpenLoad.run("ICBC inbox, status=QUEUED, page of 50", rate, seconds,
                (i, t) -> api.get(env.gateway() + "/api/inbox?status=QUEUED&size=50&page="
                        + ThreadLocalRandom.current().nextInt(20), bank));
        return List.of(byRespondent, inbox, queued);
    }
}
