package cn.lianxi.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.constraints.CleanText;

/**
 * The legal basis (法律依据) of a measure: the enforcement document it rests on and what it is for. Every inquiry,
 * freeze, renewal, unfreeze, deduction, locate request and criminal referral a court orders names one, as the 总对总
 * network's rule ties each of them to a registered case, an identified officer and a document; an agency sees it
 * beside the order and an auditor lists the measures of one document.
 *
 * @param documentKind   执行裁定书 or 协助执行通知书
 * @param documentNumber the document's number as the court writes it, e.g. {@code （2026）苏0508执1234号之一}; clean
 *                       text, not parsed (courts write the brackets and suffixes in more than one way)
 * @param purpose        what the measure is for, in a sentence (e.g. {@code 查询被执行人银行存款以备冻结})
 */
public record LegalBasis(
        @NotNull EnforcementDocumentKind documentKind,
        @NotBlank @Size(max = 100) @CleanText String documentNumber,
        @NotBlank @Size(max = 200) @CleanText String purpose) {
}
