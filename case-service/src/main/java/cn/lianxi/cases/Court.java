package cn.lianxi.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.CourtLevel;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A people's court (人民法院) of the platform: its code, name, level and superior court. Seeded by migration V13
 * (Jiangsu's high court, Suzhou's intermediate court and the basic courts it leads).
 */
@Entity
@Table(name = "court")
public class Court extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourtLevel level;

    /** The superior court's code (上级法院), null for the top of the table. */
    @Column(name = "parent_code")
    public String parentCode;

    /** Whether this court leads {@code other} (is its parent). */
    public boolean leads(Court other) {
        return other != null && code.equals(other.parentCode);
    }
}
