package cn.lianxi.liaison.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.CommendationKind;
import cn.lianxi.contracts.MemberUnitKind;
import cn.lianxi.contracts.ReportEscalation;

/** Requests and views of the office's bulletins (重点任务落实情况通报). */
public final class BulletinDtos {

    private BulletinDtos() {
    }

    /** The period the bulletin covers (inclusive days); the title defaults to one naming the period. */
    public record BulletinRequest(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 300) String title) {
    }

    /** A key task as the bulletin reports it: reports and missed cycles in the period, the latest summary. */
    public record SectionTask(UUID taskId, String title, int progress, String state, LocalDate dueOn,
            long reportsInPeriod, long missedCycles, ReportEscalation escalation, String lastSummary) {
    }

    /** One member unit's part (成员单位落实情况). */
    public record Section(String unitId, String unitName, MemberUnitKind unitKind, List<SectionTask> tasks) {
    }

    public record CommendationLine(CommendationKind kind, String unitId, String unitName, String person,
            String reason) {
    }

    /** What is snapshotted at issue, stored as JSON. */
    public record Content(List<Section> sections, List<CommendationLine> commendations) {
    }

    /** {@code issuer}: the office's member unit and the caller who issued it (also in {@code issuedBy}). */
    public record BulletinView(UUID id, String number, String issuer, String issuedBy, LocalDate issuedOn,
            LocalDate from, LocalDate to, String title, List<Section> sections,
            List<CommendationLine> commendations, Instant createdAt) {
    }
}
