package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.PartyQueryCode;
import cn.lianxi.cases.PartyQueryFailure;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.config.PartyProgressConfig;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.repository.QueryCodeRepository;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * 执行公开 to the parties: a party, with no officer account, reads its own case's progress with the case number and
 * its query code (查询码). An unknown case and a wrong code are the same 404, so the answer tells a guesser nothing
 * about which case numbers exist. Wrong codes are counted per case ({@link PartyQueryFailure}): at the limit the case
 * refuses every code for the rest of the window (429 with the seconds left), whoever asks and from wherever.
 */
@ApplicationScoped
public class PartyProgress {

    /** The case, the party whose code matched, and the case's timeline, oldest first. */
    public record Found(EnforcementCase enforcementCase, CaseParty party, List<TimelineEntry> timeline) {
    }

    /** The case refuses query codes for {@code secondsLeft}: too many wrong ones in its window. */
    public static final class Locked extends ProblemException {

        private final long secondsLeft;

        Locked(long secondsLeft) {
            super(ProblemType.RATE_LIMITED, "too many wrong query codes for this case; try again later", null);
            this.secondsLeft = secondsLeft;
        }

        public long secondsLeft() {
            return secondsLeft;
        }
    }

    private final CaseRepository cases;
    private final QueryCodeRepository codes;
    private final PartyProgressConfig config;
    private final AuditLog audit;
    private final Clock clock;

    public PartyProgress(CaseRepository cases, QueryCodeRepository codes, PartyProgressConfig config, AuditLog audit,
            Clock clock) {
        this.cases = cases;
        this.codes = codes;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The progress of case {@code caseNumber} of {@code courtCode} for the party whose code {@code queryCode} is.
     * A wrong code is counted in a transaction that commits, and only then answered 404.
     */
    public Uni<Found> query(String courtCode, String caseNumber, String queryCode) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> cases.findByNumber(courtCode, caseNumber).chain(c -> c == null
                ? Uni.createFrom().<Attempt>item(Attempt.NOT_FOUND)
                : codes.failuresForUpdate(c.id, now).chain(failures -> attempt(c, failures, queryCode, now))))
                .map(attempt -> {
                    if (attempt.locked() != null) {
                        throw attempt.locked();
                    }
                    if (attempt.found() == null) {
                        throw notFound();
                    }
                    return attempt.found();
                });
    }

    /** Not found, whether the case is unknown or the code wrong: one answer for both. */
    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "no case with this court, number and query code", null);
    }

    private Uni<Attempt> attempt(EnforcementCase c, PartyQueryFailure failures, String queryCode, Instant now) {
        Duration window = config.failureWindow();
        failures.refresh(now, window);
        if (failures.isLocked(config.maxFailures())) {
            return Uni.createFrom().item(new Attempt(null, new Locked(failures.secondsLeft(now, window))));
        }
        return codes.ofCase(c.id).chain(rows -> {
            CaseParty party = matching(c, rows, queryCode);
            if (party == null) {
                failures.failures++;
                Uni<Void> locking = failures.isLocked(config.maxFailures())
                        ? audit.append("anonymous", "case.progress-locked", c.id.toString(),
                                "failures=" + failures.failures + "; window=" + window)
                        : Uni.createFrom().voidItem();
                return locking.replaceWith(Attempt.NOT_FOUND);
            }
            return audit.append("party:" + party.id, "case.progress-read", c.id.toString(), "role=" + party.role)
                    .chain(() -> TimelineEntry.<TimelineEntry>find("caseId", Sort.by("at").and("seq"), c.id).list())
                    .map(timeline -> new Attempt(new Found(c, party, timeline), null));
        });
    }

    /** Every stored code is compared (in constant time each), so the time taken does not depend on which matched. */
    private static CaseParty matching(EnforcementCase c, List<PartyQueryCode> rows, String queryCode) {
        PartyQueryCode matched = null;
        for (PartyQueryCode row : rows) {
            if (QueryCodes.matches(queryCode, row.salt, row.codeHash) && matched == null) {
                matched = row;
            }
        }
        PartyQueryCode hit = matched;
        return hit == null ? null : c.parties.stream().filter(p -> p.id.equals(hit.partyId)).findFirst().orElse(null);
    }

    /** What one attempt came to: the progress, the case's lock, or neither (not found). */
    private record Attempt(Found found, Locked locked) {
        static final Attempt NOT_FOUND = new Attempt(null, null);
    }
}
