package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 打击拒执犯罪 (fighting the crime of refusing to carry out a judgment, Criminal Law art. 313):
 * <ol>
 * <li>the judge reports a refusal lead (拒执线索) on a case whose debtor hid his car and his income;</li>
 * <li>the Suzhou police bureau, whose jurisdiction holds the court, receives the criminal referral;</li>
 * <li>the police let the filing deadline pass (configuration: 8 s in the system tests): the referral is escalated and
 * shows on the joint-meeting office's overdue list, the procuratorate is asked to supervise the filing (立案监督) and
 * the applicant is told a private prosecution (自诉) is open;</li>
 * <li>the procurator supervises; the police officer opens the case, then transfers it for prosecution;</li>
 * <li>the procurator decides to prosecute;</li>
 * <li>every step is on the case timeline in order, which the judge and the auditor read, and which a bank may not.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class RefusalToComplyIT {

    /** The workflow's steps as the case timeline must show them, in this order. */
    static final List<String> STEPS = List.of("REFERRED_TO_POLICE", "ESCALATED", "SUPERVISION_REQUESTED",
            "PRIVATE_PROSECUTION_ADVISED", "FILING_SUPERVISED", "CASE_OPENED", "TRANSFERRED_FOR_PROSECUTION",
            "PROSECUTED");

    static Desk clerk;
    static Desk judge;
    static Desk police;
    static Desk procurator;
    static Desk office;
    static Desk auditor;
    static Desk bank;

    final String debtor = TestData.personId();

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        police = Desk.as(keycloak, "police-officer");
        procurator = Desk.as(keycloak, "procurator");
        office = Desk.as(keycloak, "jm-office");
        auditor = Desk.as(keycloak, "auditor");
        bank = Desk.asAgency(keycloak, "bank-icbc");
    }

    @Test
    void aRefusalLeadGoesFromThePoliceThroughSupervisionToProsecution() {
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), "380000.00",
                TestData.personRespondent("孙七", debtor))).get("id").toString();

        theJudgeReportsTheLead(caseId);
        String referral = thePoliceReceiveTheCriminalReferral(caseId);
        thePoliceLetTheDeadlinePass(caseId, referral);
        theProcuratorSupervisesTheFiling(caseId);
        thePoliceOpenTheCaseAndTransferIt(referral);
        theProcuratorDecidesToProsecute(caseId, referral);
        everyStepIsOnTheTimelineForTheJudgeAndTheAuditorButNotForABank(caseId, referral);
    }

    private void theJudgeReportsTheLead(String caseId) {
        judge.ok("/api/cases/" + caseId + "/refusal-reports", Map.of("respondentIdNumber", debtor,
                "evidenceSummary", "被执行人在执行期间将名下车辆过户给亲属并隐瞒工资收入，拒不履行生效判决"));
    }

    @SuppressWarnings("unchecked")
    private String thePoliceReceiveTheCriminalReferral(String caseId) {
        Map<String, Object> lead = police.awaitInbox(caseId, "CRIMINAL_REFERRAL", 1).get(0);
        assertEquals("POLICE-320500", lead.get("agencyId"));
        assertTrue(lead.get("payload").toString().contains("车辆过户"), "the police read the evidence summary");
        Map<String, Object> referral = police.list("/api/criminal-referrals?caseId=" + caseId).get(0);
        assertEquals("REFERRED_TO_POLICE", referral.get("stage"));
        return referral.get("id").toString();
    }

    /** Nobody at the police decides: the deadline keeper escalates, the office sees it, the procuratorate is asked. */
    private void thePoliceLetTheDeadlinePass(String caseId, String referral) {
        await().atMost(Platform.CRIMINAL_REFERRAL_DUE.plusSeconds(20))
                .until(() -> stage(office, referral), "SUPERVISION_REQUESTED"::equals);
        List<Map<String, Object>> overdue = office.request().queryParam("agencyId", "POLICE-320500")
                .queryParam("size", 500).when().get("/api/referrals/overdue").then().statusCode(200).extract().path("$");
        assertTrue(overdue.stream().anyMatch(r -> caseId.equals(r.get("caseId"))
                && "CRIMINAL_REFERRAL".equals(r.get("kind")) && r.get("escalatedAt") != null),
                "the office's overdue list shows the police's late referral");
    }

    private void theProcuratorSupervisesTheFiling(String caseId) {
        Map<String, Object> supervision = procurator.awaitInbox(caseId, "FILING_SUPERVISION", 1).get(0);
        assertEquals("PROC-320500", supervision.get("agencyId"));
        procurator.answer(supervision.get("id"), Map.of("type", "PROCURATORATE_DECISION", "decision", "SUPERVISE",
                "reason", "公安机关逾期未作出立案决定，依法进行立案监督"));
    }

    private void thePoliceOpenTheCaseAndTransferIt(String referral) {
        await().atMost(Desk.ASYNC).until(() -> stage(police, referral), "FILING_SUPERVISED"::equals);
        police.post("/api/criminal-referrals/" + referral + "/steps", Map.of("action", "OPEN_CASE",
                "note", "苏公刑立字〔2026〕1号")).statusCode(200).body("stage", equalTo("CASE_OPENED"));
        police.post("/api/criminal-referrals/" + referral + "/steps", Map.of("action", "TRANSFER",
                "note", "侦查终结，移送审查起诉")).statusCode(200).body("stage", equalTo("TRANSFERRED_FOR_PROSECUTION"));
    }

    private void theProcuratorDecidesToProsecute(String caseId, String referral) {
        Map<String, Object> review = procurator.awaitInbox(caseId, "PROSECUTION_REVIEW", 1).get(0);
        procurator.answer(review.get("id"), Map.of("type", "PROCURATORATE_DECISION", "decision", "PROSECUTE",
                "reason", "犯罪事实清楚，证据确实充分，以拒不执行判决罪提起公诉"));
        assertEquals("PROSECUTED", stage(procurator, referral));
    }

    private void everyStepIsOnTheTimelineForTheJudgeAndTheAuditorButNotForABank(String caseId, String referral) {
        List<String> seen = await().atMost(Desk.ASYNC)
                .until(() -> workflowSteps(judge, caseId), steps -> steps.size() >= STEPS.size());
        assertEquals(STEPS, seen, "the judge reads every step, in order");
        assertEquals(STEPS, workflowSteps(auditor, caseId), "the auditor reads the same timeline");
        List<String> kinds = judge.timeline(caseId).stream().map(e -> e.get("kind").toString()).toList();
        assertTrue(kinds.indexOf("REFUSAL_REPORTED") < kinds.indexOf("OUTCOME_RECORDED"), "the lead comes first");

        bank.get("/api/cases/" + caseId + "/timeline").statusCode(in(List.of(403, 404)));
        bank.get("/api/cases/" + caseId).statusCode(in(List.of(403, 404)));
        bank.get("/api/criminal-referrals/" + referral).statusCode(in(List.of(403, 404)));
        bank.get("/api/criminal-referrals?caseId=" + caseId).statusCode(in(List.of(403, 404)));
    }

    /** The criminal-workflow outcomes on the case timeline (the bank measures of other cases never mix in). */
    private static List<String> workflowSteps(Desk reader, String caseId) {
        return reader.outcomesOn(caseId).stream().filter(STEPS::contains).toList();
    }

    private static String stage(Desk reader, String referral) {
        return reader.read("/api/criminal-referrals/" + referral).get("stage").toString();
    }
}
