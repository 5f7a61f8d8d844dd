package cn.lianxi.cases.rest;

import cn.lianxi.cases.CaseClock;
import cn.lianxi.cases.ClockKind;
import java.time.Instant;
import java.util.UUID;

/**
 * One clock of a case (数据铁笼): what it times, who started it, when it was due, stopped and breached.
 *
 * @param subject    the order it times (its {@code requestId}), or empty for a clock of the whole case
 * @param dueAt      for a clock case-service times; null when an agency's deadline in liaison times it
 * @param breachedBy the late agency, for a breach an agency caused
 */
public record ClockView(UUID caseId, String courtCode, ClockKind kind, String subject, String officer,
        Instant startedAt, Instant dueAt, Instant stoppedAt, Instant breachedAt, String breachedBy) {

    static ClockView of(CaseClock k) {
        return new ClockView(k.caseId, k.courtCode, k.kind, k.subject, k.officer, k.startedAt, k.dueAt, k.stoppedAt,
                k.breachedAt, k.breachedBy);
    }
}
