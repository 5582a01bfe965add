package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;
import static org.qmrinodes.cli.QmriRun.qmriWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code --identifiers keep|pseudonymise|drop} and {@code --key-file} of the commands that write
 * identifiers: the pseudonyms are the keyed HMAC of the documented message, stable across runs and
 * key sources, pass the privacy check where the kept identifiers fail it, and a missing key is an
 * error, never a silent keep.
 */
class IdentifierOptionsTest {

    private static final String KEY = "lab secret 2026";
    private static final List<String> IDENTIFIER_COLUMNS = List.of("patient_id", "study_uid", "series_uid");

    @TempDir
    Path tmp;

    private Path cohort;
    private Path keyFile;

    @BeforeEach
    void writeCohort() throws IOException {
        cohort = tmp.resolve("cohort");
        final QmriRun gen = qmri("generate-mr", "--out-dir", cohort.toString(), "--patients", "2", "--protocols", "t2",
            "--seed", "5");
        assertEquals(0, gen.status(), gen.err());
        keyFile = tmp.resolve("key.txt");
        Files.writeString(keyFile, KEY + "\n");
    }

    /** HMAC-SHA-256(key, kind ":" value), its first 8 bytes as hex after the prefix (Pseudonymiser's Javadoc). */
    private static String pseudonym(final String kind, final String prefix, final String value) throws GeneralSecurityException {
        final Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        final byte[] h = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(h, 0, 8);
    }

