package cn.lianxi.kit.audit;

import java.util.ArrayList;
import java.util.List;

/** A range of chain entries one anchor covers, both ends inclusive. */
record AnchorRange(long fromSeq, long toSeq) {

    /** At most this many hashes in one anchor message (about 70 kB of JSON). */
    static final int MAX_HASHES = 1000;

    /** The ranges anchoring entries {@code anchoredTo + 1 .. head}, each at most {@code max} entries, in order. */
    static List<AnchorRange> after(long anchoredTo, long head, int max) {
        List<AnchorRange> ranges = new ArrayList<>();
        for (long from = anchoredTo + 1; from <= head; from += max) {
            ranges.add(new AnchorRange(from, Math.min(head, from + max - 1)));
        }
        return ranges;
    }
}
