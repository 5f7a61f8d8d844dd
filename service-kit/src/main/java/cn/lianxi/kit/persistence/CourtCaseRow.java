package cn.lianxi.kit.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The columns every service's changing rows about one court's enforcement case carry (the case itself, credit's
 * case record, a referral, a 拒执罪 lead, a sanction): the row's id, the court's code, the court's case number and the
 * optimistic-lock version. Each service keeps its own copy of court and case number (it never reads another
 * service's tables), so that a court's staff are confined to their court's rows by {@link #visibleTo} without a join
 * or a call to case-service, and so that a list or an audit entry names the case the way the court does. The version
 * is there because consumers, deadline sweeps and staff change the same rows concurrently: the later writer's
 * transaction fails instead of overwriting.
 *
 * <p>Mapped, not an entity: each subclass names its own table, whose migration declares {@code id uuid},
 * {@code court_code} and {@code case_number} NOT NULL and {@code version bigint}.
 */
@MappedSuperclass
public abstract class CourtCaseRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    /** The court's case number, e.g. {@code (2023)苏05执123号}; unique per court. */
    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Version
    public long version;

    /**
     * Whether a caller confined to {@code court} may see this row; {@code null} is a caller of no court (the office,
     * auditors, administrators), who sees every court's rows.
     */
    public boolean visibleTo(String court) {
        return court == null || court.equals(courtCode);
    }
}
