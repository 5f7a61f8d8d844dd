package cn.lianxi.liaison;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A decision of a meeting (会议决定事项); its key tasks name it ({@link KeyTask#decisionId}). */
@Entity
@Table(name = "jm_decision")
public class MeetingDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    /** Its place in the meeting's list, from 1. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;
}
