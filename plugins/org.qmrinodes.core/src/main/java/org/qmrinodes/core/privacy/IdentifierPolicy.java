package org.qmrinodes.core.privacy;

import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;

/** What a reader does with patient and study identifiers (Patient ID, UIDs, file paths, dates). */
public enum IdentifierPolicy {
    /** Identifiers as in the files. */
    KEEP,
    /** Keyed pseudonyms ({@link Pseudonymiser}), paths relative to the root folder, dates shifted per patient. */
    PSEUDONYMISE,
    /** Identifiers left empty, paths relative to the root folder, dates dropped. */
    DROP;

    /** @return the setting's value as written in settings and on the command line */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value {@code keep}, {@code pseudonymise} or {@code drop} (case-insensitive)
     * @param setting the setting's name, for the message
     * @return the policy
     * @throws InvalidDataException naming the setting and the allowed values otherwise
     */
    public static IdentifierPolicy parse(final String value, final String setting) {
        for (final IdentifierPolicy p : values()) {
            if (p.settingValue().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return p;
            }
        }
        throw new InvalidDataException(setting + ": '" + value + "' is not one of keep, pseudonymise, drop");
    }
}
