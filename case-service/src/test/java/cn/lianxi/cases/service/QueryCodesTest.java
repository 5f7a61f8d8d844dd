package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The query codes: their alphabet and length, their spread, and what is stored and compared of them. */
class QueryCodesTest {

    @Test
    void codesAreEightCharactersWithoutLookAlikes() {
        for (char c : "01ILO".toCharArray()) {
            assertFalse(QueryCodes.ALPHABET.indexOf(c) >= 0, "look-alike " + c);
        }
        assertEquals(31, QueryCodes.ALPHABET.length());
        for (int i = 0; i < 1_000; i++) {
            String code = QueryCodes.mint().code();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{8}"), code);
        }
    }

    @Test
    void codesAreSpreadOverTheWholeAlphabet() {
        Set<String> codes = new HashSet<>();
        int[] seen = new int[128];
        for (int i = 0; i < 10_000; i++) {
            String code = QueryCodes.mint().code();
            codes.add(code);
            code.chars().forEach(c -> seen[c]++);
        }
        assertEquals(10_000, codes.size(), "no two alike among 10,000 (31^8 possible)");
        // 80,000 characters over 31 symbols: about 2,581 each; a biased generator lands far outside
        for (char c : QueryCodes.ALPHABET.toCharArray()) {
            assertTrue(seen[c] > 2_200 && seen[c] < 3_000, c + " seen " + seen[c] + " times");
        }
    }

    @Test
    void onlyASaltedSha256IsStored() throws Exception {
        QueryCodes.Minted minted = QueryCodes.mint();
        assertEquals(QueryCodes.SALT_BYTES, minted.salt().length);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(minted.salt());
        assertArrayEquals(sha.digest(minted.code().getBytes(StandardCharsets.UTF_8)), minted.hash());
        // the same code with another salt hashes differently: equal codes cannot be told apart in the table
        byte[] otherSalt = minted.salt().clone();
        otherSalt[0] ^= 1;
        assertFalse(MessageDigest.isEqual(minted.hash(), QueryCodes.hash(otherSalt, minted.code())));
    }

    @Test
    void theCodeMatchesAsThePartyTypesItAndNothingElseDoes() {
        QueryCodes.Minted minted = QueryCodes.mint();
        String code = minted.code();
        assertTrue(QueryCodes.matches(code, minted.salt(), minted.hash()));
        assertTrue(QueryCodes.matches(code.toLowerCase(), minted.salt(), minted.hash()));
        assertTrue(QueryCodes.matches(" " + code.substring(0, 4) + "-" + code.substring(4) + " ", minted.salt(),
                minted.hash()));
        char last = code.charAt(7);
        String oneOff = code.substring(0, 7) + (last == '2' ? '3' : '2');
        assertFalse(QueryCodes.matches(oneOff, minted.salt(), minted.hash()));
        assertFalse(QueryCodes.matches(code.substring(0, 7), minted.salt(), minted.hash()));
        assertFalse(QueryCodes.matches("", minted.salt(), minted.hash()));
    }
}
