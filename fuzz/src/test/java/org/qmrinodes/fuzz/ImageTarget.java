package org.qmrinodes.fuzz;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.mask.Nrrd;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/**
 * NIfTI-1 maps and NIfTI-1 / NRRD masks, written by the core writers, mutated in their headers,
 * data and compression, run through {@code histogram} (map or mask mutated, or a hostile option) and
 * {@code fit --mask} (mask mutated) on a generated DWI series.
 *
 * <p>Rules beyond {@link OutputRules}: a {@link Expectation#USABLE} mutation gives the same table or
 * map; an {@link Expectation#INVALID} one exits 1 (a usage error in an option exits 2); a non-finite
 * value inside the VOI is excluded and counted; a non-finite mask value is not taken silently.
 */
final class ImageTarget implements FuzzTarget {

    /** What a mutation leaves of the input. */
    enum Expectation {
        /** The same data: the same output. */
        USABLE,
        /** Unusable data: exit 1. */
        INVALID,
        /** Bad usage: exit 2. */
        USAGE,
        /** A non-finite value in the VOI: exit 1, or exit 0 with the voxel excluded and counted. */
        EXCLUDED,
        /** Doubtful data: exit 1, or exit 0 with a warning. */
        NAMED,
        /** Anything, within {@link OutputRules}. */
        ANY
    }

    /** The bytes of a mutated file. */
    private record Mutated(byte[] bytes, boolean gz, String description) {
    }

    private interface FileEdit {
        Mutated apply(Random r, byte[] raw, boolean gz) throws IOException;
    }

    private record Mutation(String name, Expectation expectation, FileEdit edit) {
    }

    private interface HeaderEdit {
        String apply(Random r, ByteBuffer header, byte[] raw);
    }

    private static final Set<String> PATH_COLUMNS = Set.of("image", "mask", "file", "name", "source");

    private final List<Mutation> imageMutations = nifti(false);
    private final List<Mutation> maskMutations = nifti(true);
    private final List<Mutation> nrrdMutations = nrrd();
    private final List<String[]> optionMutations = options();

    private Path base;
    private Truth dwi;
    private final Map<String, String> histogramBaseline = new java.util.HashMap<>();
    private float[] adcBaseline;
    private int[] maskLabels;

    @Override
    public Kind kind() {
        return Kind.IMAGE;
    }

