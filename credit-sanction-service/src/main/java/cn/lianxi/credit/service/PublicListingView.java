package cn.lianxi.credit.service;

import java.time.LocalDate;

/**
 * A public list entry (执行信息公开): only the fields 法释〔2017〕7号 art. 6 allows, the ID masked
 * ({@code 3205**********1234}), the court by its name (the public does not read court codes) beside its code.
 */
public record PublicListingView(String name, String maskedIdNumber, String courtName, String courtCode, String caseNumber,
        String dishonestConduct, String documentNumber, LocalDate decisionDate, LocalDate listedUntil) {
}
