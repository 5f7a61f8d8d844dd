package cn.lianxi.cases.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a conclusion needs to know beyond the case row, loaded before it is decided so the decision stays pure: the
 * freezes in force (released by some conclusion types) and, for 终本, the prerequisites and what the case shows.
 */
record ConclusionContext(String eventId, List<RegisteredFreeze> freezes, RoundEndPrerequisites.Required required,
        RoundEndPrerequisites.Facts facts, LocalDate today) {

    /** For a move that concludes nothing. */
    static ConclusionContext none(String eventId, LocalDate today) {
        return new ConclusionContext(eventId, List.of(), null, null, today);
    }
}
