package org.qmrinodes.knime.agreement.iccfilter;

import java.util.Arrays;

import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.agreement.IccForm;
import org.qmrinodes.core.stats.agreement.LongFormatRatings;
import org.qmrinodes.knime.settings.ReaderAgreementSettings;

/** Settings of the ICC Feature Filter node. */
final class IccFeatureFilterSettings extends ReaderAgreementSettings {

    static final String GREATER = "greater than the threshold";
    static final String AT_LEAST = "at least the threshold";
    static final String MEAN = "mean of readers";
    static final String ONE_READER = "one reader";

    private final SettingsModelString form;
    private final SettingsModelDoubleBounded threshold;
    private final SettingsModelString comparison;
    private final SettingsModelString values;
    private final SettingsModelString reader;

    IccFeatureFilterSettings() {
        group("Filter");
        form = choice("icc_form", "ICC form", IccForm.ICC2.label(),
            Arrays.stream(IccForm.values()).map(IccForm::label).toArray(String[]::new));
        threshold = number("threshold", "Threshold", 0.75, -1, 1, 0.05);
        comparison = choice("comparison", "Keep features whose ICC is", GREATER, GREATER, AT_LEAST);
        group("Output values");
        values = choice("output_values", "Values in the output table", MEAN, MEAN, ONE_READER);
        reader = text("output_reader", "Reader (for one reader's values)", "");
    }

    IccForm form() {
        return IccForm.parse(form.getStringValue());
    }

    double threshold() {
        return threshold.getDoubleValue();
    }

    boolean inclusive() {
        return comparison.getStringValue().equals(AT_LEAST);
    }

    /**
     * @param layout the ratings
     * @return index of the reader whose values are output, or −1 for the mean of readers
     * @throws InvalidDataException if one reader is wanted but the named one is not in the table
     */
    int outputReader(final LongFormatRatings layout) {
        if (values.getStringValue().equals(MEAN)) {
            return -1;
        }
        final int r = layout.raters().indexOf(reader.getStringValue().trim());
        if (r < 0) {
            throw new InvalidDataException("Reader '" + reader.getStringValue() + "' is not in column '"
                + layout.raterColumn() + "'; readers: " + layout.raters() + ".");
        }
        return r;
    }
}
