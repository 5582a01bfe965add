package org.qmrinodes.core.clinical;

/** The HER2 categories a classification can give. */
public enum Her2Status {
    /** IHC 0. */
    HER2_ZERO("HER2-zero"),
    /** IHC 1+, or IHC 2+ with a negative (not amplified) ISH. */
    HER2_LOW("HER2-low"),
    /** IHC 3+, or IHC 2+ with a positive (amplified) ISH. */
    HER2_POSITIVE("HER2-positive"),
    /** IHC 2+ with an ISH result the rule leaves to review (e.g. ASCO/CAP ISH groups 2–4 when not resolved). */
    EQUIVOCAL("equivocal"),
    /** Not enough to decide: IHC missing, or IHC 2+ without an ISH result. Never guessed. */
    UNCLASSIFIABLE("unclassifiable");

    private final String label;

    Her2Status(final String label) {
        this.label = label;
    }

    /** @return the label written into tables ({@code HER2-zero}, {@code HER2-low}, …) */
    public String label() {
        return label;
    }
}
