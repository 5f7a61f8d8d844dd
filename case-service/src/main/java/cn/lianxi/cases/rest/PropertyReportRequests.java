package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.cases.DeclaredAssetKind;
import cn.lianxi.cases.PropertyChangeKind;
import cn.lianxi.cases.service.PropertyReports;
import cn.lianxi.contracts.PropertyReportBreach;
import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.SensibleDate;

/** Bodies of the property declaration's steps (财产报告制度, 法释〔2017〕8号 arts. 3-9). */
public final class PropertyReportRequests {

    private PropertyReportRequests() {
    }

    /** 报告财产令 to a respondent (the only one when omitted), due by {@code due} (absent: the configured term). */
    public record Order(@Size(max = 18) @CleanText String respondentIdNumber, Instant due) {
    }

    /** One asset (art. 5 para. 1) with its value, CNY. */
    public record Asset(@NotNull DeclaredAssetKind kind,
            @NotBlank @Size(max = 500) @CleanText(multiLine = true) String description,
            @NotNull @Amount(min = "0.00") BigDecimal value) {
    }

    /** One change of property in the year before the notice (art. 6), with its day and value, CNY. */
    public record Change(@NotNull PropertyChangeKind kind,
            @NotBlank @Size(max = 500) @CleanText(multiLine = true) String description,
            @NotNull @SensibleDate LocalDate on, @Amount(min = "0.00") BigDecimal value) {
    }

    /** 财产报告: the assets and the changes; empty lists are a report of none. */
    public record Report(@NotNull @Size(max = 200) List<@Valid @NotNull Asset> assets,
            @NotNull @Size(max = 200) List<@Valid @NotNull Change> changes) {

        PropertyReports.Declaration toDeclaration() {
            return new PropertyReports.Declaration(
                    assets.stream().map(a -> new PropertyReports.Asset(a.kind(), a.description(), a.value())).toList(),
                    changes.stream().map(c -> new PropertyReports.Change(c.kind(), c.description(), c.on(),
                            c.value())).toList());
        }
    }

    /** The judge's finding of a breach (art. 9), with what was found. */
    public record Breach(@NotNull PropertyReportBreach breach,
            @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String finding) {
    }
}
