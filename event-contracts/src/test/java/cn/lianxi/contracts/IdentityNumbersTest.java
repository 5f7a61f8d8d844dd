package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    // The GB 11643 standard's own example number, and a published company code (Alibaba (China) Co., Ltd.)
    private static final String STANDARD_EXAMPLE_ID = "11010519491231002X";
    private static final String KNOWN_CREDIT_CODE = "91330100799655058B";

    @Test
    void acceptsTheStandardsExamples() {
        assertTrue(IdentityNumbers.residentIdError(STANDARD_EXAMPLE_ID).isEmpty());
        assertTrue(IdentityNumbers.creditCodeError(KNOWN_CREDIT_CODE).isEmpty());
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertEquals("the resident ID's check character is wrong (GB 11643)",
                IdentityNumbers.residentIdError("110105194912310021").orElseThrow());
        assertEquals("the unified social credit code's check character is wrong (GB 32100)",
                IdentityNumbers.creditCodeError("91330100799655058C").orElseThrow());
    }

    @Test
    void refusesWrongLengthLettersAndImpossibleDates() {
        assertTrue(IdentityNumbers.residentIdError("11010519491231002").isPresent());
        assertTrue(IdentityNumbers.residentIdError("1101051949123100A2").isPresent());
        assertTrue(IdentityNumbers.residentIdError(IdentityNumbers.withResidentCheck("32050819490231002")).isPresent());
        assertTrue(IdentityNumbers.creditCodeError("91330100799655058").isPresent());
        assertTrue(IdentityNumbers.creditCodeError("9133010079965505OB").isPresent());
    }

    @Test
    void computesCheckCharactersThatValidate() {
        assertEquals(STANDARD_EXAMPLE_ID, IdentityNumbers.withResidentCheck(STANDARD_EXAMPLE_ID.substring(0, 17)));
        assertEquals(KNOWN_CREDIT_CODE, IdentityNumbers.withCreditCheck(KNOWN_CREDIT_CODE.substring(0, 17)));
    }

    @Test
    void flagsMinorsFromTheBirthDate() {
        String bornMay2010 = IdentityNumbers.withResidentCheck("32050820100515123");
        assertTrue(IdentityNumbers.isMinorOn(bornMay2010, LocalDate.of(2028, 5, 14)));
        assertFalse(IdentityNumbers.isMinorOn(bornMay2010, LocalDate.of(2028, 5, 15)));
    }

    @Test
    void masksAllButTheEnds() {
        assertEquals("3205**********1234", IdentityNumbers.mask("320508199001011234"));
    }
}
