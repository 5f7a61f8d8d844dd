package cn.lianxi.cases.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One timeline entry as the API shows it; {@code detail} is the published event's detail (a JSON object), and
 * {@code sealedBy} the court whose seal (电子签章) that event carries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineView(Instant at, String kind, String summary, String actor, String eventId,
        @JsonRawValue String detail, String sealedBy) {
}
