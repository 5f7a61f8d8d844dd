package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.contracts.PartyRole;
import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * A petition about an enforcement case (涉执信访): a party's complaint about how its case is enforced, registered with
 * the case and so routed to the case's court, which must answer it within the term of 《信访工作条例》(2022) art. 32
 * (60 days from acceptance, extendable once by at most 30 with the reason told). The party's word on the answer is
 * recorded, because a petition is resolved in substance (实质化解) only when the party accepts the answer; another
 * petition on the same case while an earlier one is unresolved is linked to it as its repeat (重复信访), so a court's
 * figures show matters petitioned again and again rather than counting each letter as new.
 *
 * <p>The petitioner's role and name are kept as they were when the petition was registered: the petition is the
 * record of who complained, whatever later corrections do to the party.
 */
@Entity
@Table(name = "petition")
public class Petition extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The case's party (case_party) who petitions. */
    @Column(name = "petitioner_party_id", nullable = false)
    public UUID petitionerPartyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "petitioner_role", nullable = false)
    public PartyRole petitionerRole;

    @Column(name = "petitioner_name", nullable = false)
    public String petitionerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PetitionChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintCategory category;

    /** What the party complains of, in its words as recorded. */
    @Column(nullable = false)
    public String complaint;

    /** When the court received (受理) it: the term runs from here. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When the answer is due: the term after receipt, plus the extension once granted. */
    @Column(nullable = false)
    public Instant deadline;

    @Column(name = "extended_at")
    public Instant extendedAt;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PetitionStatus status;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Enumerated(EnumType.STRING)
    public Acknowledgement acknowledgement;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** The staff member who recorded the party's word. */
    @Column(name = "acknowledgement_recorded_by")
    public String acknowledgementRecordedBy;

    /** The earlier, unresolved petition on the same case this one repeats; null for a first petition. */
    @Column(name = "repeat_of")
    public UUID repeatOf;

    /** How many times the matter was petitioned before this one (0 for a first petition). */
    @Column(name = "repeat_number", nullable = false)
    public int repeatNumber;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /**
     * Not answered by its deadline: still unanswered after it, or answered after it (a late answer stays late). The
     * queue's {@code overdue} filter and the figures compute the same in SQL ({@code PetitionRepository}).
     */
    public boolean overdue(Instant now) {
        return answeredAt != null ? answeredAt.isAfter(deadline) : now.isAfter(deadline);
    }

    /** Resolved in substance: answered and accepted by the party; a later petition on the case is a new matter. */
    public boolean settled() {
        return acknowledgement != null && acknowledgement.settles();
    }
}
