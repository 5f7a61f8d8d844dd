package cn.lianxi.cases.messaging;

import cn.lianxi.cases.service.IntakeResult;
import cn.lianxi.kit.problem.ProblemException;

/** A Kafka record this service will never apply; its message becomes the {@code dead-letter-reason}. */
public class RefusedRecord extends RuntimeException {

    public RefusedRecord(String reason) {
        super(reason, null, false, false);
    }

    /** The refusal as a reason line, {@code rule [field]: detail}, like the HTTP intake's rejection. */
    public static RefusedRecord of(ProblemException refused) {
        return new RefusedRecord(IntakeResult.rejected(null, refused).reason().toString());
    }
}
