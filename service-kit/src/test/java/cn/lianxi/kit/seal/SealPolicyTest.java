package cn.lianxi.kit.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealCheck.Outcome;
import cn.lianxi.kit.seal.SealRing.Admission;

/** Every row of the admission rule: what is admitted sealed, unsealed (dev/test only) or refused. */
class SealPolicyTest {

    private static Admission admit(Outcome outcome, boolean keyKnown, boolean required) {
        return SealPolicy.admit(new SealCheck(outcome, "BANK-ICBC", "reason"), keyKnown, required);
    }

    @Test
    void aValidSealIsSealedInDevelopmentAndProduction() {
        assertEquals(Admission.SEALED, admit(Outcome.VALID, true, false));
        assertEquals(Admission.SEALED, admit(Outcome.VALID, true, true));
    }

    @Test
    void aPartyWithoutAnyKnownKeyMaySendUnsealedOnlyWhenSealsAreNotRequired() {
        assertEquals(Admission.UNSEALED, admit(Outcome.MISSING, false, false));
        assertEquals(Admission.UNSEALED, admit(Outcome.UNKNOWN_KEY, false, false));
        assertEquals(Admission.REFUSED, admit(Outcome.MISSING, false, true));
        assertEquals(Admission.REFUSED, admit(Outcome.UNKNOWN_KEY, false, true));
    }

    @Test
    void aMissingSealOfAPartyWhoseKeyIsKnownIsRefusedEvenInDevelopment() {
        assertEquals(Admission.REFUSED, admit(Outcome.MISSING, true, false));
        assertEquals(Admission.REFUSED, admit(Outcome.UNKNOWN_KEY, true, false));
    }

    @Test
    void aBrokenSealIsRefusedEverywhere() {
        for (Outcome broken : new Outcome[] {Outcome.MALFORMED, Outcome.WRONG_KEY, Outcome.MISMATCH}) {
            for (boolean required : new boolean[] {false, true}) {
                assertEquals(Admission.REFUSED, admit(broken, false, required), broken + " required=" + required);
                assertEquals(Admission.REFUSED, admit(broken, true, required), broken + " required=" + required);
            }
        }
    }
}
