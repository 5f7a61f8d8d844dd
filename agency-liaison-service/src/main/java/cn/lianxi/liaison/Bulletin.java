package cn.lianxi.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A bulletin of the office (重点任务落实情况通报), numbered 联席办〔YYYY〕N号. Its sections and commendations are a
 * snapshot taken when it was issued ({@link #content}); an issued bulletin never changes.
 */
@Entity
@Table(name = "jm_bulletin")
public class Bulletin extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    /** N of the number: the year's count from 1. */
    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(nullable = false)
    public String title;

    /** The sections and commendations as issued (JSON of {@code BulletinDtos.Content}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
