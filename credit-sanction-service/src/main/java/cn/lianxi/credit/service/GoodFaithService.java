package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.GoodFaithRecord;
import cn.lianxi.credit.RestrictionOrder;
import io.smallrye.mutiny.Uni;

/**
 * Good-faith incentives (守信激励): a case concluded by full performance with no freeze, deduction, listing or
 * restriction ever ordered earns each respondent a good-faith record partner agencies can query.
 */
@ApplicationScoped
public class GoodFaithService {

    private final CaseRecords cases;

    public GoodFaithService(CaseRecords cases) {
        this.cases = cases;
    }

    /** Called when {@code c} concluded; must run inside the consuming transaction. */
    public Uni<Void> onConclusion(CaseRecord c, LocalDate performedOn) {
        if (c.conclusionType != ConclusionType.FULL_PERFORMANCE || c.enforcementMeasures) {
            return Uni.createFrom().voidItem();
        }
        return DishonestListing.count("caseId", c.id).chain(listed -> RestrictionOrder.count("caseId", c.id)
                .chain(restricted -> listed + restricted > 0 ? Uni.createFrom().voidItem() : record(c, performedOn)));
    }

    public Uni<List<GoodFaithRecord>> of(String idNumber) {
        return GoodFaithRecord.list("subjectId = ?1 order by performedOn desc", idNumber.toUpperCase());
    }

    private Uni<Void> record(CaseRecord c, LocalDate performedOn) {
        return cases.respondents(c.id).chain(respondents -> GoodFaithRecord.persist(respondents.stream().map(r -> {
            GoodFaithRecord g = new GoodFaithRecord();
            g.id = UUID.randomUUID();
            g.caseId = c.id;
            g.courtCode = c.courtCode;
            g.caseNumber = c.caseNumber;
            g.subjectName = r.name;
            g.subjectId = r.idNumber;
            g.performedOn = performedOn;
            return g;
        }).toList()));
    }
}
