package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.contracts.AgencyStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A member agency (成员单位) as this service last heard of it on {@code liaison.agencies.v1}: the local copy of the
 * directory that agency-liaison-service owns, so a measure addressed to an unknown or suspended agency is refused
 * when the court orders it, not found unroutable later.
 */
@Entity
@Table(name = "agency_directory")
public class AgencyEntry extends PanacheEntityBase {

    @Id
    @Column(name = "agency_id")
    public String agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyKind kind;

    @Column(nullable = false)
    public String name;

    /** For a bank: the code courts address it by. */
    @Column(name = "bank_code")
    public String bankCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyStatus status;

    /** When the entry changed at the liaison service; an older record never overwrites a newer one. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    public boolean active() {
        return status == AgencyStatus.ACTIVE;
    }
}
