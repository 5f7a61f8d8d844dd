package cn.lianxi.credit.rest;

import java.time.LocalDate;

/**
 * A credit-repair certificate (信用修复证明) as anyone may verify it: masked ID, no personal detail beyond the name; the
 * court by its name beside its code.
 */
public record CertificateView(String code, boolean valid, String subjectName, String maskedIdNumber,
        String courtName, String courtCode, String caseNumber, LocalDate issuedOn) {
}
