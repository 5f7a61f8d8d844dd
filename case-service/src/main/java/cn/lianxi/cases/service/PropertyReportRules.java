package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.lianxi.cases.PropertyReportOrder;
import cn.lianxi.cases.PropertyReportStatus;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.PropertyReportBreach;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The property declaration (财产报告制度), pure: 民事诉讼法 (2023) art. 252 (a respondent who has not performed by the
 * enforcement notice reports its present property and that of the year before the notice) and 《最高人民法院关于民事执行中
 * 财产调查若干问题的规定》(法释〔2017〕8号, amended 2020): the order with its deadline (arts. 3-4), the report's content
 * (art. 5: the property; art. 6: the changes), and the breach (art. 9: 拒绝报告、虚假报告或者无正当理由逾期报告), which
 * is the basis of a 失信 listing on 法释〔2017〕7号 art. 1(4).
 */
public final class PropertyReportRules {

    private PropertyReportRules() {
    }

    /** Art. 4 item (1): the order states its deadline; a deadline the judge names must be after the order. */
    public static Instant due(Instant orderedAt, Instant named, Instant byDefault) {
        if (named == null) {
            return byDefault;
        }
        if (!named.isAfter(orderedAt)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "due",
                    "the report's deadline is after the order (法释〔2017〕8号 art. 4 item (1))");
        }
        return named;
    }

    /**
     * Arts. 5-6: a report answers an open order once; it is late when it comes after the deadline (art. 9 counts a
     * late report without good reason as a breach, which the judge finds, not the clock).
     *
     * @return whether the report is late
     */
    public static boolean acceptReport(PropertyReportOrder order, Instant now) {
        if (order.status != PropertyReportStatus.ORDERED) {
            throw ProblemException.conflict(ProblemType.PROPERTY_REPORT_CLOSED, "the order is " + order.status
                    + ": it takes one report (法释〔2017〕8号 art. 5); a change after it is a supplementary report (art. 7)");
        }
        return now.isAfter(order.due);
    }

    /** The report's total declared value (CNY, scale 2): the sum of its assets' values. */
    public static BigDecimal declaredValue(List<BigDecimal> values) {
        return Money.cny(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Art. 9: a breach found by the judge. NOT_REPORTED_BY_DEADLINE only once the deadline has passed with no report;
     * FALSE_REPORT only of a report received. An order is breached once.
     */
    public static void requireBreach(PropertyReportOrder order, PropertyReportBreach breach, Instant now) {
        if (order.status == PropertyReportStatus.BREACHED) {
            throw ProblemException.conflict(ProblemType.PROPERTY_REPORT_CLOSED,
                    "a breach of this order was already found (" + order.breach + ")");
        }
        if (breach == PropertyReportBreach.NOT_REPORTED_BY_DEADLINE) {
            if (order.status == PropertyReportStatus.REPORTED) {
                throw ProblemException.conflict(ProblemType.PROPERTY_REPORT_CLOSED, "the respondent reported; a report"
                        + " found false is FALSE_REPORT (法释〔2017〕8号 art. 9)");
            }
            if (!now.isAfter(order.due)) {
                throw ProblemException.conflict(ProblemType.PROPERTY_REPORT_OPEN, "the report is due by " + order.due
                        + ": not reporting is a breach only after the deadline (法释〔2017〕8号 art. 9)");
            }
        } else if (order.status != PropertyReportStatus.REPORTED) {
            throw ProblemException.conflict(ProblemType.PROPERTY_REPORT_CLOSED,
                    "no report was received: a false report needs one (法释〔2017〕8号 art. 9)");
        }
    }
}
