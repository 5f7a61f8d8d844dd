package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.kit.problem.Problem;

/** The pure 终本 prerequisites of 最高人民法院《关于严格规范终结本次执行程序的规定（试行）》(法〔2016〕373号). */
class RoundEndPrerequisitesTest {

    static final LocalDate FILED = LocalDate.of(2026, 9, 1);
    static final RoundEndPrerequisites.Required ALL = new RoundEndPrerequisites.Required(Period.ofMonths(3), true,
            true, true, true);

    static RoundEndPrerequisites.Facts met(LocalDate filedOn) {
        return new RoundEndPrerequisites.Facts(filedOn, 1, 1, 1, filedOn.plusMonths(3));
    }

    static List<String> missing(RoundEndPrerequisites.Required required, RoundEndPrerequisites.Facts facts,
            LocalDate today) {
        return RoundEndPrerequisites.missing(required, facts, today).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    @DisplayName("法〔2016〕373号 art. 1: on the filing day with nothing done, every checked prerequisite is missing")
    void onTheFilingDayEverythingIsMissing() {
        var facts = new RoundEndPrerequisites.Facts(FILED, 0, 0, 0, null);
        assertEquals(List.of("filedOn", "consumptionRestriction", "assetInquiry", "applicantInformedOn"),
                missing(ALL, facts, FILED));
        List<Problem.FieldError> errors = RoundEndPrerequisites.missing(ALL, facts, FILED);
        assertTrue(errors.get(0).message().contains("art. 1(4)"), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("art. 1(2)"), errors.get(1).message());
        assertTrue(errors.get(2).message().contains("art. 1(3)"), errors.get(2).message());
    }

    @Test
    @DisplayName("法〔2016〕373号 art. 1(4): more than three months since filing — exactly three months is not enough")
    void moreThanThreeMonthsSinceFiling() {
        assertEquals(List.of("filedOn"), missing(ALL, met(FILED), LocalDate.of(2026, 12, 1)));
        assertEquals(List.of(), missing(ALL, met(FILED), LocalDate.of(2026, 12, 2)));
    }

    @Test
    @DisplayName("法〔2016〕373号 art. 1(3), art. 3: an inquiry made but not answered by any bank is still missing its answer")
    void anUnansweredInquiryIsNotEnough() {
        var facts = new RoundEndPrerequisites.Facts(FILED, 1, 2, 0, FILED.plusDays(100));
        assertEquals(List.of("assetInquiryAnswer"), missing(ALL, facts, FILED.plusMonths(4)));
        var answerNotRequired = new RoundEndPrerequisites.Required(Period.ofMonths(3), true, true, false, true);
        assertEquals(List.of(), missing(answerNotRequired, facts, FILED.plusMonths(4)));
    }

    @Test
    @DisplayName("法〔2016〕373号: the applicant must be told and heard on or after filing, before 终本")
    void theApplicantMustBeToldAfterFiling() {
        var toldBefore = new RoundEndPrerequisites.Facts(FILED, 1, 1, 1, FILED.minusDays(1));
        assertEquals(List.of("applicantInformedOn"), missing(ALL, toldBefore, FILED.plusMonths(4)));
    }

    @Test
    @DisplayName("configuration: a shortened minimum and prerequisites switched off are honoured")
    void configurationDecidesWhatIsChecked() {
        var lenient = new RoundEndPrerequisites.Required(Period.ofDays(2), false, false, false, false);
        var nothing = new RoundEndPrerequisites.Facts(FILED, 0, 0, 0, null);
        assertEquals(List.of("filedOn"), missing(lenient, nothing, FILED.plusDays(2)));
        assertEquals(List.of(), missing(lenient, nothing, FILED.plusDays(3)));
    }
}
