package cn.lianxi.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param urgency        立即采取强制执行措施: why a freeze or deduction cannot wait for the deadline of the case's
 *                       performance notice (e.g. {@code 被执行人正在转移存款}); null for a measure that waits. The
 *                       statute lets the court act at once (民事诉讼法 art. 251, 2023 text: "并可以立即采取强制执行措施");
 *                       the platform lets a debtor perform first and asks the ruling to say why it did not wait
 *                       ({@code PerformanceNotice})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalBasis(
        @NotNull EnforcementDocumentKind documentKind,
        @NotBlank @Size(max = 100) @CleanText String documentNumber,
        @NotBlank @Size(max = 200) @CleanText String purpose,
        @Size(max = 200) @CleanText String urgency) {

    /** A basis that states no urgency. */
    public LegalBasis(EnforcementDocumentKind documentKind, String documentNumber, String purpose) {
        this(documentKind, documentNumber, purpose, null);
    }

    /** True when the document states why the measure cannot wait for the performance notice's deadline. */
    @JsonIgnore
    public boolean statesUrgency() {
        return urgency != null && !urgency.isBlank();
    }
}
