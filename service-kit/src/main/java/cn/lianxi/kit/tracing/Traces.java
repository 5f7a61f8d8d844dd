package cn.lianxi.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C trace of the current request or consumed record. Stored with what a request creates so an operator can
 * follow one court filing from the gateway to every agency's inbox by a single trace id.
 */
public final class Traces {

    private Traces() {
    }

    /** The current trace id (32 hex characters), or null outside a trace. */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** The current span as a {@code traceparent} header value, or null outside a trace. */
    public static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
