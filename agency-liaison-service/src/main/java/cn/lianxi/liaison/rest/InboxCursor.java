package cn.lianxi.liaison.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.repository.DuePosition;

/**
 * The inbox's {@code after} cursor: base64url of the last listed referral's due time and id. Clients treat it as
 * opaque; it holds nothing the referral itself does not show, and it only positions the caller's own queue, so a
 * cursor handed to another agency reveals nothing.
 */
final class InboxCursor {

    static final String PARAM = "after";

    private InboxCursor() {
    }

    static String encode(DuePosition position) {
        String text = position.dueAt() + "," + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position, or null without a cursor; a cursor this service did not write is a 400 naming {@code after}. */
    static DuePosition decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(",", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            return new DuePosition(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(ProblemType.INVALID_CURSOR, PARAM,
                    "not a cursor of this inbox: pass the after value of a Link rel=\"next\" header unchanged");
        }
    }
}
