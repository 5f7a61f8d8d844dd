package cn.lianxi.kit.outbox;

import java.util.Map;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.TracingMetadata;

/**
 * Makes a message published by the relay continue the trace of the request that wrote the outbox row, so a case's
 * trace id is the same from the court's HTTP call to the agency's consumer.
 */
final class TraceContinuation {

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContinuation() {
    }

    static <T> Message<T> continueTrace(Message<T> message, String traceparent) {
        if (traceparent == null) {
            return message;
        }
        Context parent = W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of("traceparent", traceparent), GETTER);
        return message.addMetadata(TracingMetadata.withPrevious(parent));
    }
}
