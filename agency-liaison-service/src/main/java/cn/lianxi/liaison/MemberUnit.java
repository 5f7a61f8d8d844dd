package cn.lianxi.liaison;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.MemberUnitKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A member unit of the joint meeting (联席会议成员单位): the convening political-legal committee, the office (at the
 * intermediate court's enforcement bureau) and the members. A unit that is also an agency names it.
 */
@Entity
@Table(name = "jm_member_unit")
public class MemberUnit extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** CONVENER (牵头单位), OFFICE (联席会议办公室) or MEMBER. */
    @Column(nullable = false)
    public String role;

    /** What the unit is (法院, 检察院, 公安, 政法委, …), as the 通报 names it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberUnitKind kind = MemberUnitKind.OTHER;

    /** Its duties in the joint meeting (成员单位职责). */
    public String duties;

    @Column(name = "agency_id")
    public String agencyId;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;
}
