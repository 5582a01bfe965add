package org.qmrinodes.core.dicom;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.AcquisitionParameters;

/**
 * Which series of a scan a branch of an analysis needs: by modality, by a pattern in the series
 * description, and by the kind of protocol the acquisition parameters show.
 *
 * @param modality the DICOM Modality to keep (e.g. {@code MR}), empty for every modality
 * @param description a regular expression found (case-insensitively) in the Series Description,
 *        null for every description
 * @param kinds the protocol kinds to keep, empty for every kind
 */
public record SeriesFilter(String modality, Pattern description, Set<ProtocolKind> kinds) {

    /** The kind of acquisition a series is, from the parameters that vary across its volumes. */
    public enum ProtocolKind {
        /** A scanner-computed parametric map (Real World Value Mapping, map image type). */
        MAP,
        /** Dynamic contrast-enhanced: two or more temporal positions. */
        DCE,
        /** Diffusion-weighted: two or more b-values. */
        DWI,
        /** Inversion recovery: two or more inversion times. */
        IR,
        /** Variable flip angle: two or more flip angles. */
        VFA,
        /** Multi-echo: two or more echo times. */
        MULTI_ECHO,
        /** None of these: one image per slice position, or nothing varying that the models use. */
        OTHER;

        /** @return the kind's name in settings and messages: {@code dwi}, {@code multi-echo}, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * @param label a label as {@link #label()} writes it (case and blanks ignored)
         * @return the kind
         * @throws InvalidDataException naming the label and the known ones
         */
        public static ProtocolKind ofLabel(final String label) {
            final String l = label.strip().toLowerCase(Locale.ROOT);
            for (final ProtocolKind k : values()) {
                if (k.label().equals(l)) {
                    return k;
                }
            }
            throw new InvalidDataException("unknown protocol kind '" + label + "'; known: dwi, multi-echo, ir, vfa, dce,"
                + " map, other");
        }

        /**
         * The first that applies of: map, DCE, DWI, IR, VFA, multi-echo; otherwise other.
         *
         * @param series a scanned series
         * @return its kind
         */
        public static ProtocolKind of(final DicomSeries series) {
            if (series.map() != null && series.map().isMap()) {
                return MAP;
            }
            final List<AcquisitionParameters> p = series.volumes();
            if (distinct(p, AcquisitionParameters::temporalPosition) > 1) {
                return DCE;
            }
            if (distinct(p, AcquisitionParameters::bValue) > 1) {
                return DWI;
            }
            if (distinct(p, AcquisitionParameters::inversionTime) > 1) {
                return IR;
            }
            if (distinct(p, AcquisitionParameters::flipAngle) > 1) {
                return VFA;
            }
            return distinct(p, AcquisitionParameters::echoTime) > 1 ? MULTI_ECHO : OTHER;
        }

        private static long distinct(final List<AcquisitionParameters> p, final ToDoubleFunction<AcquisitionParameters> f) {
            return p.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).distinct().count();
        }
    }

    /** Copies the kinds. */
    public SeriesFilter {
        modality = modality == null ? "" : modality.strip();
        kinds = Set.copyOf(kinds);
    }

    /** The filter that keeps every series. */
    public static final SeriesFilter ALL = new SeriesFilter("", null, Set.of());

    /**
     * @param modality as {@link #modality()}
     * @param descriptionPattern a regular expression, empty for none
     * @param kindLabels comma-separated {@link ProtocolKind#label() labels}, empty for every kind
     * @return the filter
     * @throws InvalidDataException naming the pattern or the label that is not valid
     */
    public static SeriesFilter of(final String modality, final String descriptionPattern, final String kindLabels) {
        Pattern description = null;
        if (descriptionPattern != null && !descriptionPattern.isBlank()) {
            try {
                description = Pattern.compile(descriptionPattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (final PatternSyntaxException e) {
                throw new InvalidDataException("series description pattern '" + descriptionPattern
                    + "' is not a regular expression: " + e.getDescription());
            }
        }
        final Set<ProtocolKind> kinds = EnumSet.noneOf(ProtocolKind.class);
        if (kindLabels != null) {
            for (final String l : kindLabels.split(",")) {
                if (!l.isBlank()) {
                    kinds.add(ProtocolKind.ofLabel(l));
                }
            }
        }
        return new SeriesFilter(modality, description, kinds);
    }

    /** @return whether the filter keeps every series */
    public boolean keepsAll() {
        return modality.isEmpty() && description == null && kinds.isEmpty();
    }

    /**
     * @param series a scanned series
     * @return whether this filter keeps it
     */
    public boolean accepts(final DicomSeries series) {
        final SeriesInfo info = series.info();
        if (!modality.isEmpty() && !modality.equalsIgnoreCase(info.modality() == null ? "" : info.modality().strip())) {
            return false;
        }
        if (description != null && !description.matcher(info.description() == null ? "" : info.description()).find()) {
            return false;
        }
        return kinds.isEmpty() || kinds.contains(ProtocolKind.of(series));
    }

    /**
     * @param scan a scan
     * @return the scan with only the series this filter keeps (skipped files and warnings unchanged)
     */
    public DicomScan apply(final DicomScan scan) {
        return keepsAll() ? scan
            : new DicomScan(scan.series().stream().filter(this::accepts).toList(), scan.skipped(), scan.warnings());
    }
}
