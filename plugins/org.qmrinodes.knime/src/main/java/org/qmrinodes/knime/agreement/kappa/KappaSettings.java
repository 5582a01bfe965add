package org.qmrinodes.knime.agreement.kappa;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.agreement.AgreementScale;
import org.qmrinodes.core.stats.agreement.KappaWeights;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Kappa (Categorical Agreement) node. */
final class KappaSettings extends NodeSettingsDeclaration {

    static final String COHEN = "cohen (two readers)";
    static final String FLEISS = "fleiss (several readers)";

    private final SettingsModelString statistic;
    private final SettingsModelColumnFilter2 raters;
    private final SettingsModelString raterA;
    private final SettingsModelString raterB;
    private final SettingsModelString weights;
    private final SettingsModelString categories;
    private final SettingsModelDoubleBounded confidenceLevel;
    private final SettingsModelString scale;

    KappaSettings() {
        group("Ratings (one row per case)");
        statistic = choice("statistic", "Statistic", COHEN, COHEN, FLEISS);
        raterA = column("rater_a_column", "First reader's column", 0, StringValue.class, IntValue.class,
            LongValue.class);
        raterB = column("rater_b_column", "Second reader's column", 0, StringValue.class, IntValue.class,
            LongValue.class);
        raters = columns("rater_columns", "Readers' columns (Fleiss)", 0, StringValue.class, IntValue.class,
            LongValue.class);
        group("Statistics");
        weights = choice("weights", "Weights", KappaWeights.NONE.label(), KappaWeights.labels().toArray(String[]::new));
        categories = text("categories", "Categories in order (comma-separated; empty: those observed)", "");
        confidenceLevel = number("confidence_level", "Confidence level", 0.95, 0.5, 0.999, 0.01);
        scale = choice("agreement_scale", "Interpretation bands", AgreementScale.LANDIS_KOCH.label(),
            AgreementScale.labels().toArray(String[]::new));
    }

    /**
     * @param spec the input spec
     * @return the two rating columns
     * @throws InvalidSettingsException if one is not chosen or absent, or both are the same
     */
    List<String> raterColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>();
        for (final SettingsModelString s : List.of(raterA, raterB)) {
            final String name = s.getStringValue();
            final DataColumnSpec column = name == null || name.isEmpty() ? null : spec.getColumnSpec(name);
            if (column == null) {
                throw new InvalidSettingsException(name == null || name.isEmpty()
                    ? "Choose the two readers' rating columns." : "Rating column '" + name + "' is not in the input.");
            }
            names.add(name);
        }
        if (names.get(0).equals(names.get(1))) {
            throw new InvalidSettingsException("Choose two different rating columns (both are '" + names.get(0) + "').");
        }
        return names;
    }

    /** @return whether Fleiss' kappa of the reader columns is asked for */
    boolean fleiss() {
        return statistic.getStringValue().equals(FLEISS);
    }

    /**
     * @param spec the input spec
     * @return the readers' columns for Fleiss' kappa
     * @throws InvalidSettingsException if fewer than two are included
     */
    List<String> fleissColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = List.of(raters.applyTo(spec).getIncludes());
        if (names.size() < 2) {
            throw new InvalidSettingsException("Fleiss' kappa needs at least two readers' columns; included: " + names
                + ".");
        }
        return names;
    }

    KappaWeights weights() {
        return KappaWeights.parse(weights.getStringValue());
    }

    /** @return the listed categories, trimmed; empty for the observed ones */
    List<String> categories() {
        final List<String> out = new ArrayList<>();
        for (final String c : categories.getStringValue().split(",")) {
            if (!c.isBlank()) {
                out.add(c.trim());
            }
        }
        return out;
    }

    double confidenceLevel() {
        return confidenceLevel.getDoubleValue();
    }

    AgreementScale scale() {
        return AgreementScale.parse(scale.getStringValue());
    }
}
