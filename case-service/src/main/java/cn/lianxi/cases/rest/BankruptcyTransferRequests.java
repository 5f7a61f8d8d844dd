package cn.lianxi.cases.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.cases.service.BankruptcyTransfers;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.SensibleDate;

/** Bodies of the 执转破 hand-off: the enforcing court's transfer decision and the receiving court's ruling. */
public final class BankruptcyTransferRequests {

    private BankruptcyTransferRequests() {
    }

    /**
     * The written consent (书面同意, 法发〔2017〕2号 art. 2 item (2)): {@code idNumber} names an applicant of the case or the
     * debtor transferred; {@code givenOn} its date; {@code document} its reference in the file.
     */
    public record Consent(@NotBlank @Size(max = 18) @CleanText String idNumber, @NotNull @SensibleDate LocalDate givenOn,
            @Size(max = 100) @CleanText String document) {
    }

    /**
     * 移送决定: {@code receivingCourt} a court code of the directory (e.g. the intermediate court C320500);
     * {@code respondentIdNumber} the debtor (the only respondent when omitted); {@code decidedOn} today when omitted;
     * {@code reason} the finding that the debtor cannot pay its debts (art. 2 item (3)).
     */
    public record Transfer(@NotBlank @Size(max = 20) @CleanText String receivingCourt,
            @Size(max = 18) @CleanText String respondentIdNumber, @NotNull @Valid Consent consent,
            @SensibleDate LocalDate decidedOn, @Size(max = 500) @CleanText(multiLine = true) String reason) {

        BankruptcyTransfers.Decision toDecision() {
            return new BankruptcyTransfers.Decision(receivingCourt, respondentIdNumber,
                    new BankruptcyTransfers.Consent(consent.idNumber(), consent.givenOn(), consent.document()),
                    decidedOn, reason);
        }
    }

    /** 受理 or 不予受理: the ruling's date, its number, and the reason (required for a refusal). */
    public record Ruling(@NotNull @SensibleDate LocalDate rulingDate, @Size(max = 100) @CleanText String rulingDocument,
            @Size(max = 500) @CleanText(multiLine = true) String reason) {

        BankruptcyTransfers.Ruling toRuling() {
            return new BankruptcyTransfers.Ruling(rulingDate, rulingDocument, reason);
        }
    }
}