    @Override
    public void prepare(final Path work, final InProcessCli cli) throws IOException {
        base = work.resolve("image-base");
        Files.createDirectories(base);
        final Geometry g = new Geometry(20, 16, 5, new double[] {-10, -12, 5}, new double[] {1.5, 1.5, 3},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Random r = new Random(5);
        final float[] map = new float[(int) g.voxelCount()];
        maskLabels = new int[map.length];
        for (int k = 0; k < 5; k++) {
            for (int j = 0; j < 16; j++) {
                for (int i = 0; i < 20; i++) {
                    final int v = (k * 16 + j) * 20 + i;
                    map[v] = (float) (1.0e-3 + 2e-4 * r.nextGaussian());
                    final double x = (i - 9.5) / 6;
                    final double y = (j - 7.5) / 5;
                    final double z = (k - 2) / 2.0;
                    maskLabels[v] = x * x + y * y + z * z <= 1 ? 1 : i < 3 && j < 3 ? 2 : 0;
                }
            }
        }
        Nifti.write(base.resolve("map.nii"), g, List.of(map));
        Nifti.write(base.resolve("map.nii.gz"), g, List.of(map));
        final float[] labels = new float[map.length];
        for (int v = 0; v < labels.length; v++) {
            labels[v] = maskLabels[v];
        }
        Nifti.write(base.resolve("mask.nii.gz"), g, List.of(labels));
        Nrrd.write(base.resolve("mask.nrrd"), new Mask(g, maskLabels));
        dwi = SyntheticMrSeries.write(new Spec(Protocol.DWI, 16, 14, 3, 2.5, 4.0, 30, BValueStorage.STANDARD, "IMG", 21),
            base.resolve("dwi"), new PixelMedToolkit());
        Nrrd.write(base.resolve("dwi-mask.nrrd"), dwi.reader1());
        for (final String image : List.of("map.nii", "map.nii.gz")) {
            for (final String mask : List.of("mask.nii.gz", "mask.nrrd")) {
                final Invocation i = histogram(cli, base.resolve(image), base.resolve(mask), List.of());
                requireClean(i);
                histogramBaseline.put(image + "|" + mask, i.out());
            }
        }
        final Invocation fit = fit(cli, dwi.reader1File(), work.resolve("image-fit-baseline"));
        requireClean(fit);
        adcBaseline = Outputs.map(work.resolve("image-fit-baseline").resolve("adc.nii.gz"));
        final Path nrrdOut = work.resolve("image-fit-baseline-nrrd");
        requireClean(fit(cli, base.resolve("dwi-mask.nrrd"), nrrdOut));
        final String d = Outputs.mapDifference(adcBaseline, nrrdOut.resolve("adc.nii.gz"));
        if (d != null) {
            throw new AssertionError("fit with the NRRD mask differs from the NIfTI mask: " + d);
        }
    }

    private static void requireClean(final Invocation i) {
        if (i.status() != 0 || !OutputRules.check(i).isEmpty()) {
            throw new AssertionError("unmutated image input: " + i.args() + " gave " + i.status() + ": " + i.err());
        }
    }

    private static Invocation histogram(final InProcessCli cli, final Path image, final Path mask, final List<String> extra) {
        final List<String> args = new ArrayList<>(List.of("histogram", "--image", image.toString(), "--mask",
            mask.toString()));
        args.addAll(extra.isEmpty() ? List.of("--bins", "32") : extra);
        return cli.run(args);
    }

    private Invocation fit(final InProcessCli cli, final Path mask, final Path out) {
        return cli.run(List.of("fit", "--dir", dwi.files().get(0).getParent().toString(), "--series", dwi.seriesUid(),
            "--model", "adc", "--mask", mask.toString(), "--out-dir", out.toString()));
    }

    @Override
    public CaseResult run(final long seed, final Path scratch, final InProcessCli cli) throws IOException {
        final Random r = new Random(seed);
        final int scenario = r.nextInt(10);
        if (scenario == 9) {
            return optionCase(seed, r, cli);
        }
        final boolean fit = scenario >= 7;
        final boolean mutateMask = fit || scenario >= 3;
        final boolean nrrdMask = mutateMask && r.nextBoolean();
        final List<Mutation> list = !mutateMask ? imageMutations : nrrdMask ? nrrdMutations : maskMutations;
        final Mutation m = list.get(r.nextInt(list.size()));
        final Path original;
        if (fit) {
            original = nrrdMask ? base.resolve("dwi-mask.nrrd") : dwi.reader1File();
        } else if (mutateMask) {
            original = base.resolve(nrrdMask ? "mask.nrrd" : "mask.nii.gz");
        } else {
            original = base.resolve(r.nextBoolean() ? "map.nii" : "map.nii.gz");
        }
        final boolean gz = original.toString().endsWith(".gz");
        final byte[] onDisk = Files.readAllBytes(original);
        final Mutated mutated = m.edit().apply(r, nrrdMask ? onDisk : gz ? NiftiBytes.gunzip(onDisk) : onDisk, gz);
        final String name = nrrdMask ? "mutated.nrrd" : mutated.gz() ? "mutated.nii.gz" : "mutated.nii";
        final Path file = scratch.resolve(name);
        Files.write(file, mutated.bytes());
        final String description = m.name() + " of " + original.getFileName() + (fit ? " for fit" : "") + ": "
            + mutated.description();
        final Invocation run;
        final String baseline;
        if (fit) {
            run = fit(cli, file, scratch.resolve("out"));
            baseline = null;
        } else if (mutateMask) {
            final String image = r.nextBoolean() ? "map.nii" : "map.nii.gz";
            run = histogram(cli, base.resolve(image), file, List.of());
            baseline = histogramBaseline.get(image + "|" + original.getFileName());
        } else {
            final String mask = r.nextBoolean() ? "mask.nii.gz" : "mask.nrrd";
            run = histogram(cli, file, base.resolve(mask), List.of());
            baseline = histogramBaseline.get(original.getFileName() + "|" + mask);
        }
        final List<Finding> findings = new ArrayList<>(OutputRules.check(run));
        switch (m.expectation()) {
            case USABLE -> {
                findings.addAll(OutputRules.expectStatus(run, 0));
                if (run.status() == 0) {
                    final String d = fit ? Outputs.mapDifference(adcBaseline, scratch.resolve("out").resolve("adc.nii.gz"))
                        : Outputs.difference(baseline, run.out(), PATH_COLUMNS);
                    if (d != null) {
                        findings.add(new Finding(run.command(), Symptom.WRONG_RESULT, d));
                    }
                }
            }
            case INVALID -> findings.addAll(OutputRules.expectStatus(run, 1));
            case USAGE -> findings.addAll(OutputRules.expectStatus(run, 2));
            case EXCLUDED -> {
                if (run.status() == 0 && !fit && excludedVoxels(run.out()) <= 0) {
                    findings.add(new Finding(run.command(), Symptom.SILENT_ACCEPT, "non-finite VOI value not counted: "
                        + "excluded_voxels " + excludedVoxels(run.out())));
                }
            }
            case NAMED -> {
                if (run.status() == 0 && !run.err().toLowerCase(Locale.ROOT).contains("warning")) {
                    findings.add(new Finding(run.command(), Symptom.SILENT_ACCEPT, "exit 0 without a warning"));
                }
            }
            case ANY -> {
                // only the rules of every run
            }
        }
        return new CaseResult(kind(), m.name(), seed, description, findings, List.of(run));
    }

    private static long excludedVoxels(final String out) {
        try {
            final String v = Outputs.rows(out).get(0).get("excluded_voxels");
            return v == null ? -1 : Long.parseLong(v);
        } catch (final RuntimeException e) {
            return -1;
        }
    }

    private CaseResult optionCase(final long seed, final Random r, final InProcessCli cli) {
        final String[] o = optionMutations.get(r.nextInt(optionMutations.size()));
        final Invocation run = histogram(cli, base.resolve("map.nii.gz"), base.resolve("mask.nii.gz"),
            List.of(Arrays.copyOfRange(o, 2, o.length)));
        final List<Finding> findings = new ArrayList<>(OutputRules.check(run));
        if (!o[1].equals("any")) {
            findings.addAll(OutputRules.expectStatus(run, Integer.parseInt(o[1])));
        }
        return new CaseResult(kind(), o[0], seed, o[0] + ": " + String.join(" ", Arrays.copyOfRange(o, 2, o.length)),
            findings, List.of(run));
    }

    // ---- NIfTI mutations

    private static Mutation header(final String name, final Expectation e, final HeaderEdit edit) {
        return new Mutation(name, e, (r, raw, gz) -> {
            final byte[] b = raw.clone();
            final String d = edit.apply(r, NiftiBytes.buffer(b), b);
            return new Mutated(gz ? NiftiBytes.gzip(b) : b, gz, d);
        });
    }

    private static List<Mutation> nifti(final boolean mask) {
        final String p = "nifti-";
        final List<Mutation> list = new ArrayList<>();
        list.add(header(p + "noop", Expectation.USABLE, (r, h, b) -> "nothing changed"));
        list.add(new Mutation(p + "gzip-toggled", Expectation.USABLE, (r, raw, gz) ->
            new Mutated(gz ? raw : NiftiBytes.gzip(raw), !gz, gz ? "written uncompressed" : "written gzipped")));
        list.add(new Mutation(p + "big-endian", Expectation.USABLE, (r, raw, gz) -> {
            final byte[] b = NiftiBytes.toBigEndian(raw);
            return new Mutated(gz ? NiftiBytes.gzip(b) : b, gz, "every field and voxel byte-swapped");
        }));
        for (final float v : new float[] {0f, Float.NaN, Float.POSITIVE_INFINITY}) {
            list.add(header(p + "scl-slope-" + label(v), Expectation.USABLE, (r, h, b) -> {
                h.putFloat(NiftiBytes.SCL_SLOPE, v);
                return "scl_slope " + v + " (no scaling)";
            }));
        }
        list.add(header(p + "scl-inter-nan", Expectation.ANY, (r, h, b) -> {
            h.putFloat(NiftiBytes.SCL_INTER, Float.NaN);
            return "scl_inter NaN";
        }));
        for (final int v : new int[] {0, -1, 8}) {
            list.add(header(p + "dim0-" + (v < 0 ? "negative" : v), Expectation.INVALID, (r, h, b) -> {
                h.putShort(NiftiBytes.DIM, (short) v);
                return "dim[0] " + v;
            }));
        }
        for (final int v : new int[] {0, -1}) {
            list.add(header(p + "dim-" + (v == 0 ? "zero" : "negative"), Expectation.INVALID, (r, h, b) -> {
                final int i = 1 + r.nextInt(3);
                h.putShort(NiftiBytes.DIM + 2 * i, (short) v);
                return "dim[" + i + "] " + v;
            }));
        }
        list.add(header(p + "dim-1024-cubed", Expectation.INVALID, (r, h, b) -> {
            for (int i = 1; i <= 3; i++) {
                h.putShort(NiftiBytes.DIM + 2 * i, (short) 1024);
            }
            return "dim 1024 x 1024 x 1024 in a small file";
        }));
        list.add(header(p + "dim-32767", Expectation.INVALID, (r, h, b) -> {
            h.putShort(NiftiBytes.DIM, (short) 4);
            for (int i = 1; i <= 4; i++) {
                h.putShort(NiftiBytes.DIM + 2 * i, (short) 32767);
            }
            return "dim 32767^4";
        }));
        list.add(header(p + "dim4-huge", Expectation.INVALID, (r, h, b) -> {
            h.putShort(NiftiBytes.DIM, (short) 4);
            h.putShort(NiftiBytes.DIM + 8, (short) 20000);
            return "dim[4] 20000";
        }));
        final int[] unsupported = {0, 1, 32, 128, 511, 1024, 1280, 1536, 1792, 2048, 2304, -1};
        list.add(header(p + "datatype-unsupported", Expectation.INVALID, (r, h, b) -> {
            final int code = unsupported[r.nextInt(unsupported.length)];
            h.putShort(NiftiBytes.DATATYPE, (short) code);
            return "datatype " + code;
        }));
        final int[] supported = {2, 4, 8, 64, 256, 512, 768};
        list.add(header(p + "datatype-reinterpreted", Expectation.ANY, (r, h, b) -> {
            final int code = supported[r.nextInt(supported.length)];
            h.putShort(NiftiBytes.DATATYPE, (short) code);
            return "datatype " + code + " over float32 data";
        }));
        list.add(header(p + "bitpix-wrong", Expectation.ANY, (r, h, b) -> {
            h.putShort(NiftiBytes.BITPIX, (short) 7);
            return "bitpix 7";
        }));
        final Object[][] offsets = {{"inside-header", 0f, Expectation.INVALID}, {"inside-header", 100f, Expectation.INVALID},
            {"beyond-file", 1e9f, Expectation.INVALID}, {"nan", Float.NaN, Expectation.INVALID},
            {"negative", -352f, Expectation.INVALID}, {"unaligned", 353f, Expectation.ANY}};
        for (final Object[] o : offsets) {
            list.add(header(p + "vox-offset-" + o[0], (Expectation) o[2], (r, h, b) -> {
                h.putFloat(NiftiBytes.VOX_OFFSET, (Float) o[1]);
                return "vox_offset " + o[1];
            }));
        }
        for (final float v : new float[] {Float.NaN, 0f, -1f, Float.POSITIVE_INFINITY, 1e38f}) {
            list.add(header(p + "pixdim-" + label(v), Expectation.ANY, (r, h, b) -> {
                final int i = 1 + r.nextInt(3);
                h.putFloat(NiftiBytes.PIXDIM + 4 * i, v);
                final boolean qform = r.nextBoolean();
                if (qform) {
                    h.putShort(NiftiBytes.SFORM_CODE, (short) 0);
                }
                return "pixdim[" + i + "] " + v + (qform ? ", sform_code 0 (qform used)" : "");
            }));
        }
        for (final float v : new float[] {Float.NaN, 0f}) {
            list.add(header(p + "srow-" + label(v), Expectation.ANY, (r, h, b) -> {
                final int row = r.nextInt(3);
                for (int c = 0; c < 4; c++) {
                    h.putFloat(NiftiBytes.SROW_X + 16 * row + 4 * c, v);
                }
                return "srow " + row + " all " + v;
            }));
        }
        list.add(header(p + "quaternion-invalid", Expectation.ANY, (r, h, b) -> {
            h.putShort(NiftiBytes.SFORM_CODE, (short) 0);
            h.putFloat(NiftiBytes.QUATERN_B, 1.5f);
            h.putFloat(NiftiBytes.QUATERN_B + 4, Float.NaN);
            return "sform_code 0, quatern_b 1.5, quatern_c NaN";
        }));
        list.add(header(p + "magic-bad", Expectation.INVALID, (r, h, b) -> {
            final String magic = r.nextBoolean() ? "ni1" : "n+2";
            System.arraycopy(magic.getBytes(StandardCharsets.US_ASCII), 0, b, NiftiBytes.MAGIC, 3);
            return "magic " + magic;
        }));
        list.add(header(p + "sizeof-hdr-bad", Expectation.INVALID, (r, h, b) -> {
            h.putInt(0, 540);
            return "sizeof_hdr 540";
        }));
        list.add(header(p + "header-byte-flip", Expectation.ANY, (r, h, b) -> {
            final StringBuilder d = new StringBuilder();
            for (int n = 1 + r.nextInt(4); n > 0; n--) {
                final int at = r.nextInt(NiftiBytes.HEADER);
                final int x = 1 + r.nextInt(255);
                b[at] ^= (byte) x;
                d.append(String.format("byte %d ^= 0x%02X ", at, x));
            }
            return d.toString().trim();
        }));
        list.add(new Mutation(p + "truncated", Expectation.INVALID, (r, raw, gz) -> {
            final int at = r.nextInt(raw.length);
            final byte[] b = Arrays.copyOf(raw, at);
            return new Mutated(gz ? NiftiBytes.gzip(b) : b, gz, "cut at byte " + at + " of " + raw.length);
        }));
        list.add(new Mutation(p + "gzip-truncated", Expectation.INVALID, (r, raw, gz) -> {
            final byte[] z = NiftiBytes.gzip(raw);
            final int at = r.nextInt(z.length - 8);
            return new Mutated(Arrays.copyOf(z, at), true, "gzip stream cut at byte " + at + " of " + z.length);
        }));
        list.add(new Mutation(p + "gzip-corrupt", Expectation.ANY, (r, raw, gz) -> {
            final byte[] z = NiftiBytes.gzip(raw);
            final int at = 10 + r.nextInt(z.length - 18);
            z[at] ^= (byte) (1 + r.nextInt(255));
            return new Mutated(z, true, "gzip byte " + at + " of " + z.length + " flipped");
        }));
        list.add(new Mutation(p + "gzip-bad-magic", Expectation.INVALID, (r, raw, gz) -> {
            final byte[] z = NiftiBytes.gzip(raw);
            z[1] = 0;
            return new Mutated(z, true, "gzip magic 1f 00");
        }));
        list.add(new Mutation(p + "not-gzip", Expectation.INVALID, (r, raw, gz) ->
            new Mutated(raw, true, "uncompressed bytes under a .nii.gz name")));
        if (mask) {
            for (final float v : new float[] {Float.POSITIVE_INFINITY, Float.NaN, 1e10f}) {
                list.add(voxel(p + "mask-value-" + label(v), Expectation.NAMED, v, true));
            }
            list.add(voxel(p + "mask-value-fraction", Expectation.ANY, 0.5f, true));
        } else {
            for (final float v : new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN}) {
                list.add(voxel(p + "voi-value-" + label(v), Expectation.EXCLUDED, v, false));
            }
        }
        return List.copyOf(list);
    }

