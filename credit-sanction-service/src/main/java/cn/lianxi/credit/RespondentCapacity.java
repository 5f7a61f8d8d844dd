package cn.lianxi.credit;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.lianxi.contracts.PerformanceCapacity;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The judge's latest finding on a respondent's capacity to perform (履行能力认定), from the case's CAPACITY_FOUND
 * event: will not pay (失信, UNWILLING) or cannot (失能, UNABLE). Credit keeps it because it refuses a ground (1)
 * listing of an UNABLE respondent (法释〔2017〕7号 art. 1(1), art. 3), whoever asks for it.
 */
@Entity
@Table(name = "respondent_capacity")
@IdClass(RespondentCapacity.Key.class)
public class RespondentCapacity extends PanacheEntityBase {

    /** The composite key: one finding per respondent of a case. */
    public record Key(UUID caseId, String idNumber) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "id_number")
    public String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PerformanceCapacity capacity;

    @Column(nullable = false)
    public String reason;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;
}
