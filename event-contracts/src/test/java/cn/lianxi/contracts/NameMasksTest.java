package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What another party sees of a name: a person's surname initial, a company's head and legal form. */
class NameMasksTest {

    @Test
    void aPersonKeepsTheFirstCharacterOnly() {
        assertEquals("张*", NameMasks.mask(PartyType.PERSON, "张三"));
        assertEquals("欧***", NameMasks.mask(PartyType.PERSON, "欧阳娜娜"));
        assertEquals("李*", NameMasks.mask(PartyType.PERSON, "李"), "a one-character name still hides something");
        assertEquals("王*", NameMasks.mask(PartyType.PERSON, " 王五 "));
    }

    @Test
    void aCompanyKeepsItsHeadAndItsLegalForm() {
        assertEquals("苏州****有限公司", NameMasks.mask(PartyType.COMPANY, "苏州恒通贸易有限公司"));
        assertEquals("苏州*有限公司", NameMasks.mask(PartyType.COMPANY, "苏州某有限公司"));
        assertEquals("甲**银行", NameMasks.mask(PartyType.COMPANY, "甲乙丙银行"), "a short name keeps less of its head");
        assertEquals("某*", NameMasks.mask(PartyType.COMPANY, "某厂"));
    }

    @Test
    void charactersBeyondTheBmpAreNeverCutInHalf() {
        String name = "𠀋" + "三"; // U+2000B is two UTF-16 units
        assertEquals("𠀋*", NameMasks.mask(PartyType.PERSON, name));
    }

    @Test
    void noNameStaysNoName() {
        assertEquals(null, NameMasks.mask(PartyType.PERSON, null));
        assertEquals("", NameMasks.mask(PartyType.COMPANY, ""));
    }
}
