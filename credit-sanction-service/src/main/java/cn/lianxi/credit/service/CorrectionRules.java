package cn.lianxi.credit.service;

import java.util.ArrayList;
import java.util.List;

import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.CorrectionRequest;
import cn.lianxi.credit.CorrectionRequest.Effect;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.kit.problem.ProblemException;

/**
 * What an upheld correction request does (法释〔2017〕7号 arts. 9, 11, 12): a listing that should not have been made
 * (art. 11(1)) is revoked (撤销, art. 9 para. 1) and one whose circumstances ended (art. 11(3)) deleted; a listing
 * that was right but whose entry is inaccurate (art. 11(2)) keeps standing with its entry corrected (更正, art. 9
 * para. 2). Pure; a refusal names the field.
 */
public final class CorrectionRules {

    private CorrectionRules() {
    }

    /** Art. 9, 11: the effect of upholding a request of this kind. */
    public static Effect effectOf(CorrectionRequest.Kind kind) {
        return switch (kind) {
            case SHOULD_NOT_BE_LISTED, CIRCUMSTANCES_REMOVED -> Effect.DELETED;
            case INACCURATE_INFORMATION -> Effect.CORRECTED;
        };
    }

    /** A correction says what the entry becomes; a deletion corrects nothing. */
    public static void requireFits(Effect effect, CorrectedEntry corrected) {
        boolean given = corrected != null && (corrected.subjectName() != null || corrected.subjectIdNumber() != null
                || corrected.ground() != null || corrected.documentNumber() != null);
        if (effect == Effect.CORRECTED && !given) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "corrected", "an upheld request about "
                    + "inaccurate information says what the entry becomes: subjectName, subjectIdNumber, ground or "
                    + "documentNumber (法释〔2017〕7号 art. 9 para. 2, art. 12)");
        }
        if (effect == Effect.DELETED && corrected != null) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "corrected", "this request deletes the "
                    + "listing (法释〔2017〕7号 art. 9 para. 1, art. 11); only a request about inaccurate information "
                    + "corrects the entry");
        }
    }

    /**
     * Art. 9 para. 2: corrects the entry in place and returns the names of the fields that changed. A corrected ID
     * must be valid and not a minor's on the decision date (art. 4); a corrected ground brings its term (art. 2):
     * none for item (1), else the listing's own term or 24 months, counted from the decision date.
     */
    public static List<String> correct(DishonestListing l, CorrectedEntry c) {
        List<String> changed = new ArrayList<>();
        if (c.subjectIdNumber() != null && !c.subjectIdNumber().equalsIgnoreCase(l.subjectId)) {
            String id = c.subjectIdNumber().toUpperCase();
            PartyType type = ListingRules.subjectType(id, "corrected.subjectIdNumber");
            ListingRules.requireNotMinor(type, id, l.decisionDate, "corrected.subjectIdNumber");
            l.subjectType = type;
            l.subjectId = id;
            changed.add("subjectIdNumber");
        }
        if (c.subjectName() != null && !c.subjectName().isBlank() && !c.subjectName().equals(l.subjectName)) {
            l.subjectName = c.subjectName().trim();
            changed.add("subjectName");
        }
        if (c.ground() != null && c.ground() != l.ground) {
            ListingGround g = ListingRules.ground(c.ground(), "corrected.ground");
            Integer months = !g.hasFixedTerm() ? null
                    : l.periodMonths != null ? l.periodMonths : ListingRules.STANDARD_PERIOD;
            l.setTerm(g, months);
            changed.add("ground");
        }
        if (c.documentNumber() != null && !c.documentNumber().isBlank()
                && !c.documentNumber().equals(l.documentNumber)) {
            l.documentNumber = c.documentNumber().trim();
            changed.add("documentNumber");
        }
        if (changed.isEmpty()) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "corrected",
                    "the correction changes nothing in the entry");
        }
        return changed;
    }
}
