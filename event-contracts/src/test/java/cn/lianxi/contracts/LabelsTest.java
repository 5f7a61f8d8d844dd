package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every constant of every contract vocabulary has a Chinese and an English label, and labels read as words. */
class LabelsTest {

    static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(AgencyAction.class, AgencyKind.class,
            BasisType.class, BoundPersonRole.class, CaseEventKind.class, CaseStatus.class, ConclusionType.class,
            CourtEventKind.class, EnforcementDocumentKind.class, ListingGround.class, OutcomeType.class,
            PartyRole.class, PartyType.class, PaymentSource.class, ReferralKind.class, RestrictedBehaviour.class, SanctionChange.class,
            SanctionKind.class);
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyContractEnumConstantHasBothLabels() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
            for (Enum<?> value : vocabulary.getEnumConstants()) {
                if (Labels.of(value).isEmpty()) {
                    missing.add(vocabulary.getSimpleName() + "." + value.name());
                }
            }
        }
        assertEquals(List.of(), missing, "constants without a label in labels.properties");
    }

    @Test
    void chineseLabelsAreChineseAndEnglishLabelsAreNotConstantNames() {
        Labels.all().forEach((vocabulary, values) -> values.forEach((value, label) -> {
            assertTrue(HAN.matcher(label.zh()).find(), vocabulary + "." + value + " zh: " + label.zh());
            assertTrue(!label.en().equals(value) && !label.en().contains("_"), vocabulary + "." + value + " en: " + label.en());
        }));
    }

    @Test
    void courtsAreNamedByTheirCode() {
        assertEquals("苏州市中级人民法院", Labels.courtName("C320500"));
        assertEquals("苏州市姑苏区人民法院", Labels.courtName("C320508"));
        assertEquals("C999999", Labels.courtName("C999999"), "an unknown court keeps its code");
        assertEquals("执行措施中", Labels.zh("CaseStatus", CaseStatus.MEASURES_UNDER_WAY.name()));
        assertEquals("Bank inquiry", Labels.of(ReferralKind.BANK_INQUIRY).orElseThrow().en());
    }
}
