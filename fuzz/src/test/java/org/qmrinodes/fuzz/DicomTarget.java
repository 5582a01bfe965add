package org.qmrinodes.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/**
 * DICOM: a folder with two generated series, a DWI series A that the mutations damage and a T2*
 * series B that they never touch; each case runs {@code dicom-scan} on the folder, {@code fit --model
 * adc} on A and {@code fit --model t2star} on B (both within reader 1's mask).
 *
 * <p>Rules beyond {@link OutputRules}: the scan exits 0 and lists B exactly as before, and B's fit
 * exits 0 with the same map (one bad series never aborts the folder); a {@link Expectation#USABLE}
 * mutation leaves A's row and map as they were; after a {@link Expectation#FLAGGED} mutation the scan
 * does not list A as fine and A's fit does not exit 0 without a warning; a map written is readable
 * (finite geometry).
 */
final class DicomTarget implements FuzzTarget {

    /** What a mutation leaves of series A. */
    enum Expectation {
        /** The same data: the same row and map. */
        USABLE,
        /** Damaged data that must be reported. */
        FLAGGED,
        /** Anything may happen, within {@link OutputRules}. */
        ANY
    }

    private interface Edit {
        /** Mutates series A's files, returns what it did. */
        String apply(Random r, List<Path> files, Path folder) throws IOException;
    }

    private record Mutation(String name, Expectation expectation, Edit edit) {
    }

    private static final Set<String> USABLE_COLUMNS = Set.of("rows", "columns", "slices", "volumes", "spacing_x",
        "spacing_y", "spacing_z", "b_values", "problem");
    private static final String[][] TRANSFER_SYNTAXES = {{"rle", "1.2.840.10008.1.2.5"},
        {"jpeg-baseline", "1.2.840.10008.1.2.4.50"}, {"jpeg-lossless", "1.2.840.10008.1.2.4.70"},
        {"jpeg2000", "1.2.840.10008.1.2.4.90"}, {"deflate", "1.2.840.10008.1.2.1.99"},
        {"big-endian", "1.2.840.10008.1.2.2"}};

    private final List<Mutation> mutations = mutations();
    private Path base;
    private Path masks;
    private Truth seriesA;
    private Truth seriesB;
    private Map<String, String> baselineA;
    private Map<String, String> baselineB;
    private float[] baselineAdc;
    private float[] baselineT2star;

    @Override
    public Kind kind() {
        return Kind.DICOM;
    }

    @Override
    public void prepare(final Path work, final InProcessCli cli) throws IOException {
        base = work.resolve("dicom-base");
        masks = work.resolve("dicom-masks");
        final PixelMedToolkit toolkit = new PixelMedToolkit();
        seriesA = SyntheticMrSeries.write(new Spec(Protocol.DWI, 16, 14, 3, 2.5, 4.0, 30, BValueStorage.STANDARD, "FUZZ",
            11), base.resolve("a"), toolkit);
        seriesB = SyntheticMrSeries.write(new Spec(Protocol.T2STAR_MULTI_ECHO, 12, 12, 3, 2.0, 3.0, 30,
            BValueStorage.STANDARD, "FUZZ", 12), base.resolve("b"), toolkit);
        // only DICOM files in the scanned folder, so that any warning of the scan is about a mutation
        Files.createDirectories(masks);
        for (final String series : List.of("a", "b")) {
            try (Stream<Path> s = Files.list(base.resolve(series))) {
                for (final Path p : s.filter(p -> !p.toString().endsWith(".dcm")).toList()) {
                    Files.move(p, masks.resolve(series + "-" + p.getFileName()));
                }
            }
        }
        final Runs runs = runAll(cli, base, work.resolve("dicom-baseline"));
        for (final Invocation i : List.of(runs.scan, runs.fitA, runs.fitB)) {
            if (i.status() != 0 || !OutputRules.check(i).isEmpty()) {
                throw new AssertionError("unmutated DICOM input: " + i.args() + " gave " + i.status() + ": " + i.err());
            }
        }
        if (!runs.scan.err().isBlank()) {
            throw new AssertionError("unmutated DICOM input: dicom-scan warns: " + runs.scan.err());
        }
        baselineA = row(runs.scan, seriesA.seriesUid());
        baselineB = row(runs.scan, seriesB.seriesUid());
        baselineAdc = Outputs.map(runs.outA.resolve("adc.nii.gz"));
        baselineT2star = Outputs.map(runs.outB.resolve("t2star.nii.gz"));
    }