    /** Sets one voxel at the centre of the VOI (where every mask has label 1). */
    private static Mutation voxel(final String name, final Expectation e, final float value, final boolean mask) {
        return header(name, e, (r, h, b) -> {
            final int offset = (int) h.getFloat(NiftiBytes.VOX_OFFSET);
            final int dx = h.getShort(NiftiBytes.DIM + 2);
            final int dy = h.getShort(NiftiBytes.DIM + 4);
            final int dz = h.getShort(NiftiBytes.DIM + 6);
            final int v = (dz / 2 * dy + dy / 2) * dx + dx / 2;
            h.putFloat(offset + 4 * v, value);
            return (mask ? "mask" : "map") + " voxel " + v + " = " + value;
        });
    }

    private static String label(final float v) {
        if (Float.isNaN(v)) {
            return "nan";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "infinite" : "minus-infinite";
        }
        return v == 0 ? "zero" : v < 0 ? "negative" : "huge";
    }

    // ---- NRRD mutations

    private interface TextEdit {
        String apply(Random r, List<String> header);
    }

    /** A mutation of the header lines (the gzip payload kept). */
    private static Mutation nrrdHeader(final String name, final Expectation e, final TextEdit edit) {
        return new Mutation("nrrd-" + name, e, (r, file, gz) -> {
            final int end = headerEnd(file);
            final List<String> lines = new ArrayList<>(Arrays.asList(
                new String(file, 0, end, StandardCharsets.US_ASCII).split("\n", -1)));
            final String d = edit.apply(r, lines);
            final byte[] head = String.join("\n", lines).getBytes(StandardCharsets.US_ASCII);
            final byte[] out = Arrays.copyOf(head, head.length + file.length - end);
            System.arraycopy(file, end, out, head.length, file.length - end);
            return new Mutated(out, false, d);
        });
    }

