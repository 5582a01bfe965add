package org.qmrinodes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.privacy.IdentifierPolicy;
import org.qmrinodes.core.privacy.Identifiers;
import org.qmrinodes.core.privacy.Pseudonymiser;

/**
 * {@code --identifiers keep|pseudonymise|drop [--key-file F]} of every command whose output holds
 * Patient IDs, Study or Series UIDs or file paths. The pseudonym key is the key file's text (UTF-8,
 * trailing line breaks removed, so that {@code echo secret > F} and {@code QMRI_PSEUDONYM_KEY=secret}
 * give the same pseudonyms) or, without {@code --key-file}, the environment variable
 * {@value #KEY_VARIABLE}; it is never written anywhere.
 */
final class IdentifierOptions {

    /** Environment variable holding the pseudonym key when no --key-file is given. */
    static final String KEY_VARIABLE = "QMRI_PSEUDONYM_KEY";

    private IdentifierOptions() {
    }

    /** @return {@code options} with --identifiers and --key-file added */
    static Options declare(final Options options) {
        return options.optional("identifiers", "keep|pseudonymise|drop", "Patient ID, UIDs and file paths in the output:"
            + " as in the files; keyed pseudonyms (HMAC-SHA-256: P-, ST-, SE- and 16 hex digits); or left empty. Both"
            + " write paths relative to the command's DICOM folder and replace the identifiers in messages", IdentifierPolicy.KEEP.settingValue())
            .optional("key-file", "F", "file holding the pseudonym key as text (line breaks at its end are ignored;"
                + " default: the environment variable " + KEY_VARIABLE + ")", null)
            .inputs("key-file");
    }

    /**
     * @param o the parsed options
     * @param root the folder file paths are made relative to
     * @return the identifier policy of the command
     * @throws CliException (usage) for an unknown policy, a key file without pseudonymise, or
     *         pseudonymise without a key (naming --key-file and {@value #KEY_VARIABLE}); (data) when the
     *         key file cannot be read
     */
    static Identifiers parse(final Options o, final Path root) throws CliException {
        final IdentifierPolicy policy;
        try {
            policy = IdentifierPolicy.parse(o.get("identifiers"), "--identifiers");
        } catch (final InvalidDataException e) {
            throw CliException.usage(e.getMessage());
        }
        final Path keyFile = o.path("key-file");
        if (policy != IdentifierPolicy.PSEUDONYMISE) {
            if (keyFile != null) {
                throw CliException.usage("--key-file goes with --identifiers pseudonymise");
            }
            return Identifiers.of(policy, null, root);
        }
        final String key;
        if (keyFile != null) {
            try {
                key = Files.readString(keyFile, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", "");
            } catch (final IOException e) {
                throw CliException.data("cannot read the pseudonym key --key-file " + keyFile + ": " + e.getMessage());
            }
        } else {
            key = o.environmentVariable(KEY_VARIABLE);
        }
        try {
            return Identifiers.of(policy, Pseudonymiser.withKey(key, "--key-file " + keyFile), root);
        } catch (final InvalidDataException e) {
            throw CliException.usage(keyFile != null ? e.getMessage()
                : "--identifiers pseudonymise needs a key: give --key-file F or set the environment variable " + KEY_VARIABLE
                    + "; identifiers are never kept as a fallback");
        }
    }
}
