package cn.lianxi.liaison.service;

import java.nio.charset.StandardCharsets;

import cn.lianxi.evidence.Canonical;
import cn.lianxi.liaison.Referral;

/**
 * What an agency sent as its answer, amendment or rejection, exactly: the request body or Kafka record value and the
 * agency's seal over those bytes ({@code Lianxi-Seal} / {@code lianxi-seal}), or null when it sent none.
 */
public record AgencyMessage(byte[] body, String seal) {

    /** The bytes as text (UTF-8), as they are kept. */
    public String document() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Keeps it on the referral as its latest answer: the exact bytes, their digest and the seal (null if unsealed). */
    public void keptBy(Referral r) {
        r.answerDocument = document();
        r.answerDigest = digest();
        r.answerSeal = seal;
    }

    /** SHA-256 (hex) of the exact bytes. */
    public String digest() {
        return Canonical.sha256(body);
    }
}
