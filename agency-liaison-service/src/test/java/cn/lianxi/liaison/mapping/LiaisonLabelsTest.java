package cn.lianxi.liaison.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CommendationKind;
import cn.lianxi.contracts.Labels;
import cn.lianxi.contracts.MeetingKind;
import cn.lianxi.contracts.MemberUnitKind;
import cn.lianxi.contracts.ReportEscalation;
import cn.lianxi.contracts.ReportingCycle;
import cn.lianxi.liaison.CriminalStage;
import cn.lianxi.liaison.KeyTask;

/**
 * liaison's own vocabularies that pages show (the 拒执 workflow's stage on the dashboard, a key task's state in the
 * status report) have a label for every constant in the one catalogue (event-contracts' labels.properties), so a
 * constant added here cannot reach a page as its bare name.
 */
class LiaisonLabelsTest {

    @Test
    void everyStageAndEveryTaskStateHasBothLabels() {
        List<String> missing = new ArrayList<>();
        for (CriminalStage stage : CriminalStage.values()) {
            if (Labels.of(stage).isEmpty()) {
                missing.add("CriminalStage." + stage);
            }
        }
        for (KeyTask.State state : KeyTask.State.values()) {
            if (Labels.of(StatusReportHtml.STATE, state.name()).isEmpty()) {
                missing.add(StatusReportHtml.STATE + "." + state);
            }
        }
        assertEquals(List.of(), missing, "constants without a label in labels.properties");
    }

    /** The joint meeting's contract vocabularies the dashboard and the 通报 show. */
    @Test
    void everyJointMeetingVocabularyHasBothLabels() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> vocabulary : List.<Class<? extends Enum<?>>>of(MemberUnitKind.class,
                MeetingKind.class, ReportingCycle.class, ReportEscalation.class, CommendationKind.class)) {
            for (Enum<?> value : vocabulary.getEnumConstants()) {
                if (Labels.of(value).isEmpty()) {
                    missing.add(vocabulary.getSimpleName() + "." + value.name());
                }
            }
        }
        assertEquals(List.of(), missing, "constants without a label in labels.properties");
        assertEquals("提请牵头单位督办", Labels.of(ReportEscalation.ESCALATED).orElseThrow().zh());
    }
}
