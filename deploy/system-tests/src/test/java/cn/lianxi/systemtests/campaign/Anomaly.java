package cn.lianxi.systemtests.campaign;

import java.util.List;

/**
 * An anomaly the {@link Checker} found (异常): its kind, what is wrong in plain words, and the operations of the
 * history involved ({@link Operation#describe()}), so that whoever reads the report can find them in the file.
 */
public record Anomaly(Kind kind, String what, List<String> operations) {

    public enum Kind {
        LOST_ACKNOWLEDGED_WRITE, DUPLICATED_EFFECT, ORDER_VIOLATION, MONEY_NOT_CONSERVED, SANCTION_MISMATCH,
        AUDIT_CHAIN_BROKEN, UNEXPECTED_DEAD_LETTER
    }

    public Anomaly {
        operations = List.copyOf(operations);
    }

    @Override
    public String toString() {
        return kind + ": " + what + (operations.isEmpty() ? "" : " " + operations);
    }
}
