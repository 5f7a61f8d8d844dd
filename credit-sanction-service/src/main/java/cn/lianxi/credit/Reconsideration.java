package cn.lianxi.credit;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reconsideration (复议) of a rejected correction request by the court one level above the listing court
 * (上一级人民法院, 法释〔2017〕7号 art. 12): applied for within ten days of the rejection's service, decided within
 * fifteen days of receipt; the listing stays in force meanwhile (复议期间，不停止原决定的执行).
 */
@Entity
@Table(name = "reconsideration")
public class Reconsideration extends ExaminedApplication {

    /** Where it stands: open, the rejection upheld (维持), or the rejection revoked (撤销) and the request granted. */
    public enum Status {
        OPEN, UPHELD, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "correction_id", nullable = false)
    public UUID correctionId;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    /** The listing (executing) court. */
    @Column(name = "court_code", nullable = false)
    public String courtCode;

    /** The court that decides: the one above {@link #courtCode} in the configured hierarchy. */
    @Column(name = "superior_court_code", nullable = false)
    public String superiorCourtCode;
}
