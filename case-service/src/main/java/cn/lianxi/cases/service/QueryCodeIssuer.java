package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.PartyQueryCode;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.repository.QueryCodeRepository;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Issues the parties' query codes (查询码, 执行公开): one per party when the case is filed, whatever the channel (a
 * clerk's filing, a court system's batch or Kafka record), and again on a clerk's request, which replaces the old code.
 * Every issue is audited without the code.
 */
@ApplicationScoped
public class QueryCodeIssuer {

    private final CaseRepository cases;
    private final QueryCodeRepository codes;
    private final AuditLog audit;
    private final Clock clock;

    public QueryCodeIssuer(CaseRepository cases, QueryCodeRepository codes, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A code for every party of the case just filed; inside the filing's transaction, so both commit or neither. */
    public Uni<List<IssuedCode>> atFiling(EnforcementCase c, String actor) {
        Instant now = clock.instant();
        List<PartyQueryCode> rows = new ArrayList<>();
        List<IssuedCode> issued = new ArrayList<>();
        for (CaseParty party : c.parties) {
            PartyQueryCode row = new PartyQueryCode();
            row.partyId = party.id;
            issued.add(fill(row, c, party, now, actor));
            rows.add(row);
        }
        return codes.persist(rows)
                .chain(() -> audit.append(actor, "case.query-codes-issued", c.id.toString(),
                        "at filing; parties=" + rows.size()))
                .replaceWith(issued);
    }

    /**
     * A new code for a party of a case of {@code court} (court staff only see their court's cases: another court's
     * case is not found); the party's old code stops working at once.
     */
    public Uni<IssuedCode> reissue(UUID caseId, UUID partyId, String court, String actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> cases.findVisible(caseId, CourtScope.of(court)).chain(c -> {
            CaseParty party = c.parties.stream().filter(p -> p.id.equals(partyId)).findFirst().orElse(null);
            if (party == null) {
                return Uni.createFrom().failure(ProblemException.notFound("party"));
            }
            return codes.findById(partyId).chain(existing -> {
                PartyQueryCode row = existing != null ? existing : new PartyQueryCode();
                row.partyId = partyId;
                IssuedCode issued = fill(row, c, party, now, actor);
                return codes.persist(row)
                        .chain(() -> audit.append(actor, "case.query-code-issued", c.id.toString(),
                                "partyId=" + partyId + "; role=" + party.role + "; replaced=" + (existing != null)))
                        .replaceWith(issued);
            });
        }));
    }

    private static IssuedCode fill(PartyQueryCode row, EnforcementCase c, CaseParty party, Instant now, String actor) {
        QueryCodes.Minted minted = QueryCodes.mint();
        row.caseId = c.id;
        row.salt = minted.salt();
        row.codeHash = minted.hash();
        row.issuedAt = now;
        row.issuedBy = actor;
        return new IssuedCode(party.id, party.idNumber, minted.code());
    }
}
