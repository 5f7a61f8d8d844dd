package cn.lianxi.cases.service;

import java.time.Instant;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.PerformanceCapacity;

/**
 * The judge's finding on a respondent's capacity to perform (履行能力认定): will not pay (失信, UNWILLING) or cannot
 * (失能, UNABLE). It is recorded on the respondent and published, because the dishonest-debtor list is for the first
 * only: ground (1) lists a respondent "有履行能力而拒不履行" (法释〔2017〕7号 art. 1(1), art. 3), so both this intake and
 * credit-sanction-service refuse it for an UNABLE one. A later finding replaces the earlier (assets found later).
 */
final class CapacityRules {

    private CapacityRules() {
    }

    static CaseChange find(EnforcementCase c, CourtCaseEvent.CapacityFound e, Instant at) {
        CaseTransitions.requireOpen(c, "record a finding on the respondent's capacity");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        respondent.capacity = e.finding();
        respondent.capacityReason = e.reason();
        respondent.capacityFoundAt = at;
        String words = e.finding() == PerformanceCapacity.UNABLE ? "失能 unable to perform" : "失信 unwilling to perform";
        return CaseChange.of(c).step("履行能力认定 respondent found " + words,
                new CaseEventDetail.CapacityFound(CaseMapper.toRef(respondent), e.finding(), e.reason()));
    }
}
