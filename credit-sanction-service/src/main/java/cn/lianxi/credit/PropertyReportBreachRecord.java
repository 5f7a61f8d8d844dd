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

import cn.lianxi.contracts.PropertyReportBreach;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A breach of the property-reporting duty (违反财产报告制度) the case's judge found, from its PROPERTY_REPORT_BREACHED
 * event (法释〔2017〕8号 art. 9). Credit keeps it because a listing on ground (4) (法释〔2017〕7号 art. 1(4)) rests on
 * one: without it on record that ground is refused, whoever asks.
 */
@Entity
@Table(name = "property_report_breach")
@IdClass(PropertyReportBreachRecord.Key.class)
public class PropertyReportBreachRecord extends PanacheEntityBase {

    /** One breach per 报告财产令 of a case. */
    public record Key(UUID caseId, UUID orderId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "id_number", nullable = false)
    public String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PropertyReportBreach breach;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;
}