    private CsvTable scan(final Path outDir, final Map<String, String> environment, final String... identifierOptions) {
        final List<String> args = new java.util.ArrayList<>(List.of("dicom-scan", "--dir", cohort.toString(), "--out",
            outDir.resolve("series.csv").toString(), "--skipped-out", outDir.resolve("skipped.csv").toString()));
        args.addAll(List.of(identifierOptions));
        final QmriRun r = qmriWith(environment, args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        return CsvTable.read(outDir.resolve("series.csv"));
    }

    @Test
    void pseudonymsAreTheKeyedHmacAndTheSameInEveryRunAndFromEitherKeySource() throws Exception {
        final CsvTable kept = scan(tmp, Map.of());
        final CsvTable fromFile = scan(Files.createDirectory(tmp.resolve("a")), Map.of(), "--identifiers", "pseudonymise",
            "--key-file", keyFile.toString());
        final CsvTable fromEnvironment = scan(Files.createDirectory(tmp.resolve("b")),
            Map.of(IdentifierOptions.KEY_VARIABLE, KEY), "--identifiers", "pseudonymise");
        assertEquals(Files.readString(tmp.resolve("a/series.csv")), Files.readString(tmp.resolve("b/series.csv")));
        assertEquals(Files.readString(tmp.resolve("a/skipped.csv")), Files.readString(tmp.resolve("b/skipped.csv")));
        assertEquals(2, kept.size());
        for (int r = 0; r < kept.size(); r++) {
            assertTrue(kept.text(r, "patient_id").startsWith("SYN"), kept.text(r, "patient_id"));
            assertEquals(pseudonym("patient", "P-", kept.text(r, "patient_id")), fromFile.text(r, "patient_id"));
            assertEquals(pseudonym("study", "ST-", kept.text(r, "study_uid")), fromFile.text(r, "study_uid"));
            assertEquals(pseudonym("series", "SE-", kept.text(r, "series_uid")), fromFile.text(r, "series_uid"));
            assertEquals(kept.text(r, "echo_times"), fromFile.text(r, "echo_times"));
        }
        final CsvTable skipped = CsvTable.read(tmp.resolve("a/skipped.csv"));
        assertTrue(skipped.texts("file").contains("manifest.csv"), skipped.texts("file").toString());
        skipped.texts("file").forEach(f -> assertFalse(Path.of(f).isAbsolute() || f.contains("SYN"), f));
        final CsvTable otherKey = scan(Files.createDirectory(tmp.resolve("c")), Map.of(IdentifierOptions.KEY_VARIABLE, "x"),
            "--identifiers", "pseudonymise");
        assertNotEquals(fromFile.texts("patient_id"), otherKey.texts("patient_id"));
    }

    @Test
    void thePrivacyCheckPassesThePseudonymisedTablesAndFindsTheKeptIdentifiers() throws IOException {
        final Path knownIds = tmp.resolve("ids.txt");
        final CsvTable kept = scan(Files.createDirectory(tmp.resolve("kept")), Map.of());
        Files.write(knownIds, new TreeSet<>(kept.texts("patient_id")));
        scan(Files.createDirectory(tmp.resolve("shared")), Map.of(), "--identifiers", "pseudonymise", "--key-file",
            keyFile.toString());
        final QmriRun pass = qmri("privacy-check", "--dir", tmp.resolve("shared").toString(), "--known-ids",
            knownIds.toString());
        assertEquals(0, pass.status(), pass.out() + pass.err());
        assertEquals("location,column,row,kind,excerpt", pass.out().strip());

        final QmriRun fail = qmri("privacy-check", "--dir", tmp.resolve("kept").toString(), "--known-ids", knownIds.toString());
        assertEquals(1, fail.status(), fail.err());
        final Path findings = tmp.resolve("findings.csv");
        Files.writeString(findings, fail.out());
        final CsvTable f = CsvTable.read(findings);
        final Set<String> kinds = new TreeSet<>();
        for (int r = 0; r < f.size(); r++) {
            if (f.text(r, "location").equals("series.csv")) {
                kinds.add(f.text(r, "kind"));
            }
        }
        assertTrue(kinds.containsAll(Set.of("known Patient ID", "DICOM UID")), kinds.toString());
        assertTrue(f.texts("location").contains("skipped.csv") && f.texts("kind").contains("absolute path"), fail.out());
    }

    @Test
    void dropLeavesEveryIdentifierEmpty() throws IOException {
        final Path dir = Files.createDirectory(tmp.resolve("dropped"));
        final CsvTable dropped = scan(dir, Map.of(), "--identifiers", "drop");
        assertEquals(2, dropped.size());
        for (final String column : IDENTIFIER_COLUMNS) {
            dropped.texts(column).forEach(v -> assertTrue(v == null || v.isEmpty(), column + ": " + v));
        }
        assertFalse(Files.readString(dir.resolve("series.csv")).contains("SYN"));
        assertEquals(0, qmri("privacy-check", "--dir", dir.toString(), "--known-ids",
            Files.writeString(tmp.resolve("ids.txt"), "SYN001\nSYN002\n").toString()).status());
    }

    @Test
    void pseudonymiseWithoutAKeyIsAUsageErrorNamingBothKeySources() throws IOException {
        final Path out = tmp.resolve("series.csv");
        final QmriRun noKey = qmriWith(Map.of(), "dicom-scan", "--dir", cohort.toString(), "--identifiers", "pseudonymise",
            "--out", out.toString());
        assertEquals(CliException.USAGE, noKey.status());
        assertTrue(noKey.err().contains("--key-file") && noKey.err().contains(IdentifierOptions.KEY_VARIABLE), noKey.err());
        assertFalse(Files.exists(out), "no table written");
        assertEquals("", noKey.out());

        final Path empty = Files.writeString(tmp.resolve("empty.key"), "\n");
        final QmriRun emptyKey = qmriWith(Map.of(IdentifierOptions.KEY_VARIABLE, KEY), "dicom-scan", "--dir",
            cohort.toString(), "--identifiers", "pseudonymise", "--key-file", empty.toString());
        assertEquals(CliException.USAGE, emptyKey.status());
        assertTrue(emptyKey.err().contains("--key-file"), emptyKey.err());

        final QmriRun unknown = qmri("dicom-scan", "--dir", cohort.toString(), "--identifiers", "hash");
        assertEquals(CliException.USAGE, unknown.status());
        assertTrue(unknown.err().contains("keep, pseudonymise, drop"), unknown.err());
        assertEquals(CliException.USAGE, qmri("dicom-scan", "--dir", cohort.toString(), "--key-file", keyFile.toString())
            .status());
        assertEquals(CliException.DATA, qmri("dicom-scan", "--dir", cohort.toString(), "--identifiers", "pseudonymise",
            "--key-file", tmp.resolve("missing.key").toString()).status());
    }

    @Test
    void fitFindsTheSeriesByItsPseudonymAndNamesNoIdentifier() throws Exception {
        final CsvTable kept = scan(tmp, Map.of());
        final String uid = kept.text(0, "series_uid");
        final Path maps = tmp.resolve("maps");
        final QmriRun fit = qmri("fit", "--dir", cohort.toString(), "--series", pseudonym("series", "SE-", uid), "--model",
            "t2", "--out-dir", maps.toString(), "--identifiers", "pseudonymise", "--key-file", keyFile.toString());
        assertEquals(0, fit.status(), fit.err());
        assertTrue(fit.err().contains(pseudonym("series", "SE-", uid)) && !fit.err().contains(uid), fit.err());
        assertTrue(Files.isRegularFile(maps.resolve("t2.nii.gz")));
        assertFalse(Files.readString(maps.resolve("fit.txt")).contains(uid));

        final QmriRun unknown = qmri("fit", "--dir", cohort.toString(), "--series", "SE-0000000000000000", "--model", "t2",
            "--out-dir", maps.toString(), "--identifiers", "pseudonymise", "--key-file", keyFile.toString());
        assertEquals(CliException.DATA, unknown.status());
        assertTrue(unknown.err().contains(pseudonym("series", "SE-", uid)), unknown.err());
        for (int r = 0; r < kept.size(); r++) {
            assertFalse(unknown.err().contains(kept.text(r, "series_uid")), unknown.err());
        }
    }

    @Test
    void aPseudonymisedManifestJoinsThePseudonymisedScan() throws Exception {
        final Path other = tmp.resolve("other");
        final QmriRun gen = qmriWith(Map.of(IdentifierOptions.KEY_VARIABLE, KEY), "generate-mr", "--out-dir",
            other.toString(), "--patients", "2", "--protocols", "t2", "--seed", "5", "--identifiers", "pseudonymise");
        assertEquals(0, gen.status(), gen.err());
        final CsvTable manifest = CsvTable.read(other.resolve("manifest.csv"));
        final CsvTable kept = scan(tmp, Map.of());
        final CsvTable pseudonymised = scan(Files.createDirectory(tmp.resolve("p")), Map.of(), "--identifiers",
            "pseudonymise", "--key-file", keyFile.toString());
        assertEquals(new TreeSet<>(pseudonymised.texts("series_uid")), new TreeSet<>(manifest.texts("series_uid")));
        for (int r = 0; r < manifest.size(); r++) {
            final int row = pseudonymised.texts("series_uid").indexOf(manifest.text(r, "series_uid"));
            assertEquals(pseudonymised.text(row, "patient_id"), manifest.text(r, "patient_id"));
            assertEquals(pseudonym("patient", "P-", kept.text(row, "patient_id")), manifest.text(r, "patient_id"));
            assertFalse(manifest.text(r, "folder").contains("SYN"), manifest.text(r, "folder"));
        }
    }
}
