package cn.lianxi.credit.service;

import static cn.lianxi.credit.Api.officer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** What a transfer to bankruptcy review (执转破) lifts, at the transfer decision ({@link BankruptcySuspension}). */
@QuarkusTest
class BankruptcySuspensionTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 1 item 5: the transfer decision suspends enforcement for bankruptcy, which "
            + "deletes the listing without a fixed term and announces it; the restriction (法释〔2015〕17号 art. 9) stays; "
            + "the refusal brings nothing back")
    void spc2017Art10Item5_theTransferDecisionDeletesTheUntermedListing() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.company("苏州某某贸易有限公司", "李四"));
        feed.send(feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-02"));
        Api.awaitConsumed(feed.caseId, feed.send(feed.restriction(0, "2026-11-02",
                List.of(RestrictedBehaviour.FLIGHTS), List.of())));
        UUID transfer = UUID.randomUUID();
        PartyRef applicant = new PartyRef(PartyRole.APPLICANT, PartyType.COMPANY, "苏州某银行",
                IdentityNumbers.withCreditCheck("91320508MA1MXXQ51"), false, null);
        LocalDate decidedOn = LocalDate.of(2026, 12, 1);

        Api.awaitConsumed(feed.caseId, feed.send(new CaseEventDetail.BankruptcyTransferDecided(transfer,
                feed.respondents.get(0), "C320508", new CaseEventDetail.BankruptcyConsent(applicant, decidedOn, null),
                decidedOn, new Officer("judge-C320500", "周法官"), "资不抵债")));

        officer().get("/listings?caseId=" + feed.caseId + "&status=LIFTED").then()
                .body("size()", equalTo(1)).body("[0].ground", equalTo(1))
                .body("[0].liftReason", equalTo("SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY"));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));
        List<SanctionEvent> lifted = SanctionFeed.history(feed.caseId).stream()
                .filter(e -> e.change() == SanctionChange.LIFTED).toList();
        assertEquals(1, lifted.size(), lifted.toString());
        assertEquals(SanctionKind.DISHONEST_LISTING, lifted.get(0).sanction());
        assertEquals("SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY", lifted.get(0).reason());

        Api.awaitConsumed(feed.caseId, feed.send(new CaseEventDetail.BankruptcyPetitionRefused(
                new CaseEventDetail.BankruptcyRuling(transfer, "C320508", decidedOn, null,
                        new Officer("judge-C320508", "破产庭法官"), "不具备破产原因"))));
        officer().get("/listings?caseId=" + feed.caseId + "&status=LIFTED").then().body("size()", equalTo(1));
    }
}
