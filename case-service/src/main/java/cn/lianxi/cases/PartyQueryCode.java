package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A party's query code (查询码) for 执行公开: with it and the case number the party reads its own case's progress
 * without an officer account. Only a salted SHA-256 of the code is stored, never the code: the clerk hands it to the
 * party once, and whoever reads this table or its backups cannot read the codes off it. One row per party; issuing
 * again replaces it, so the old code stops working.
 */
@Entity
@Table(name = "party_query_code")
public class PartyQueryCode extends PanacheEntityBase {

    @Id
    @Column(name = "party_id")
    public UUID partyId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** 16 random bytes of this row, hashed before the code. */
    @Column(nullable = false)
    public byte[] salt;

    /** SHA-256 of salt and code. */
    @Column(name = "code_hash", nullable = false)
    public byte[] codeHash;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** The officer (or court system) whose filing or reissue produced the code. */
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;
}
