package cn.lianxi.cases.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.ApprovalStatus;
import cn.lianxi.cases.BankruptcyTransferStatus;
import cn.lianxi.cases.CaseMeasure;
import cn.lianxi.cases.ClockKind;
import cn.lianxi.cases.PropertyReportStatus;
import cn.lianxi.cases.RewardNoticeStatus;
import cn.lianxi.contracts.Labels;

/**
 * case-service's vocabularies that the dashboard shows from {@code GET /cases/stats} (the data cage's clocks, the
 * mechanisms the figures count, their items' states) have both labels in the one catalogue (event-contracts'
 * labels.properties), so a constant added here cannot reach the page as its bare name.
 */
class CaseLabelsTest {

    static List<String> missing(String vocabulary, Stream<String> values) {
        List<String> missing = new ArrayList<>();
        values.filter(v -> Labels.of(vocabulary, v).isEmpty()).forEach(v -> missing.add(vocabulary + "." + v));
        return missing;
    }

    static Stream<String> names(Enum<?>[] constants) {
        return Stream.of(constants).map(Enum::name);
    }

    @Test
    @DisplayName("every clock, mechanism and state the figures report has a label")
    void everyClockMechanismAndStateHasBothLabels() {
        List<String> missing = new ArrayList<>(missing("ClockKind", names(ClockKind.values())));
        missing.addAll(missing("Mechanism", CaseStatsRepository.MECHANISMS.stream()));
        missing.addAll(missing("MechanismState", Stream.of(names(BankruptcyTransferStatus.values()),
                names(PropertyReportStatus.values()), names(RewardNoticeStatus.values()),
                names(ApprovalStatus.values()), names(CaseMeasure.State.values()),
                CaseStatsRepository.LEAD_STATES.stream()).flatMap(s -> s)));
        assertEquals(List.of(), missing, "constants without a label in labels.properties");
    }
}