    /** @return the offset after the header's blank line ("\n\n") */
    private static int headerEnd(final byte[] file) {
        for (int i = 1; i < file.length; i++) {
            if (file[i] == '\n' && file[i - 1] == '\n') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no NRRD header end");
    }

    private static String replaceField(final List<String> lines, final String field, final String value) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(field + ":")) {
                final String old = lines.get(i);
                lines.set(i, field + ": " + value);
                return old + " -> " + lines.get(i);
            }
        }
        throw new IllegalArgumentException("no NRRD field " + field);
    }

    private static String field(final List<String> lines, final String field) {
        return lines.stream().filter(l -> l.startsWith(field + ":")).findFirst().orElseThrow()
            .substring(field.length() + 1).trim();
    }

    private static List<Mutation> nrrd() {
        final List<Mutation> list = new ArrayList<>();
        list.add(nrrdHeader("noop", Expectation.USABLE, (r, h) -> "nothing changed"));
        list.add(nrrdHeader("comments-added", Expectation.USABLE, (r, h) -> {
            h.add(1, "# a comment");
            h.add(3, "#another: comment");
            return "two comment lines";
        }));
        list.add(nrrdHeader("fields-reordered", Expectation.USABLE, (r, h) -> {
            final List<String> fields = new ArrayList<>(h.subList(1, h.size() - 2));
            java.util.Collections.shuffle(fields, r);
            final List<String> out = new ArrayList<>(List.of(h.get(0)));
            out.addAll(fields);
            out.addAll(h.subList(h.size() - 2, h.size()));
            h.clear();
            h.addAll(out);
            return "fields shuffled";
        }));
        list.add(new Mutation("nrrd-raw-encoding", Expectation.USABLE, (r, file, gz) -> {
            final int end = headerEnd(file);
            final String head = new String(file, 0, end, StandardCharsets.US_ASCII).replace("encoding: gzip",
                "encoding: raw");
            final byte[] data = NiftiBytes.gunzip(Arrays.copyOfRange(file, end, file.length));
            final byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            final byte[] out = Arrays.copyOf(h, h.length + data.length);
            System.arraycopy(data, 0, out, h.length, data.length);
            return new Mutated(out, false, "rewritten with raw encoding");
        }));
        list.add(nrrdHeader("space-ras", Expectation.USABLE, (r, h) -> {
            final String[] dirs = field(h, "space directions").replace("(", "").split("\\)\\s*");
            final StringBuilder d = new StringBuilder();
            for (final String v : dirs) {
                final String[] c = v.trim().split(",");
                d.append(String.format(Locale.ROOT, "(%s,%s,%s) ", negate(c[0]), negate(c[1]), c[2]));
            }
            final String[] o = field(h, "space origin").replace("(", "").replace(")", "").split(",");
            replaceField(h, "space", "right-anterior-superior");
            replaceField(h, "space directions", d.toString().trim());
            replaceField(h, "space origin", "(" + negate(o[0]) + "," + negate(o[1]) + "," + o[2].trim() + ")");
            return "the same grid in RAS";
        }));
        final String[][] sizes = {{"sizes-zero", "0 16 5"}, {"sizes-negative", "20 -16 5"}, {"sizes-huge", "1024 1024 1024"},
            {"sizes-too-few", "20 16"}, {"sizes-not-numbers", "20 sixteen 5"}, {"sizes-overflow", "99999999999 1 1"}};
        for (final String[] s : sizes) {
            list.add(nrrdHeader(s[0], Expectation.INVALID, (r, h) -> replaceField(h, "sizes", s[1])));
        }
        list.add(nrrdHeader("sizes-other-syntax", Expectation.ANY, (r, h) -> replaceField(h, "sizes", "2e1 16.0 0x5")));
        for (final String d : new String[] {"2", "5", "-1", "three"}) {
            list.add(nrrdHeader("dimension-" + (d.equals("-1") ? "negative" : d), Expectation.INVALID,
                (r, h) -> replaceField(h, "dimension", d)));
        }
        list.add(nrrdHeader("type-float", Expectation.ANY, (r, h) -> replaceField(h, "type", "float")));
        list.add(nrrdHeader("type-unknown", Expectation.INVALID, (r, h) -> replaceField(h, "type", "quaternion")));
        list.add(nrrdHeader("encoding-bzip2", Expectation.INVALID, (r, h) -> replaceField(h, "encoding", "bzip2")));
        list.add(nrrdHeader("encoding-unknown", Expectation.INVALID, (r, h) -> replaceField(h, "encoding", "zstd")));
        list.add(nrrdHeader("endian-big", Expectation.ANY, (r, h) -> replaceField(h, "endian", "big")));
        final String[][] directions = {{"nan", "(nan,0,0) (0,1.5,0) (0,0,3)"}, {"zero", "(0,0,0) (0,1.5,0) (0,0,3)"},
            {"parallel", "(1.5,0,0) (1.5,0,0) (0,0,3)"}, {"too-few", "(1.5,0,0) (0,1.5,0)"},
            {"garbage", "(1.5,0,0) (0,1.5) (0,0,3,7)"}};
        for (final String[] d : directions) {
            list.add(nrrdHeader("space-directions-" + d[0], Expectation.INVALID,
                (r, h) -> replaceField(h, "space directions", d[1])));
        }
        list.add(nrrdHeader("space-origin-nan", Expectation.INVALID, (r, h) -> replaceField(h, "space origin",
            "(nan,0,0)")));
        for (final String f : new String[] {"sizes", "type", "encoding", "dimension"}) {
            list.add(nrrdHeader("field-missing-" + f, Expectation.INVALID, (r, h) -> {
                h.removeIf(l -> l.startsWith(f + ":"));
                return "no " + f;
            }));
        }
        list.add(nrrdHeader("field-duplicated", Expectation.ANY, (r, h) -> {
            h.add(h.size() - 2, "sizes: 5 16 20");
            return "a second sizes field";
        }));
        list.add(nrrdHeader("magic-bad", Expectation.INVALID, (r, h) -> {
            h.set(0, r.nextBoolean() ? "NRRD0009" : "NIFTI");
            return "magic " + h.get(0);
        }));
        list.add(new Mutation("nrrd-no-blank-line", Expectation.INVALID, (r, file, gz) -> {
            final int end = headerEnd(file);
            final byte[] out = new byte[end - 1];
            System.arraycopy(file, 0, out, 0, end - 1);
            return new Mutated(out, false, "header without the blank line and no data");
        }));
        list.add(new Mutation("nrrd-data-truncated", Expectation.INVALID, (r, file, gz) -> {
            final int end = headerEnd(file);
            final int at = end + r.nextInt(file.length - end - 8);
            return new Mutated(Arrays.copyOf(file, at), false, "cut at byte " + at + " of " + file.length);
        }));
        list.add(new Mutation("nrrd-header-byte-flip", Expectation.ANY, (r, file, gz) -> {
            final byte[] b = file.clone();
            final int end = headerEnd(file);
            final StringBuilder d = new StringBuilder();
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                final int at = r.nextInt(end);
                final int x = 1 + r.nextInt(255);
                b[at] ^= (byte) x;
                d.append(String.format("byte %d ^= 0x%02X ", at, x));
            }
            return new Mutated(b, false, d.toString().trim());
        }));
        return List.copyOf(list);
    }

    private static String negate(final String number) {
        final String t = number.trim();
        return t.startsWith("-") ? t.substring(1) : t.equals("0") || t.equals("0.0") ? t : "-" + t;
    }

    // ---- histogram options: {name, expected status or "any", options...}

    private static List<String[]> options() {
        return List.of(new String[] {"option-bins-zero", "2", "--bins", "0"},
            new String[] {"option-bins-negative", "2", "--bins", "-5"},
            new String[] {"option-bins-huge", "any", "--bins", "2147483647"},
            new String[] {"option-bins-not-integer", "2", "--bins", "2.5"},
            new String[] {"option-bins-overflow", "2", "--bins", "99999999999"},
            new String[] {"option-bin-width-tiny", "any", "--bin-width", "1e-300"},
            new String[] {"option-bin-width-zero", "2", "--bin-width", "0"},
            new String[] {"option-bin-width-nan", "2", "--bin-width", "NaN"},
            new String[] {"option-bin-width-infinite", "2", "--bin-width", "Infinity"},
            new String[] {"option-bin-lower-nan", "any", "--bin-width", "1e-4", "--bin-lower", "NaN"},
            new String[] {"option-bin-lower-far", "any", "--bin-width", "1e-4", "--bin-lower", "-1e300"},
            new String[] {"option-label-absent", "1", "--bins", "32", "--label", "7"},
            new String[] {"option-label-huge", "1", "--bins", "32", "--label", "2147483647"},
            new String[] {"option-bins-and-width", "2", "--bins", "8", "--bin-width", "0.1"});
    }
}
