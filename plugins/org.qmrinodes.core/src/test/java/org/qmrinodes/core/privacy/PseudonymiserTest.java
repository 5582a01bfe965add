package org.qmrinodes.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** HMAC-SHA-256 against RFC 4231, and the pseudonyms and date shifts made from it. */
class PseudonymiserTest {

    private static byte[] hex(final String h) {
        return HexFormat.of().parseHex(h);
    }

    private static String hmac(final byte[] key, final byte[] data) {
        return HexFormat.of().formatHex(Pseudonymiser.withKey(key, "test").hmac(data));
    }

    @Test
    void rfc4231TestVectors() {
        // test cases 1, 2, 3, 4, 6 and 7 of RFC 4231 section 4 (HMAC-SHA-256)
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            hmac(hex("0b".repeat(20)), "Hi There".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            hmac("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
            hmac(hex("aa".repeat(20)), hex("dd".repeat(50))));
        assertEquals("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            hmac(hex("0102030405060708090a0b0c0d0e0f10111213141516171819"), hex("cd".repeat(50))));
        assertEquals("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            hmac(hex("aa".repeat(131)), "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
            hmac(hex("aa".repeat(131)), ("This is a test using a larger than block-size key and a larger than block-size data."
                + " The key needs to be hashed before being used by the HMAC algorithm.").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void pseudonymIsThePrefixAndTheFirstSixteenHexDigitsOfTheKindAndValue() {
        final Pseudonymiser p = Pseudonymiser.withKey("project secret", "key");
        final String expected = "P-" + hmac("project secret".getBytes(StandardCharsets.UTF_8),
            "patient:PAT-0042".getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        assertEquals(expected, p.pseudonym("patient", "P-", "PAT-0042"));
        assertEquals(expected, Pseudonymiser.withKey("project secret", "key").pseudonym("patient", "P-", "PAT-0042"));
        assertNotEquals(expected, Pseudonymiser.withKey("other secret", "key").pseudonym("patient", "P-", "PAT-0042"));
        assertNotEquals(expected.substring(2), p.pseudonym("study", "P-", "PAT-0042").substring(2));
        assertEquals("", p.pseudonym("patient", "P-", ""));
    }

    @Test
    void aMissingKeyIsAnErrorNamingTheSetting() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> Pseudonymiser.withKey((String) null, "the credentials flow variable 'qmri-key'"));
        assertTrue(e.getMessage().contains("'qmri-key'") && e.getMessage().contains("never kept"), e.getMessage());
        assertThrows(InvalidDataException.class, () -> Pseudonymiser.withKey(new byte[0], "key"));
        assertThrows(InvalidDataException.class, () -> Identifiers.of(IdentifierPolicy.PSEUDONYMISE, null, null));
    }

    @Test
    void dateShiftsAreBoundedStablePerPatientAndVary() {
        final Pseudonymiser p = Pseudonymiser.withKey("k", "key");
        final Set<Integer> shifts = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            final int d = p.dateShiftDays("PAT" + i);
            assertTrue(Math.abs(d) <= Pseudonymiser.MAX_DATE_SHIFT_DAYS);
            assertEquals(d, p.dateShiftDays("PAT" + i));
            shifts.add(d);
        }
        assertTrue(shifts.size() > 150, "shifts vary between patients: " + shifts.size());
    }
}
