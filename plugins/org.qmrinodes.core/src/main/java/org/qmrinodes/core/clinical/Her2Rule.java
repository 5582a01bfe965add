package org.qmrinodes.core.clinical;

import java.util.Locale;

/**
 * How IHC and ISH give the HER2 category: the three-tier scheme of METHODS §1.1 (IHC 0 → zero,
 * 1+ → low, 3+ → positive, 2+ → by ISH: not amplified → low, amplified → positive; 2+ without ISH
 * → unclassifiable, never guessed), with the ISH criterion as one of:
 * <ul>
 * <li>{@link #ascoCap2018()} / {@link #ascoCap2023()}: dual-probe ISH groups ({@link IshResult#ascoCapGroup()});
 * group 1 amplified, group 5 not; groups 2–4 by the guideline's work-up of an IHC 2+ case
 * (group 2 not amplified, group 3 amplified, group 4 not amplified), or {@code equivocal} when
 * {@code resolveGroups2To4} is off. The 2023 update kept the 2018 ISH algorithm; the two differ in
 * how HER2-low is reported, not in this rule.</li>
 * <li>{@link #qims26()}: amplified when ratio ≥ 2.0 with copy number ≥ 4.0, or copy number ≥ 6.0;
 * not amplified when ratio &lt; 2.0 and copy number &lt; 4.0; the combinations the paper leaves
 * undefined are {@code equivocal}.</li>
 * <li>{@link #fr24()}: amplified when ratio &gt; 2.0 or copy number &gt; 6.0 (strict, as printed).</li>
 * <li>{@link #custom}: amplified when ratio or copy number reaches a threshold, ≥ or &gt;.</li>
 * </ul>
 * When the ISH report has no numbers, its amplified / not amplified result is used as it is.
 *
 * @param name the rule's name, written into outputs
 * @param kind which criterion
 * @param ratioThreshold custom: HER2/CEP17 ratio threshold
 * @param copyNumberThreshold custom: HER2 copy number threshold (NaN: not used)
 * @param inclusive custom: ≥ (true) or &gt; (false)
 * @param resolveGroups2To4 ASCO/CAP: resolve groups 2–4 by the IHC 2+ work-up (true) or report equivocal
 */
