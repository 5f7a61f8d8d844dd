package cn.lianxi.kit.problem;

import java.util.Comparator;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import cn.lianxi.contracts.ProblemType;

/**
 * Applies a contract record's Bean Validation constraints (the one rule set of {@code event-contracts}) where no
 * JAX-RS {@code @Valid} does it for us: a Kafka record, a court event read from a JSON node, a stored event. A
 * violation is a 400 {@link ProblemException} naming the first field at fault (by path), so the HTTP answer and the
 * dead-letter reason say the same thing.
 */
@ApplicationScoped
public class ContractCheck {

    private final Validator validator;

    public ContractCheck(Validator validator) {
        this.validator = validator;
    }

    /** {@code record} itself when it is valid. */
    public <T> T valid(T record) {
        if (record == null) {
            throw ProblemException.badRequest(ProblemType.MISSING_FIELD, "body", "the record is empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (violations.isEmpty()) {
            return record;
        }
        ConstraintViolation<T> first = violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> fieldOf(v.getPropertyPath()))).orElseThrow();
        String field = fieldOf(first.getPropertyPath());
        throw ProblemException.badRequest(ProblemType.INVALID_FIELD, field, field + " " + first.getMessage());
    }

    /** {@code parties[0].idNumber}; an {@code isX()} rule method is named after the property it guards. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
