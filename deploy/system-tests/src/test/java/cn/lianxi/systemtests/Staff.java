package cn.lianxi.systemtests;

/**
 * The dev realm's people and agency systems (deploy/keycloak/enforcement-realm.json), each at its {@link Desk}: who
 * the scenario tests act as. Court C320500 (苏州中院) has a clerk and two judges, so that one judge's request can be
 * approved by another; C320508 (姑苏区法院) is the other court. Two credit officers, for the same reason.
 */
final class Staff {

    final Desk clerk;
    final Desk judge;
    /** The second judge of C320500, who approves what the first requests (制度铁笼). */
    final Desk secondJudge;
    /** The head of enforcement of C320500 (执行局长), who sees the court's breached clocks (数据铁笼). */
    final Desk head;
    /** A judge of the other court, C320508. */
    final Desk otherCourt;
    final Desk officer;
    /** The second credit officer, who approves what {@link #officer} asks for (制度铁笼). */
    final Desk secondOfficer;
    final Desk office;
    final Desk auditor;
    final Desk icbc;
    final Desk boc;
    /** The judicial auction platform's system (网络司法拍卖平台, AUCTION-JD), pulling its hand-offs. */
    final Desk auction;

    Staff(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        secondJudge = Desk.as(keycloak, "judge-zy2");
        head = Desk.as(keycloak, "head-zy");
        otherCourt = Desk.as(keycloak, "judge-gs");
        officer = Desk.as(keycloak, "credit-officer");
        secondOfficer = Desk.as(keycloak, "credit-officer2");
        office = Desk.as(keycloak, "jm-office");
        auditor = Desk.as(keycloak, "auditor");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
        boc = Desk.asAgency(keycloak, "bank-boc");
        auction = Desk.asAgency(keycloak, "auction-jd");
    }
}
