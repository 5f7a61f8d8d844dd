package cn.lianxi.bench;

import java.net.URI;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Reads: the same case read through the gateway and directly; respondent look-ups and inbox paging at scale. */
final class Reads {

    private final Env env;
    private final Api api;
    private final StringBuilder walkNotes = new StringBuilder();

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

    /**
     * Respondent look-ups (court clerk) and the ICBC inbox through the gateway: shallow pages by number (0-19, as
     * before keyset paging existed), then walks that follow {@code Link: rel="next"}, each with and without
     * {@code status=QUEUED}.
     */
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
        String inbox = env.gateway() + "/api/inbox?size=50";
        String queued = env.gateway() + "/api/inbox?status=QUEUED&size=50";
        Lat shallow = OpenLoad.run("ICBC inbox page of 50, page=0-19 (" + loaded.referralCount + " referrals)", rate,
                seconds, (i, t) -> api.get(inbox + "&page=" + ThreadLocalRandom.current().nextInt(20), bank));
        Lat walk = walk("ICBC inbox page of 50, by cursor", inbox, bank, rate, seconds);
        Lat shallowQueued = OpenLoad.run("ICBC inbox, status=QUEUED, page=0-19", rate, seconds,
                (i, t) -> api.get(queued + "&page=" + ThreadLocalRandom.current().nextInt(20), bank));
        Lat walkQueued = walk("ICBC inbox, status=QUEUED, by cursor", queued, bank, rate, seconds);
        return List.of(byRespondent, shallow, walk, shallowQueued, walkQueued);
    }

    /** How deep the cursor walks went, for the report. */
    String walkNotes() {
        return walkNotes.toString();
    }

    /**
     * Pages followed by their {@code Link rel="next"}: an operation continues a walk that a finished one left
     * behind, or starts a new one at one of the first 20 pages, so the walks go ever deeper into the queue. A page
     * without the link ends its walk.
     */
    private Lat walk(String name, String first, String token, double rate, double seconds) {
        Queue<Next> pending = new ConcurrentLinkedQueue<>();
        AtomicInteger deepest = new AtomicInteger();
        AtomicLong byCursor = new AtomicLong();
        Lat lat = OpenLoad.run(name, rate, seconds, (i, t) -> {
            Next from = pending.poll();
            int start = ThreadLocalRandom.current().nextInt(20);
            Next here = from != null ? from : new Next(first + "&page=" + start, start);
            if (from != null) {
                byCursor.incrementAndGet();
            }
            return api.get(here.url(), token).thenAccept(r -> {
                deepest.accumulateAndGet(here.page(), Math::max);
                r.headers().firstValue("Link").map(Reads::nextTarget).ifPresent(link ->
                        pending.add(new Next(URI.create(here.url()).resolve(link).toString(), here.page() + 1)));
            });
        });
        walkNotes.append(String.format("- %s: %d of %d pages by cursor; deepest page reached %d (%d referrals into the "
                + "queue)%n", name, byCursor.get(), lat.offered, deepest.get(), 50L * deepest.get()));
        return lat;
    }

    /** The target of {@code <…>; rel="next"}, relative to the page it came with. */
    private static String nextTarget(String link) {
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }

    private record Next(String url, int page) {
    }
}
