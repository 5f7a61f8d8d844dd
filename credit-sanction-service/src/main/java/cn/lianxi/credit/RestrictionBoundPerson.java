package cn.lianxi.credit;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.BoundPersonRole;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A person a company's restriction order also binds: its legal representative (法定代表人), a person in charge
 * (主要负责人), a person directly responsible (直接责任人员) or the actual controller (实际控制人)
 * (法释〔2015〕17号 art. 3, second paragraph).
 */
@Entity
@Table(name = "restriction_bound_person")
public class RestrictionBoundPerson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "restriction_id", nullable = false)
    public UUID restrictionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BoundPersonRole role;

    @Column(nullable = false)
    public String name;

    /** Resident ID, when the order gives it (a check by ID finds the person only then). */
    @Column(name = "id_number")
    public String idNumber;
}
