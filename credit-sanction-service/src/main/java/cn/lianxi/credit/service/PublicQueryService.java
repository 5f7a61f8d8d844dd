package cn.lianxi.credit.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.Labels;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

/**
 * The public query of the active list (执行信息公开): by exact name (two characters at least) or by a full, valid ID
 * number; answers are capped, masked and limited to the allowed fields, so the registry cannot be listed in bulk.
 */
@ApplicationScoped
public class PublicQueryService {

    private final int maxResults;

    public PublicQueryService(@ConfigProperty(name = "lianxi.credit.public-max-results") int maxResults) {
        this.maxResults = maxResults;
    }

    public Uni<List<PublicListingView>> search(String name, String idNumber) {
        if (idNumber != null && !idNumber.isBlank()) {
            String id = idNumber.trim().toUpperCase();
            if (IdentityNumbers.residentIdError(id).isPresent() && IdentityNumbers.creditCodeError(id).isPresent()) {
                throw ProblemException.badRequest(ProblemType.FULL_ID_REQUIRED, "idNumber",
                        "search by a full, valid resident ID or unified social credit code");
            }
            return query("subjectId = ?1 and status = ?2 order by decisionDate desc", id);
        }
        String exact = name == null ? "" : name.trim();
        if (exact.codePointCount(0, exact.length()) < 2) {
            throw ProblemException.badRequest(ProblemType.QUERY_TOO_BROAD, "name",
                    "search by a name of at least two characters or a full ID number; the list is not browsable");
        }
        if (!NAME.matcher(exact).matches()) {
            throw ProblemException.badRequest(ProblemType.INVALID_NAME, "name",
                    "a name holds letters (汉字 or Latin), digits, spaces, middle dots, hyphens and brackets only");
        }
        return query("subjectName = ?1 and status = ?2 order by decisionDate desc", exact);
    }

    /** What a person's or company's registered name can contain, at most 100 characters. */
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("[\\p{IsHan}\\p{L}\\p{Nd} ·•\\-（）()]{2,100}");

    private Uni<List<PublicListingView>> query(String query, String value) {
        return DishonestListing.<DishonestListing>find(query, value, SanctionStatus.ACTIVE).page(Page.ofSize(maxResults))
                .list().map(list -> list.stream().map(PublicQueryService::toPublic).toList());
    }

    private static PublicListingView toPublic(DishonestListing l) {
        return new PublicListingView(l.subjectName, IdentityNumbers.mask(l.subjectId),
                Labels.courtName(l.courtCode), l.courtCode, l.caseNumber,
                l.groundValue().text, l.documentNumber, l.decisionDate, l.validUntil);
    }
}
