package cn.lianxi.credit.rest;

import java.time.LocalDate;

/** A credit-repair certificate (信用修复证明) as anyone may verify it: masked ID, no personal detail beyond the name. */
public record CertificateView(String code, boolean valid, String subjectName, String maskedIdNumber,
        String courtCode, String caseNumber, LocalDate issuedOn) {
}