public record Her2Rule(String name, Kind kind, double ratioThreshold, double copyNumberThreshold, boolean inclusive,
    boolean resolveGroups2To4) {

    /** The ISH criteria. */
    public enum Kind {
        /** ASCO/CAP ISH groups. */
        ASCO_CAP,
        /** QIMS26's printed rule. */
        QIMS26,
        /** Thresholds on ratio or copy number. */
        THRESHOLDS
    }

    /** The rules' identifiers in settings and on the command line. */
    public static final java.util.List<String> IDS = java.util.List.of("asco-cap-2018", "asco-cap-2023", "qims26", "fr24",
        "custom");

    /**
     * @param id one of {@link #IDS} except {@code custom}
     * @return that rule
     * @throws org.qmrinodes.core.data.InvalidDataException for another identifier
     */
    public static Her2Rule byId(final String id) {
        return switch (id) {
            case "asco-cap-2018" -> ascoCap2018();
            case "asco-cap-2023" -> ascoCap2023();
            case "qims26" -> qims26();
            case "fr24" -> fr24();
            default -> throw new org.qmrinodes.core.data.InvalidDataException("HER2 rule '" + id + "' is not one of "
                + String.join(", ", IDS.subList(0, 4)) + " (custom needs its thresholds)");
        };
    }

    /**
     * @param ratio ratio threshold
     * @param copyNumber copy number threshold, NaN for none
     * @param inclusive ≥ (true) or &gt; (false)
     * @return the custom rule, named by its thresholds (e.g. {@code custom (ratio >= 2.0 or copy number >= 6.0)})
     */
    public static Her2Rule custom(final double ratio, final double copyNumber, final boolean inclusive) {
        final String op = inclusive ? ">=" : ">";
        return custom("custom (ratio " + op + " " + ratio + (Double.isNaN(copyNumber) ? "" : " or copy number " + op + " "
            + copyNumber) + ")", ratio, copyNumber, inclusive);
    }

    /** @return ASCO/CAP 2018, groups 2–4 resolved */
    public static Her2Rule ascoCap2018() {
        return new Her2Rule("ASCO/CAP 2018", Kind.ASCO_CAP, 2.0, 4.0, true, true);
    }

    /** @return ASCO/CAP 2023, groups 2–4 resolved */
    public static Her2Rule ascoCap2023() {
        return new Her2Rule("ASCO/CAP 2023", Kind.ASCO_CAP, 2.0, 4.0, true, true);
    }

    /** @return QIMS26's rule */
    public static Her2Rule qims26() {
        return new Her2Rule("QIMS26 (ratio >= 2.0 with copy number >= 4.0, or copy number >= 6.0)", Kind.QIMS26, 2.0, 6.0,
            true, false);
    }

    /** @return Fr24's printed rule */
    public static Her2Rule fr24() {
        return custom("Fr24 (ratio > 2.0 or copy number > 6.0)", 2.0, 6.0, false);
    }

    /**
     * @param name written into outputs
     * @param ratio ratio threshold
     * @param copyNumber copy number threshold, NaN for none
     * @param inclusive ≥ (true) or &gt; (false)
     * @return the rule
     */
    public static Her2Rule custom(final String name, final double ratio, final double copyNumber, final boolean inclusive) {
        return new Her2Rule(name, Kind.THRESHOLDS, ratio, copyNumber, inclusive, false);
    }

    /** @return this ASCO/CAP rule reporting groups 2–4 as equivocal */
    public Her2Rule groups2To4Equivocal() {
        return new Her2Rule(name + ", ISH groups 2-4 equivocal", kind, ratioThreshold, copyNumberThreshold, inclusive, false);
    }

    /**
     * @param ihc IHC score 0–3, or -1 when missing
     * @param ish the ISH result (may be {@link IshResult#NONE})
     * @return the category and why
     */
    public Her2Classification classify(final int ihc, final IshResult ish) {
        return switch (ihc) {
            case -1 -> new Her2Classification(Her2Status.UNCLASSIFIABLE, "IHC missing");
            case 0 -> new Her2Classification(Her2Status.HER2_ZERO, "IHC 0");
            case 1 -> new Her2Classification(Her2Status.HER2_LOW, "IHC 1+");
            case 3 -> new Her2Classification(Her2Status.HER2_POSITIVE, "IHC 3+");
            case 2 -> equivocalIhc(ish);
            default -> throw new IllegalArgumentException("IHC score " + ihc);
        };
    }

    private Her2Classification equivocalIhc(final IshResult ish) {
        final boolean numbers = !Double.isNaN(ish.ratio()) || !Double.isNaN(ish.copyNumber());
        if (!numbers) {
            if (ish.amplified() == null) {
                return new Her2Classification(Her2Status.UNCLASSIFIABLE, "IHC 2+ without an ISH result");
            }
            return ish.amplified() ? new Her2Classification(Her2Status.HER2_POSITIVE, "IHC 2+, ISH amplified")
                : new Her2Classification(Her2Status.HER2_LOW, "IHC 2+, ISH not amplified");
        }
        return switch (kind) {
            case ASCO_CAP -> ascoCap(ish);
            case QIMS26 -> qims26(ish);
            case THRESHOLDS -> thresholds(ish);
        };
    }

    private Her2Classification ascoCap(final IshResult ish) {
        final int group = ish.ascoCapGroup();
        if (group == 0) {
            return new Her2Classification(Her2Status.UNCLASSIFIABLE,
                "IHC 2+, ISH needs both HER2/CEP17 ratio and HER2 copy number for the " + name + " groups");
        }
        final String g = "IHC 2+, ISH group " + group;
        return switch (group) {
            case 1 -> new Her2Classification(Her2Status.HER2_POSITIVE, g + " (amplified)");
            case 5 -> new Her2Classification(Her2Status.HER2_LOW, g + " (not amplified)");
            default -> !resolveGroups2To4 ? new Her2Classification(Her2Status.EQUIVOCAL, g + " (needs review)")
                : group == 3 ? new Her2Classification(Her2Status.HER2_POSITIVE, g + " with IHC 2+ (amplified)")
                    : new Her2Classification(Her2Status.HER2_LOW, g + " with IHC 2+ (not amplified)");
        };
    }

    private Her2Classification qims26(final IshResult ish) {
        final double r = ish.ratio();
        final double c = ish.copyNumber();
        if (c >= 6.0 || (r >= 2.0 && c >= 4.0)) {
            return new Her2Classification(Her2Status.HER2_POSITIVE, "IHC 2+, ISH amplified (" + numbers(ish) + ")");
        }
        if (r < 2.0 && c < 4.0) {
            return new Her2Classification(Her2Status.HER2_LOW, "IHC 2+, ISH not amplified (" + numbers(ish) + ")");
        }
        return new Her2Classification(Double.isNaN(r) || Double.isNaN(c) ? Her2Status.UNCLASSIFIABLE : Her2Status.EQUIVOCAL,
            "IHC 2+, ISH " + numbers(ish) + " not defined by the rule");
    }

    private Her2Classification thresholds(final IshResult ish) {
        final boolean byRatio = reaches(ish.ratio(), ratioThreshold);
        final boolean byCopies = !Double.isNaN(copyNumberThreshold) && reaches(ish.copyNumber(), copyNumberThreshold);
        if (byRatio || byCopies) {
            return new Her2Classification(Her2Status.HER2_POSITIVE, "IHC 2+, ISH amplified (" + numbers(ish) + ")");
        }
        final boolean complete = !Double.isNaN(ish.ratio()) && (Double.isNaN(copyNumberThreshold) || !Double.isNaN(ish.copyNumber()));
        return complete ? new Her2Classification(Her2Status.HER2_LOW, "IHC 2+, ISH not amplified (" + numbers(ish) + ")")
            : new Her2Classification(Her2Status.UNCLASSIFIABLE, "IHC 2+, ISH incomplete (" + numbers(ish) + ")");
    }

    private boolean reaches(final double value, final double threshold) {
        return inclusive ? value >= threshold : value > threshold;
    }

    private static String numbers(final IshResult ish) {
        return String.format(Locale.ROOT, "ratio %s, copy number %s", Double.isNaN(ish.ratio()) ? "missing" : ish.ratio(),
            Double.isNaN(ish.copyNumber()) ? "missing" : ish.copyNumber());
    }
}
