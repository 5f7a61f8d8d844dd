package cn.lianxi.cases.messaging;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * What the consumers of other services' topics share: a record is read into its contract type and checked against
 * the contract's constraints, then applied once per event id. Whatever the record's own fault (not JSON, an invalid
 * field, the same id with other content, a rule of the case) it fails at once as a {@link RefusedRecord}, so the
 * connector dead-letters it with the reason; only the database's transient failures are retried.
 */
@ApplicationScoped
public class TypedRecords {

    private final ObjectMapper mapper;
    private final ContractCheck contract;
    private final ProcessedEvents processed;

    public TypedRecords(ObjectMapper mapper, ContractCheck contract, ProcessedEvents processed) {
        this.mapper = mapper;
        this.contract = contract;
        this.processed = processed;
    }

    /** The record as its contract type, valid. */
    public <T> T read(String payload, Class<T> type) {
        T record;
        try {
            record = mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new RefusedRecord("malformed-record: the record is not a valid " + type.getSimpleName());
        }
        try {
            return contract.valid(record);
        } catch (ProblemException invalid) {
            throw RefusedRecord.of(invalid);
        }
    }

    /** Runs {@code effect} unless {@code consumer} has seen {@code eventId}; other content under that id is refused. */
    public Uni<Void> once(String consumer, String eventId, Object record, Supplier<Uni<?>> effect) {
        return processed.once(consumer, eventId, record, effect)
                .onFailure(ProblemException.class).transform(refused -> RefusedRecord.of((ProblemException) refused));
    }
}
