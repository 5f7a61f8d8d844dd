package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.lianxi.contracts.ConclusionType;

/**
 * The case figures of a period (案件统计), per court; {@code from} and {@code to} inclusive, UTC.
 *
 * @param courts every court in the caller's scope with a figure in the period (or the court asked for), in court
 *               order
 */
public record CaseFiguresView(LocalDate from, LocalDate to, List<CourtFigures> courts) {

    /**
     * One court's figures in the period.
     *
     * @param filed     立案: cases whose filing date ({@code filedOn}) is in the period
     * @param concluded 结案: conclusions in the period by conclusion type, every type named (0 when none); a 终本 case
     *                  resumed and concluded again counts each time
     * @param recovered 执行到位: the money recovered in the period, the counted receipts of the case ledger dated in
     *                  it, two decimals
     */
    public record CourtFigures(String courtCode, long filed, Map<ConclusionType, Long> concluded,
            BigDecimal recovered) {
    }
}
