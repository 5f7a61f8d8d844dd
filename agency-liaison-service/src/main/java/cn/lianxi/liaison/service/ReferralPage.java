package cn.lianxi.liaison.service;

import java.util.List;

import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.repository.DuePosition;

/**
 * One page of referrals, how many match the filter and where the next page starts.
 *
 * @param total the number of matching referrals, but at most {@link #COUNT_CAP}
 * @param totalCapped true when more than {@link #COUNT_CAP} match: {@code total} is then a floor, not the count
 * @param next the position after the last item, or null on the last page
 */
public record ReferralPage(List<Referral> items, long total, boolean totalCapped, DuePosition next) {

    /**
     * Counting stops here: an exact count of a deep queue reads every matching index entry on every page, and no
     * one pages through more than this by hand.
     */
    public static final int COUNT_CAP = 10_000;

    /** {@code counted} is what a count capped at {@code COUNT_CAP + 1} returned. */
    static ReferralPage of(List<Referral> items, long counted, DuePosition next) {
        return new ReferralPage(items, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, next);
    }
}
