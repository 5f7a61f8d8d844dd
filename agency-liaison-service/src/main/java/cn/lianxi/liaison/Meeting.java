package cn.lianxi.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.MeetingKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A meeting of the joint meeting (全体会议 or 办公室会议): who attended, the agenda, the minutes (会议纪要). */
@Entity
@Table(name = "jm_meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The year of {@link #heldOn}; the key tasks its decisions create are tasks of this year. */
    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String title;

    /** The attending member units' ids, as a JSON array (text: a JSON column binds objects only). */
    @Column(nullable = false)
    public String attendees;

    /** The agenda items (议题), as a JSON array of text. */
    @Column(nullable = false)
    public String agenda;

    public String minutes;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
