package cn.lianxi.kit.tracing;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;

/**
 * A span for each run of a scheduled job. What a request or a consumed record writes carries its trace, because the
 * HTTP and Kafka instrumentation open a span around it; a scheduled job has none, so without this the events it
 * writes to the outbox would leave without {@code traceparent}. With it, one run of the deadline sweep is one trace,
 * and every record it publishes continues that trace at its consumers.
 * <p>
 * The span stays current for the whole reactive chain, not just until the first database call returns: Quarkus keeps
 * the OpenTelemetry context on the Vert.x duplicated context the scheduler runs the job on, and the scope is closed
 * only when the job's {@code Uni} terminates. (The scheduler's own {@code quarkus.scheduler.tracing.enabled} closes
 * its scope as soon as the method returns its {@code Uni}, so the rows a reactive job writes later would not see it.)
 * Called inside a trace (a test, an operator's request), the job's span is a child of it.
 */
@ApplicationScoped
public class JobSpans {

    private final Tracer tracer;

    public JobSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code work} inside a new span named {@code job}, ended when the work succeeds or fails. */
    public <T> Uni<T> traced(String job, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Span span = tracer.spanBuilder(job).setSpanKind(SpanKind.INTERNAL).startSpan();
            Scope scope = span.makeCurrent();
            Uni<T> started;
            try {
                started = work.get();
            } catch (RuntimeException e) {
                started = Uni.createFrom().failure(e);
            }
            return started.onFailure().invoke(e -> span.recordException(e).setStatus(StatusCode.ERROR))
                    .onTermination().invoke(() -> {
                        scope.close();
                        span.end();
                    });
        });
    }
}
