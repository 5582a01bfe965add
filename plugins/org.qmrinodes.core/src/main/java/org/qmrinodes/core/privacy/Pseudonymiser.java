package org.qmrinodes.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * Keyed pseudonyms: {@code prefix + first 16 hex digits of HMAC-SHA-256(key, kind ":" value)}
 * (RFC 2104 with SHA-256, the JDK's implementation). The same value and key give the same
 * pseudonym in every node, command and JVM, so that tables pseudonymised separately still join;
 * without the key a pseudonym cannot be traced back. 64 bits make a collision within a cohort
 * negligible (below 10⁻⁹ for 10⁵ values).
 *
 * <p>The key is never stored: it comes from a credentials flow variable (KNIME) or an environment
 * variable or key file (command line).
 */
public final class Pseudonymiser {

    /** Hex digits of the HMAC kept in a pseudonym. */
    public static final int HEX_DIGITS = 16;
    /** Days a date may be shifted, either way. */
    public static final int MAX_DATE_SHIFT_DAYS = 365;

    private final byte[] key;

    private Pseudonymiser(final byte[] key) {
        this.key = key.clone();
    }

    /**
     * @param key the project secret
     * @param setting where the key comes from, for the message when it is missing
     * @return a pseudonymiser
     * @throws InvalidDataException naming the setting when the key is null or empty
     */
    public static Pseudonymiser withKey(final byte[] key, final String setting) {
        if (key == null || key.length == 0) {
            throw new InvalidDataException("identifiers 'pseudonymise' needs a key, and " + setting + " gives none;"
                + " identifiers are never kept as a fallback");
        }
        return new Pseudonymiser(key);
    }

    /** @see #withKey(byte[], String) */
    public static Pseudonymiser withKey(final String key, final String setting) {
        return withKey(key == null ? null : key.getBytes(StandardCharsets.UTF_8), setting);
    }

    /**
     * @param data the message
     * @return HMAC-SHA-256 of the message under this key
     */
    byte[] hmac(final byte[] data) {
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (final GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /**
     * @param kind what the value is (e.g. {@code patient}, {@code study}); the same value of another
     *        kind gets another pseudonym
     * @param prefix written before the hex digits (e.g. {@code P-})
     * @param value the identifier; null or empty stays empty
     * @return the pseudonym
     */
    public String pseudonym(final String kind, final String prefix, final String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        final byte[] h = hmac((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(Arrays.copyOf(h, HEX_DIGITS / 2));
    }

    /**
     * @param patientId the patient
     * @return the number of days to shift this patient's dates by, in
     *         [-{@value #MAX_DATE_SHIFT_DAYS}, {@value #MAX_DATE_SHIFT_DAYS}], the same for every date of
     *         the patient so that intervals are kept
     */
    public int dateShiftDays(final String patientId) {
        final byte[] h = hmac(("date-shift:" + (patientId == null ? "" : patientId)).getBytes(StandardCharsets.UTF_8));
        final long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
        return (int) (v % (2 * MAX_DATE_SHIFT_DAYS + 1)) - MAX_DATE_SHIFT_DAYS;
    }
}
