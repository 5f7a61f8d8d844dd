package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The credit figures of a period (信用惩戒统计), per court; {@code from} and {@code to} inclusive, UTC.
 *
 * @param courts every court with at least one figure in the period, in court order
 */
public record CreditFiguresView(LocalDate from, LocalDate to, List<CourtCreditFigures> courts) {

    /**
     * One court's credit figures in the period.
     *
     * @param listed             失信名单: listings made in the period (the moment the platform recorded them)
     * @param lifted             listings deleted in the period (删除: lifted for a legal reason or expired at their term)
     * @param liftedOnTime       of those, deleted by the day they were due: within three working days of the moment
     *                           the deletion became due (法释〔2017〕7号 art. 10), China's calendar day of the deletion
     * @param liftedLate         of those, deleted after that day
     * @param restrictionsIssued 限制消费令 issued in the period
     * @param restrictionsLifted restriction orders lifted in the period
     * @param repairsRequested   信用修复 applications recorded in the period
     * @param repairsGranted     applications approved in the period
     * @param repairsRejected    applications rejected in the period
     */
    public record CourtCreditFigures(String courtCode, long listed, long lifted, long liftedOnTime, long liftedLate,
            long restrictionsIssued, long restrictionsLifted, long repairsRequested, long repairsGranted,
            long repairsRejected) {
    }
}
