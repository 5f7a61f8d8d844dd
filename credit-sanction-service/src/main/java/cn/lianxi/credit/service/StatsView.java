package cn.lianxi.credit.service;

/**
 * The credit overview.
 *
 * @param liftedOnTime          liftings and expiries ended within three working days of their trigger
 * @param liftedLate            those that ended later than the law allows
 * @param overdueLiftingDuties  lifting duties still open past their due date
 * @param overdueCorrections    correction requests open past their 15 days
 */
public record StatsView(long activeListings, long activeRestrictions, long liftedOnTime, long liftedLate,
        long overdueLiftingDuties, long overdueCorrections, long pendingRepairs, long goodFaithRecords) {
}
