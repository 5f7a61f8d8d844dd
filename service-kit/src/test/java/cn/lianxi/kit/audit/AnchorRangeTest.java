package cn.lianxi.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which seq ranges the entries after the last anchor are published in. */
class AnchorRangeTest {

    @Test
    void nothingNewIsNoRange() {
        assertEquals(List.of(), AnchorRange.after(7, 7, 1000));
        assertEquals(List.of(), AnchorRange.after(0, 0, 1000));
    }

    @Test
    void theNewEntriesGoOutInOneRangeUpToTheMaximum() {
        assertEquals(List.of(new AnchorRange(1, 1)), AnchorRange.after(0, 1, 1000));
        assertEquals(List.of(new AnchorRange(8, 1007)), AnchorRange.after(7, 1007, 1000));
    }

    @Test
    void moreThanTheMaximumIsSplitInOrderWithoutGapsOrOverlaps() {
        assertEquals(List.of(new AnchorRange(8, 1007), new AnchorRange(1008, 2007), new AnchorRange(2008, 2500)),
                AnchorRange.after(7, 2500, 1000));
        assertEquals(List.of(new AnchorRange(1, 3), new AnchorRange(4, 5)), AnchorRange.after(0, 5, 3));
    }
}
