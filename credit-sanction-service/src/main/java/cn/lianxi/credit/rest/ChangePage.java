package cn.lianxi.credit.rest;

import java.util.List;

import cn.lianxi.contracts.SanctionEvent;

/**
 * A page of the exchange history: the same events as {@code credit.sanctions.v1}, oldest first.
 *
 * @param changes    each with its sequence number
 * @param nextCursor pass as {@code after} to get the following changes (unchanged when there were none)
 */
public record ChangePage(List<Change> changes, long nextCursor) {

    /** One change and its position in the history. */
    public record Change(long seq, SanctionEvent event) {
    }
}
