package cn.lianxi.cases.messaging;

/** A Kafka record this service will never apply; its message becomes the {@code dead-letter-reason}. */
public class RefusedRecord extends RuntimeException {

    public RefusedRecord(String reason) {
        super(reason, null, false, false);
    }
}
