package cn.lianxi.credit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A listed party's written request for correction (纠正申请, 法释〔2017〕7号 art. 11); the court decides within 15 days
 * of receipt (art. 12).
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest extends ExaminedApplication {

    /** The kinds of request art. 11 allows. */
    public enum Kind {
        /** 不应将其纳入失信被执行人名单 */
        SHOULD_NOT_BE_LISTED,
        /** 记载和公布的失信信息不准确 */
        INACCURATE_INFORMATION,
        /** 失信情形已消除 */
        CIRCUMSTANCES_REMOVED
    }

    /** Where a request stands. */
    public enum Status {
        OPEN, UPHELD, REJECTED
    }

    /** What an upheld request (or a reconsideration that revoked its rejection) did to the listing. */
    public enum Effect {
        /** 更正: the entry was corrected; the listing stays (art. 9 para. 2, art. 12) */
        CORRECTED,
        /** 撤销 / 删除: the listing was wrong, or its circumstances ended, so it was deleted (art. 9 para. 1, art. 12) */
        DELETED
    }

    @Id
    public UUID id;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    @Column(nullable = false)
    public String kind;


    @Column
    public String effect;

    /** Three working days after the decision that upheld it (art. 12). */
    @Column(name = "effect_due_by")
    public LocalDate effectDueBy;

    /** For CORRECTED: the entry's fields that changed, e.g. {@code subjectName,documentNumber}. */
    @Column(name = "corrected_fields")
    public String correctedFields;

    public Kind kindValue() {
        return Kind.valueOf(kind);
    }
}
