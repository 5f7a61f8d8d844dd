package cn.lianxi.liaison.service;

import java.time.Clock;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;

/** What an answer must meet for its referral beyond the contract's field rules: the right type, and sense today. */
final class AnswerRules {

    private AnswerRules() {
    }

    /**
     * Refuses a result type that does not answer {@code kind}, and content wrong for it on today's date. "Today" is
     * the courts' calendar day in China, whatever the clock's zone: at 01:30 in Beijing a freeze ending "today" by
     * UTC has already lapsed.
     */
    static void check(ReferralKind kind, ReferralResult result, Clock clock) {
        if (!result.answers().contains(kind)) {
            throw ProblemException.badRequest(ProblemType.WRONG_RESULT_KIND, "type",
                    "this result type does not answer a " + kind + " referral");
        }
        result.check(kind, PlatformClock.today(clock)).ifPresent(error -> {
            throw ProblemException.badRequest(ProblemType.INVALID_RESULT, error.field(), error.detail());
        });
    }
}
