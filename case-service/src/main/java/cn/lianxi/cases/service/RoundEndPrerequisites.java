package cn.lianxi.cases.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import cn.lianxi.kit.problem.Problem;

/**
 * The prerequisites of 终结本次执行程序 (终本), as far as the platform can know them: 最高人民法院《关于严格规范终结本次
 * 执行程序的规定（试行）》(法〔2016〕373号). Art. 1 requires all of: (1) an enforcement notice and a property report
 * order, (2) a consumption restriction order issued (and the debtor listed where the listing rules allow), (3) the
 * property investigation exhausted (art. 3: including the nationwide online inquiry, 网络执行查控系统) without
 * assets that can be enforced, (4) more than three months since filing, (5) a missing debtor searched for. Before
 * 终本 the applicant must be told of the investigation and its consequences and heard (法〔2016〕373号, the applicant
 * interview, 约谈). The platform checks (2) the restriction order, (3) an inquiry made and answered, (4) the time
 * since filing and the applicant told; the other items are the judge's file. Each missing one is named.
 */
public final class RoundEndPrerequisites {

    /** Field names of the missing prerequisites, as the refusal's {@code errors[].field} says them. */
    public static final String SINCE_FILING = "filedOn";
    public static final String RESTRICTION = "consumptionRestriction";
    public static final String INQUIRY = "assetInquiry";
    public static final String INQUIRY_ANSWER = "assetInquiryAnswer";
    public static final String APPLICANT_INFORMED = "applicantInformedOn";

    /** Which prerequisites apply (configuration). */
    public record Required(Period minimumSinceFiling, boolean restriction, boolean inquiry, boolean inquiryAnswer,
            boolean applicantInformed) {
    }

    /**
     * What the case shows.
     *
     * @param restrictionOrders   consumption restriction orders issued on the case
     * @param inquiries           nationwide asset inquiries requested
     * @param answeredInquiries   bank answers to them (ANSWERED bank-inquiry outcomes)
     * @param applicantInformedOn the day the applicant was told and heard, or null
     */
    public record Facts(LocalDate filedOn, int restrictionOrders, int inquiries, int answeredInquiries,
            LocalDate applicantInformedOn) {
    }

    private RoundEndPrerequisites() {
    }

    /** Every prerequisite not met on {@code today}, each with the rule it comes from; empty when 终本 may go ahead. */
    public static List<Problem.FieldError> missing(Required required, Facts facts, LocalDate today) {
        List<Problem.FieldError> missing = new ArrayList<>();
        LocalDate earliest = facts.filedOn().plus(required.minimumSinceFiling());
        if (!today.isAfter(earliest)) {
            missing.add(new Problem.FieldError(SINCE_FILING, "法〔2016〕373号 art. 1(4): more than "
                    + required.minimumSinceFiling() + " must have passed since filing (" + facts.filedOn()
                    + "); 终本 is possible from " + earliest.plusDays(1)));
        }
        if (required.restriction() && facts.restrictionOrders() == 0) {
            missing.add(new Problem.FieldError(RESTRICTION,
                    "法〔2016〕373号 art. 1(2): no consumption restriction order (限制消费令) was issued"));
        }
        if (required.inquiry() && facts.inquiries() == 0) {
            missing.add(new Problem.FieldError(INQUIRY,
                    "法〔2016〕373号 art. 1(3), art. 3: no nationwide asset inquiry (网络执行查控) was made"));
        } else if (required.inquiryAnswer() && facts.answeredInquiries() == 0) {
            missing.add(new Problem.FieldError(INQUIRY_ANSWER,
                    "法〔2016〕373号 art. 1(3): no bank has answered the nationwide asset inquiry yet"));
        }
        if (required.applicantInformed() && (facts.applicantInformedOn() == null
                || facts.applicantInformedOn().isBefore(facts.filedOn()))) {
            missing.add(new Problem.FieldError(APPLICANT_INFORMED, "法〔2016〕373号: the applicant must be told of the "
                    + "investigation and the consequences of 终本 and heard first (applicantInformedOn, on or after filing)"));
        }
        return missing;
    }
}
