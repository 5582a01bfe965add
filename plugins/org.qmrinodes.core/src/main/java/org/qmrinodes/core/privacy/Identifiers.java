package org.qmrinodes.core.privacy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The identifier policy applied to what a reader writes: Patient ID, Study and Series Instance UIDs,
 * file paths, dates, and free text (problems, notes, warnings) that mentions any of them.
 *
 * <ul>
 * <li>{@link IdentifierPolicy#KEEP}: everything as it is.</li>
 * <li>{@link IdentifierPolicy#PSEUDONYMISE}: Patient ID → {@code P-} + 16 hex digits, Study UID →
 * {@code ST-…}, Series UID → {@code SE-…}, any other UID in text → {@code UID-…} (see
 * {@link Pseudonymiser}); paths relative to the root folder; dates shifted by the patient's offset;
 * every identifier met so far is replaced in free text, also inside paths (PACS exports often name
 * folders by Patient ID).</li>
 * <li>{@link IdentifierPolicy#DROP}: identifiers empty (in text {@code (patient)}, {@code (uid)}),
 * paths relative to the root folder, dates dropped.</li>
 * </ul>
 * Not thread-safe: one instance per node execution or command.
 */
public final class Identifiers {

    private final IdentifierPolicy policy;
    private final Pseudonymiser pseudonymiser;
    private final Path root;
    /** Identifier → replacement, for free text. */
    private final Map<String, String> seen = new LinkedHashMap<>();
    /** Every identifier of {@link #seen} as one alternation, longest first; rebuilt when one is added. */
    private Pattern known;

    private Identifiers(final IdentifierPolicy policy, final Pseudonymiser pseudonymiser, final Path root) {
        this.policy = policy;
        this.pseudonymiser = pseudonymiser;
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    /** @return identifiers kept as they are */
    public static Identifiers keep() {
        return new Identifiers(IdentifierPolicy.KEEP, null, null);
    }

    /**
     * @param policy the policy
     * @param pseudonymiser the keyed pseudonymiser; needed (not null) for {@link IdentifierPolicy#PSEUDONYMISE}
     * @param root the folder paths are made relative to (for pseudonymise and drop)
     * @return the identifiers
     * @throws InvalidDataException when pseudonymise lacks the pseudonymiser
     */
    public static Identifiers of(final IdentifierPolicy policy, final Pseudonymiser pseudonymiser, final Path root) {
        if (policy == IdentifierPolicy.PSEUDONYMISE && pseudonymiser == null) {
            throw new InvalidDataException("identifiers 'pseudonymise' needs a key; identifiers are never kept as a fallback");
        }
        return new Identifiers(policy, pseudonymiser, root);
    }

    /** @return the policy */
    public IdentifierPolicy policy() {
        return policy;
    }

    /** @return the written Patient ID */
    public String patientId(final String id) {
        return identifier("patient", "P-", "(patient)", id);
    }

    /** @return the written Study Instance UID */
    public String studyUid(final String uid) {
        return identifier("study", "ST-", "(uid)", uid);
    }

    /** @return the written Series Instance UID */
    public String seriesUid(final String uid) {
        return identifier("series", "SE-", "(uid)", uid);
    }

    private String identifier(final String kind, final String prefix, final String dropped, final String value) {
        if (policy == IdentifierPolicy.KEEP || value == null || value.isEmpty()) {
            return value;
        }
        final String out = policy == IdentifierPolicy.DROP ? "" : pseudonymiser.pseudonym(kind, prefix, value);
        if (seen.putIfAbsent(value, policy == IdentifierPolicy.DROP ? dropped : out) == null) {
            known = null;
        }
        return out;
    }

    /**
     * @param file a file
     * @return its path as written: as it is (keep), else relative to the root folder with every
     *         identifier met so far replaced
     */
    public String path(final Path file) {
        if (policy == IdentifierPolicy.KEEP) {
            return file.toString();
        }
        final Path abs = file.toAbsolutePath().normalize();
        final String relative = root != null && abs.startsWith(root) ? root.relativize(abs).toString() : abs.getFileName().toString();
        return text(relative);
    }

    /**
     * @param date a date (null when absent)
     * @param patientId the patient whose date it is (as in the file)
     * @return the date as written: as it is, shifted by the patient's offset, or null (drop)
     */
    public LocalDate date(final LocalDate date, final String patientId) {
        if (date == null || policy == IdentifierPolicy.KEEP) {
            return date;
        }
        return policy == IdentifierPolicy.DROP ? null : date.plusDays(pseudonymiser.dateShiftDays(patientId));
    }

    /**
     * @param message free text
     * @return the text as written: the root folder removed from absolute paths, and every identifier
     *         met so far and every other UID replaced (unchanged for keep)
     */
    public String text(final String message) {
        if (policy == IdentifierPolicy.KEEP || message == null || message.isEmpty()) {
            return message;
        }
        String out = message;
        if (root != null) {
            out = out.replace(root + java.io.File.separator, "").replace(root.toString(), ".");
        }
        if (!seen.isEmpty()) {
            final Matcher known = knownPattern().matcher(out);
            final StringBuilder replaced = new StringBuilder();
            while (known.find()) {
                known.appendReplacement(replaced, Matcher.quoteReplacement(seen.get(known.group())));
            }
            known.appendTail(replaced);
            out = replaced.toString();
        }
        final Matcher uid = IdentifierPatterns.UID.matcher(out);
        final StringBuilder b = new StringBuilder();
        while (uid.find()) {
            uid.appendReplacement(b, Matcher.quoteReplacement(policy == IdentifierPolicy.DROP ? "(uid)"
                : pseudonymiser.pseudonym("uid", "UID-", uid.group())));
        }
        uid.appendTail(b);
        return b.toString();
    }

    /** @return a pattern matching any identifier met so far as a whole token, the longest first */
    private Pattern knownPattern() {
        if (known == null) {
            final String alternatives = seen.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            known = Pattern.compile("(?<![\\w.])(?:" + alternatives + ")(?![\\w]|\\.\\d)");
        }
        return known;
    }
}