    private record Runs(Invocation scan, Invocation fitA, Invocation fitB, Path outA, Path outB) {
    }

    private Runs runAll(final InProcessCli cli, final Path folder, final Path out) {
        try {
            Files.createDirectories(out);
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        final Path outA = out.resolve("fit-a");
        final Path outB = out.resolve("fit-b");
        final Invocation scan = cli.run(List.of("dicom-scan", "--dir", folder.toString()));
        final Invocation fitA = cli.run(List.of("fit", "--dir", folder.toString(), "--series", seriesA.seriesUid(),
            "--model", "adc", "--mask", masks.resolve("a-" + seriesA.reader1File().getFileName()).toString(),
            "--out-dir", outA.toString()));
        final Invocation fitB = cli.run(List.of("fit", "--dir", folder.toString(), "--series", seriesB.seriesUid(),
            "--model", "t2star", "--mask", masks.resolve("b-" + seriesB.reader1File().getFileName()).toString(),
            "--out-dir", outB.toString()));
        return new Runs(scan, fitA, fitB, outA, outB);
    }

    private static Map<String, String> row(final Invocation scan, final String uid) {
        try {
            return Outputs.rows(scan.out()).stream().filter(r -> uid.equals(r.get("series_uid"))).findFirst().orElse(null);
        } catch (final IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public CaseResult run(final long seed, final Path scratch, final InProcessCli cli) throws IOException {
        final Random r = new Random(seed);
        final Mutation m = mutations.get(r.nextInt(mutations.size()));
        final Path folder = scratch.resolve("in");
        copyTree(base, folder);
        final List<Path> files;
        try (Stream<Path> s = Files.list(folder.resolve("a"))) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        final String description = m.name() + ": " + m.edit().apply(r, files, folder.resolve("a"));
        final Runs runs = runAll(cli, folder, scratch.resolve("out"));
        final List<Finding> findings = new ArrayList<>();
        final List<Invocation> all = List.of(runs.scan, runs.fitA, runs.fitB);
        all.forEach(i -> findings.addAll(OutputRules.check(i)));
        findings.addAll(OutputRules.expectStatus(runs.scan, 0));
        findings.addAll(OutputRules.expectStatus(runs.fitB, 0));
        if (runs.scan.status() == 0) {
            final Map<String, String> b = row(runs.scan, seriesB.seriesUid());
            final String d = b == null ? "series B not listed" : Outputs.rowDifference(baselineB, b, Set.of());
            if (d != null) {
                findings.add(new Finding("dicom-scan", Symptom.WRONG_RESULT, "untouched series B: " + d));
            }
        }
        if (runs.fitB.status() == 0) {
            final String d = Outputs.mapDifference(baselineT2star, runs.outB.resolve("t2star.nii.gz"));
            if (d != null) {
                findings.add(new Finding("fit", Symptom.WRONG_RESULT, "untouched series B: " + d));
            }
        }
        final Map<String, String> a = runs.scan.status() == 0 ? row(runs.scan, seriesA.seriesUid()) : null;
        switch (m.expectation()) {
            case USABLE -> {
                findings.addAll(OutputRules.expectStatus(runs.fitA, 0));
                if (runs.scan.status() == 0) {
                    final String d = a == null ? "series A not listed" : Outputs.rowDifference(
                        restrict(baselineA), restrict(a), Set.of());
                    if (d != null) {
                        findings.add(new Finding("dicom-scan", Symptom.WRONG_RESULT, "series A: " + d));
                    }
                }
                if (runs.fitA.status() == 0) {
                    final String d = Outputs.mapDifference(baselineAdc, runs.outA.resolve("adc.nii.gz"));
                    if (d != null) {
                        findings.add(new Finding("fit", Symptom.WRONG_RESULT, "series A: " + d));
                    }
                }
            }
            case FLAGGED -> {
                if (a != null && looksFine(a) && !warnsAboutA(runs.scan.err(), folder)) {
                    findings.add(new Finding("dicom-scan", Symptom.SILENT_ACCEPT, "series A listed as fine: files "
                        + a.get("files") + ", skipped " + a.get("skipped_files") + ", empty problem"));
                }
                if (runs.fitA.status() == 0 && !mentionsWarning(runs.fitA.err())) {
                    findings.add(new Finding("fit", Symptom.SILENT_ACCEPT, "exit 0 without a warning: "
                        + OutputRules.firstLine(runs.fitA.err())));
                }
            }
            case ANY -> {
                // only the rules of every run
            }
        }
        if (runs.fitA.status() == 0) {
            final Path adc = runs.outA.resolve("adc.nii.gz");
            try {
                Outputs.map(adc);
            } catch (final RuntimeException e) {
                findings.add(new Finding("fit", Symptom.WRONG_RESULT, "exit 0 but the map is unusable: " + e.getMessage()));
            }
        }
        return new CaseResult(kind(), m.name(), seed, description, findings, all);
    }

    private static Map<String, String> restrict(final Map<String, String> row) {
        final Map<String, String> out = new java.util.TreeMap<>();
        row.forEach((k, v) -> {
            if (USABLE_COLUMNS.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private boolean looksFine(final Map<String, String> a) {
        return a.getOrDefault("problem", "").isEmpty() && "0".equals(a.get("skipped_files"))
            && a.get("files").equals(baselineA.get("files"));
    }

    private static boolean mentionsWarning(final String err) {
        return err.toLowerCase(java.util.Locale.ROOT).contains("warning");
    }

    /** @return whether a warning line names series A or one of its files */
    private boolean warnsAboutA(final String err, final Path folder) {
        final String files = folder.resolve("a").toString();
        return err.lines().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("warning")
            && (l.contains(seriesA.seriesUid()) || l.contains(files)));
    }

    private static void copyTree(final Path from, final Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (final Path p : s.toList()) {
                final Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    // ---- the mutations

    private static List<Mutation> mutations() {
        final List<Mutation> list = new ArrayList<>();
        list.add(new Mutation("noop", Expectation.USABLE, (r, files, dir) -> "nothing changed"));
        list.add(new Mutation("duplicate-identical", Expectation.USABLE, (r, files, dir) -> {
            final Path f = pick(r, files);
            Files.copy(f, dir.resolve("zz-copy-of-" + f.getFileName()));
            return "copied " + f.getFileName();
        }));
        list.add(new Mutation("duplicate-conflicting", Expectation.FLAGGED, (r, files, dir) -> {
            final Path f = pick(r, files);
            final byte[] b = Files.readAllBytes(f);
            final DicomBytes.Element pixels = DicomBytes.find(b, DicomBytes.PIXEL_DATA);
            for (int i = pixels.valueStart(); i < pixels.end(); i += 2) {
                b[i] ^= 0x11;
            }
            Files.write(dir.resolve("zz-copy-of-" + f.getFileName()), b);
            return "copied " + f.getFileName() + " with other pixel values";
        }));
        list.add(new Mutation("truncate", Expectation.FLAGGED, (r, files, dir) -> {
            final Path f = pick(r, files);
            final byte[] b = Files.readAllBytes(f);
            final int at = r.nextInt(b.length);
            Files.write(f, java.util.Arrays.copyOf(b, at));
            return f.getFileName() + " cut at byte " + at + " of " + b.length;
        }));
        list.add(new Mutation("header-byte-flip", Expectation.ANY, (r, files, dir) -> {
            final Path f = pick(r, files);
            final byte[] b = Files.readAllBytes(f);
            final int end = DicomBytes.find(b, DicomBytes.PIXEL_DATA).start();
            final StringBuilder what = new StringBuilder(f.getFileName().toString());
            for (int n = 1 + r.nextInt(4); n > 0; n--) {
                final int at = DicomBytes.FIRST_ELEMENT + r.nextInt(end - DicomBytes.FIRST_ELEMENT);
                final int mask = 1 + r.nextInt(255);
                b[at] ^= (byte) mask;
                what.append(String.format(" byte %d ^= 0x%02X", at, mask));
            }
            Files.write(f, b);
            return what.toString();
        }));
        list.add(new Mutation("absurd-element-length", Expectation.ANY, (r, files, dir) -> {
            final Path f = pick(r, files);
            final byte[] b = Files.readAllBytes(f);
            final List<DicomBytes.Element> elements = DicomBytes.elements(b).stream()
                .filter(e -> e.tag() != DicomBytes.PIXEL_DATA).toList();
            final DicomBytes.Element e = elements.get(r.nextInt(elements.size()));
            final long current = e.end() - e.valueStart();
            final long[] choices = e.longLength() ? new long[] {0xFFFFFFF0L, 0x7FFFFFFFL, current + 1, current + 1000}
                : new long[] {0xFFFF, current + 1, current + 3, 0};
            final long length = choices[r.nextInt(choices.length)];
            Files.write(f, DicomBytes.setLengthField(b, e, length));
            return String.format("%s element %08X (%s) length %d instead of %d", f.getFileName(), e.tag(), e.vr(), length,
                current);
        }));
        list.add(new Mutation("absurd-pixel-data-length", Expectation.FLAGGED, (r, files, dir) -> {
            final Path f = pick(r, files);
            final byte[] b = Files.readAllBytes(f);
            final DicomBytes.Element e = DicomBytes.find(b, DicomBytes.PIXEL_DATA);
            final long current = e.end() - e.valueStart();
            final long[] choices = {0x7FFFFFF0L, 0xFFFFFFF0L, current * 2, current - 2};
            final long length = choices[r.nextInt(choices.length)];
            Files.write(f, DicomBytes.setLengthField(b, e, length));
            return f.getFileName() + " Pixel Data length " + length + " instead of " + current;
        }));
        for (final int v : new int[] {0, 65535}) {
            list.add(value("rows-" + v, DicomBytes.ROWS, b -> DicomBytes.replaceUnsignedShort(b, DicomBytes.ROWS, v)));
            list.add(value("columns-" + v, DicomBytes.COLUMNS,
                b -> DicomBytes.replaceUnsignedShort(b, DicomBytes.COLUMNS, v)));
        }
        for (final int v : new int[] {1, 12, 32, 64}) {
            list.add(value("bits-allocated-" + v, DicomBytes.BITS_ALLOCATED,
                b -> DicomBytes.replaceUnsignedShort(b, DicomBytes.BITS_ALLOCATED, v)));
        }
        list.add(value("bits-stored-over-allocated", DicomBytes.BITS_STORED, b -> DicomBytes.replaceUnsignedShort(
            DicomBytes.replaceUnsignedShort(b, DicomBytes.BITS_STORED, 20), DicomBytes.HIGH_BIT, 19)));
        final String[][] spacings = {{"0", "0\\0"}, {"negative", "-1\\-1"}, {"nan", "NaN\\NaN"}, {"huge", "1e308\\1e308"}};
        for (final String[] s : spacings) {
            list.add(value("pixel-spacing-" + s[0], DicomBytes.PIXEL_SPACING,
                b -> DicomBytes.replaceText(b, DicomBytes.PIXEL_SPACING, s[1])));
        }
        list.add(value("orientation-nan", DicomBytes.IMAGE_ORIENTATION,
            b -> DicomBytes.replaceText(b, DicomBytes.IMAGE_ORIENTATION, "NaN\\0\\0\\0\\1\\0")));
        list.add(value("orientation-parallel", DicomBytes.IMAGE_ORIENTATION,
            b -> DicomBytes.replaceText(b, DicomBytes.IMAGE_ORIENTATION, "1\\0\\0\\1\\0\\0")));
        final String[][] slopes = {{"nan", "NaN"}, {"empty", ""}, {"zero", "0"}};
        for (final String[] s : slopes) {
            list.add(value("rescale-slope-" + s[0], DicomBytes.RESCALE_SLOPE,
                b -> DicomBytes.replaceText(b, DicomBytes.RESCALE_SLOPE, s[1])));
        }
        list.add(value("pixel-data-missing", DicomBytes.PIXEL_DATA, b -> DicomBytes.remove(b, DicomBytes.PIXEL_DATA)));
        for (final String[] ts : TRANSFER_SYNTAXES) {
            list.add(value("transfer-syntax-" + ts[0], DicomBytes.TRANSFER_SYNTAX,
                b -> DicomBytes.replaceText(b, DicomBytes.TRANSFER_SYNTAX, ts[1])));
        }
        return list.stream().map(m -> new Mutation("dicom-" + m.name(), m.expectation(), m.edit())).toList();
    }

    private interface ByteEdit {
        byte[] apply(byte[] file);
    }

    /** A flagged mutation of one element, in one file or in every file of series A. */
    private static Mutation value(final String name, final int tag, final ByteEdit edit) {
        return new Mutation(name, Expectation.FLAGGED, (r, files, dir) -> {
            final boolean all = r.nextBoolean();
            final List<Path> targets = all ? files : List.of(pick(r, files));
            for (final Path f : targets) {
                Files.write(f, edit.apply(Files.readAllBytes(f)));
            }
            return String.format("element %08X in %s", tag, all ? "every file" : targets.get(0).getFileName());
        });
    }

    private static Path pick(final Random r, final List<Path> files) {
        return files.get(r.nextInt(files.size()));
    }
}
