package cn.lianxi.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.lianxi.cases.RewardNotice;

/**
 * What a conclusion needs to know beyond the case row, loaded before it is decided so the decision stays pure: the
 * freezes in force (released by some conclusion types), the reward notices still published (withdrawn by every
 * conclusion) and, for 终本, the prerequisites and what the case shows.
 */
record ConclusionContext(String eventId, List<RegisteredFreeze> freezes, List<RewardNotice> notices,
        RoundEndPrerequisites.Required required, RoundEndPrerequisites.Facts facts, LocalDate today, Instant now) {

    /** For a move that concludes nothing. */
    static ConclusionContext none(String eventId, LocalDate today, Instant now) {
        return new ConclusionContext(eventId, List.of(), List.of(), null, null, today, now);
    }
}
