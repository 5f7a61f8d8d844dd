package cn.lianxi.gateway.bulletin;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The 通报 (重点任务落实情况通报) as the gateway composes it: the bulletin liaison issued (snapshotted sections and
 * commendations; null for a draft, {@code GET /api/bulletins/preview}) and the figures of its period, each read from
 * the service that owns it with the caller's token. {@code agencyNames} (the registry's names, by agency id) is for
 * the printed forms only.
 */
public record Bulletin(LocalDate from, LocalDate to, JsonNode bulletin, Figures figures,
        @JsonIgnore Map<String, String> agencyNames) {

    /** A draft: figures without an issued bulletin. */
    public boolean draft() {
        return bulletin == null;
    }

    /**
     * The figures of the period, each the service's document as served: {@code cases} (case-service
     * {@code /cases/figures}), {@code courtRequests} ({@code /court-requests/figures}), {@code liaison}
     * ({@code /liaison-stats/figures}), {@code credit} ({@code /credit-stats/figures}), {@code assessment}
     * ({@code /cases/assessment} for the period's months), {@code mechanisms} ({@code /cases/stats}: the data cage's
     * breached clocks and the mechanisms' items per state, as they stand when read). A part whose service could not answer is null and named in
     * {@code unavailable} with the reason; the rest still shows.
     */
    public record Figures(JsonNode cases, JsonNode courtRequests, JsonNode liaison, JsonNode credit,
            JsonNode assessment, JsonNode mechanisms, Map<String, String> unavailable) {
    }
}
