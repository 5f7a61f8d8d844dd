package cn.lianxi.liaison.rest;

/** What the OpenAPI document says about the agency's seal on its answers, once for the three endpoints that take it. */
final class SealDocs {

    static final String HEADER = "The agency's seal (电子签章) over the exact request body: a detached JWS (RFC 7515, "
            + "RFC 7797 `b64: false`, compact `header..signature`) by the agency's registered key, `kid` = the agency "
            + "id. Required once the agency's key is registered (and always where seals are required).";

    static final String REFUSED = "`invalid-seal` naming `Lianxi-Seal`, checked before any other rule: no seal, a seal "
            + "that is not a compact JWS, sealed by another agency's key, or a body altered after sealing; the "
            + "referral stays open. Other 400s as the operation describes.";

    static final String UNANCHORED = "`audit-unanchored`: the audit log could not be anchored for too long, so no new "
            + "cross-agency message is taken until it is; retry later.";

    private SealDocs() {
    }
}
