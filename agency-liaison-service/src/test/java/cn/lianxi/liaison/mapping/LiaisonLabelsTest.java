package cn.lianxi.liaison.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.Labels;
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
}
