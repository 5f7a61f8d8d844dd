package cn.lianxi.liaison.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEventDetail.FreezeOrdered;
import cn.lianxi.contracts.CaseEventDetail.FreezeRenewalOrdered;
import cn.lianxi.contracts.CaseEventDetail.UnfreezeOrdered;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.Measures;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.liaison.Sweeps;
import cn.lianxi.liaison.config.ReferralConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The freeze lifecycle over the real broker and database: orders arrive as case events, the bank answers on its
 * pull inbox, the sweep runs on a moved clock. Terms come from configuration ({@code lianxi.referral.*}).
 */
@QuarkusTest
class FreezeLifecycleTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    MutableClock clock;

    @Inject
    DeadlineService deadlines;

    @Inject
    ReferralConfig config;

    /** One answered freeze of a fresh case at a fresh bank. */
    record Frozen(String bank, UUID caseId, String account, String requestId, String freezeId) {
    }

    private Frozen frozen(String bank, String account, String court, LocalDate until) {
        UUID caseId = UUID.randomUUID();
        String requestId = "REQ-F-" + UUID.randomUUID();
        Measures.send(kafka, mapper, caseId, court,
                new FreezeOrdered(Measures.order(bank, account, "1000.00", requestId, null)));
        String id = Measures.referral(bank, caseId, "FREEZE").getString("id");
        Referrals.answer(bank, id, Measures.freezeAnswer(account, "1000.00", until)).statusCode(200);
        return new Frozen(bank, caseId, account, requestId, id);
    }

    private LocalDate today() {
        return PlatformClock.today(clock);
    }

    @Test
    @DisplayName("民诉法解释 art. 485: a deposit freeze not renewed lapses at its end, once, and holds nothing more")
    void anUnrenewedFreezeLapsesOnce() {
        Frozen f = frozen(Agencies.newBank("PULL"), Measures.account(), CaseEvents.SUZHOU, today().plusDays(2));
        JsonPath answered = Measures.view(f.bank(), f.freezeId());
        assertEquals("ACTIVE", answered.getString("freeze.state"));
        assertEquals(true, answered.getBoolean("freeze.expiring"), "ends within the warning window: the inbox says so");
        assertEquals(new BigDecimal("1000.00"), answered.get("freeze.held"));
        Sweeps.run(deadlines);

        clock.advance(Duration.ofDays(3));
        Sweeps.run(deadlines);
        Sweeps.run(deadlines);

        JsonPath lapsed = Measures.view(f.bank(), f.freezeId());
        assertEquals("LAPSED", lapsed.getString("freeze.state"));
        assertEquals(false, lapsed.getBoolean("freeze.expiring"));
        List<JsonPath> lapses = Measures.outcomesOf(kafka, f.caseId(), "FREEZE_LAPSED", 1);
        assertEquals(1, lapses.size(), "published once, however many sweeps ran");
        assertEquals(f.freezeId(), lapses.get(0).getString("referralId"));
        assertEquals(f.requestId(), lapses.get(0).getString("requestId"), "names the court's freeze order");
        assertEquals(new BigDecimal("1000.00"), lapses.get(0).get("amount"));
        assertEquals(List.of("FROZEN", "FREEZE_EXPIRING", "FREEZE_LAPSED"), Measures.outcomes(kafka, f.caseId(), 3));
    }

    @Test
    @DisplayName("民诉法解释 art. 485: a renewal (续冻) linked to its freeze extends it: FREEZE_RENEWED, no lapse")
    void aRenewalKeepsTheFreeze() {
        Frozen f = frozen(Agencies.newBank("PULL"), Measures.account(), CaseEvents.SUZHOU, today().plusDays(2));
        Measures.send(kafka, mapper, f.caseId(), CaseEvents.SUZHOU, new FreezeRenewalOrdered(
                Measures.order(f.bank(), f.account(), "1000.00", "REQ-R-" + UUID.randomUUID(), f.requestId())));
        JsonPath renewal = Measures.referral(f.bank(), f.caseId(), "FREEZE_RENEWAL");
        assertEquals(f.freezeId(), renewal.getString("linkedFreezeId"), "linked to the freeze it extends");

        LocalDate newEnd = today().plusDays(200);
        Referrals.answer(f.bank(), renewal.getString("id"), Measures.freezeAnswer(f.account(), "1000.00", newEnd))
                .statusCode(200);
        JsonPath renewed = Measures.outcomesOf(kafka, f.caseId(), "FREEZE_RENEWED", 1).get(0);
        assertEquals(newEnd.toString(), renewed.getString("result.frozenUntil"));
        assertEquals(renewal.getString("id"), renewed.getString("referralId"));

        clock.advance(Duration.ofDays(3));
        Sweeps.run(deadlines);

        JsonPath freeze = Measures.view(f.bank(), f.freezeId());
        assertEquals("ACTIVE", freeze.getString("freeze.state"));
        assertEquals(newEnd.toString(), freeze.getString("freeze.until"));
        Measures.noOutcome(kafka, f.caseId(), "FREEZE_LAPSED");
    }

    @Test
    @DisplayName("An unfreeze (解冻) linked to its freeze releases it: the freeze no longer holds, nor lapses")
    void anUnfreezeReleasesItsFreeze() {
        Frozen f = frozen(Agencies.newBank("PULL"), Measures.account(), CaseEvents.SUZHOU, today().plusDays(2));
        Measures.send(kafka, mapper, f.caseId(), CaseEvents.SUZHOU, new UnfreezeOrdered(
                Measures.order(f.bank(), f.account(), null, "REQ-U-" + UUID.randomUUID(), f.requestId())));
        JsonPath unfreeze = Measures.referral(f.bank(), f.caseId(), "UNFREEZE");
        assertEquals(f.freezeId(), unfreeze.getString("linkedFreezeId"));

        Referrals.answer(f.bank(), unfreeze.getString("id"), Measures.unfreezeAnswer(f.account(), "1000.00"))
                .statusCode(200);

        JsonPath released = Measures.view(f.bank(), f.freezeId());
        assertEquals("RELEASED", released.getString("freeze.state"));
        assertEquals(new BigDecimal("0.00"), released.get("freeze.held"));
        clock.advance(Duration.ofDays(3));
        Sweeps.run(deadlines);
        assertEquals("RELEASED", Measures.view(f.bank(), f.freezeId()).getString("freeze.state"));
        Measures.noOutcome(kafka, f.caseId(), "FREEZE_LAPSED");
    }

    @Test
    @DisplayName("法释〔2004〕15号 art. 26: another case's freeze of a frozen account queues (轮候冻结) and takes effect"
            + " when the first is released")
    void aSecondCasesFreezeQueuesAndTakesEffectWhenTheFirstIsReleased() {
        String bank = Agencies.newBank("PULL");
        String account = Measures.account();
        Frozen first = frozen(bank, account, CaseEvents.SUZHOU, today().plusDays(100));
        Frozen second = frozen(bank, account, CaseEvents.GUSU, today().plusDays(100));

        JsonPath queued = Measures.outcomesOf(kafka, second.caseId(), "FREEZE_QUEUED", 1).get(0);
        assertEquals(new BigDecimal("1000.00"), queued.get("amount"));
        assertEquals("QUEUED", Measures.view(bank, second.freezeId()).getString("freeze.state"));
        assertEquals("ACTIVE", Measures.view(bank, first.freezeId()).getString("freeze.state"));
        Measures.noOutcome(kafka, second.caseId(), "FROZEN");

        Measures.send(kafka, mapper, first.caseId(), CaseEvents.SUZHOU, new UnfreezeOrdered(
                Measures.order(bank, account, null, "REQ-U-" + UUID.randomUUID(), null)));
        String unfreeze = Measures.referral(bank, first.caseId(), "UNFREEZE").getString("id");
        Referrals.answer(bank, unfreeze, Measures.unfreezeAnswer(account, "1000.00")).statusCode(200);

        JsonPath effective = Measures.outcomesOf(kafka, second.caseId(), "FREEZE_EFFECTIVE", 1).get(0);
        assertEquals(second.freezeId(), effective.getString("referralId"));
        assertTrue(effective.getString("reason").contains(first.freezeId()), effective.getString("reason"));
        JsonPath now = Measures.view(bank, second.freezeId());
        assertEquals("ACTIVE", now.getString("freeze.state"));
        assertEquals("FREEZE_EFFECTIVE", now.getString("outcome"));
        assertEquals(today().plus(Period.ofYears(1)).toString(), now.getString("freeze.until"),
                "its term (one year by default, 民诉法解释 art. 485) runs from the day it takes effect");
        assertEquals(today().plusYears(1).plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant(),
                Instant.parse(now.getString("freeze.endsAt")), "it holds to the end of that day in China");
        assertEquals("RELEASED", Measures.view(bank, first.freezeId()).getString("freeze.state"));
        assertNull(Measures.view(bank, first.freezeId()).get("linkedFreezeId"));
    }
}
