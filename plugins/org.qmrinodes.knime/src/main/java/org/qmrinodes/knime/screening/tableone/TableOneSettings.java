package org.qmrinodes.knime.screening.tableone;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.data.DisplayNumbers;
import org.qmrinodes.core.stats.comparison.TableOne;
import org.qmrinodes.knime.settings.GroupComparisonSettings;

/** Settings of the Table 1 node: the group comparison plus the layout of the publication table. */
final class TableOneSettings extends GroupComparisonSettings {

    private final SettingsModelString contrasts;
    private final SettingsModelBoolean pairwiseOnlyIfSignificant;
    private final SettingsModelDoubleBounded pairwiseAlpha;
    private final SettingsModelIntegerBounded significantDigits;
    private final SettingsModelIntegerBounded percentDecimals;
    private final SettingsModelString title;

    TableOneSettings() {
        tab("Table 1");
        group("Pairwise columns");
        contrasts = text("contrasts", "Pairwise contrasts (A:B, comma-separated; empty: every pair)", "");
        pairwiseOnlyIfSignificant =
            flag("pairwise_only_if_significant", "Show pairwise p only when the overall p is below", true);
        pairwiseAlpha = number("pairwise_alpha", "Level for showing pairwise p", 0.05, 0.001, 1, 0.01);
        group("Layout");
        significantDigits = integer("significant_digits", "Significant digits of means, SDs, medians and quartiles",
            DisplayNumbers.DIGITS, 1, 8, 1);
        percentDecimals = integer("percent_decimals", "Decimals of percentages", 1, 0, 4, 1);
        title = text("title", "Title of the image", "Table 1");
    }

    /**
     * @return the layout
     * @throws InvalidSettingsException if a contrast is not written A:B
     */
    TableOne layout() throws InvalidSettingsException {
        try {
            return new TableOne(significantDigits.getIntValue(), percentDecimals.getIntValue(),
                TableOne.parseContrasts(Arrays.asList(contrasts.getStringValue().split(","))),
                pairwiseOnlyIfSignificant.getBooleanValue(), pairwiseAlpha.getDoubleValue());
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** @return the title of the image */
    String title() {
        return title.getStringValue();
    }

    /** @return the contrasts as typed, for messages */
    List<String> contrastText() {
        return List.of(contrasts.getStringValue());
    }
}
