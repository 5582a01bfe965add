package org.qmrinodes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.model.PredictorColumn;

/**
 * The model specification every logistic-model command reads:
 * {@code --predictors C1,… [--categorical C,…] [--reference C=LEVEL,…]}.
 *
 * @param names predictor columns in model order
 * @param categorical the predictors to dummy code
 * @param references chosen reference level per categorical predictor
 */
public record PredictorOptions(List<String> names, List<String> categorical, Map<String, String> references) {

    /** @return {@code options} with --predictors, --categorical and --reference added */
    static Options declare(final Options options) {
        return options.required("predictors", "C1,C2,...", "predictor columns")
            .optional("categorical", "C[,...]", "predictors to treat as categorical (dummy coded)", null)
            .optional("reference", "C=LEVEL[,...]", "reference level of a categorical predictor", null);
    }

    /**
     * @throws CliException (usage) when no predictor is named, a categorical or reference column is
     *         not a predictor, or a reference is not {@code COL=LEVEL}
     */
    static PredictorOptions parse(final Options o) throws CliException {
        final List<String> names = o.list("predictors");
        if (names.isEmpty()) {
            throw CliException.usage("--predictors needs at least one column name");
        }
        final List<String> categorical = o.list("categorical");
        for (final String c : categorical) {
            if (!names.contains(c)) {
                throw CliException.usage("--categorical names '" + c + "', which is not in --predictors");
            }
        }
        final Map<String, String> references = new LinkedHashMap<>();
        for (final String r : o.list("reference")) {
            final int eq = r.indexOf('=');
            if (eq <= 0 || eq == r.length() - 1) {
                throw CliException.usage("--reference needs COL=LEVEL, got '" + r + "'");
            }
            final String column = r.substring(0, eq);
            if (!categorical.contains(column)) {
                throw CliException.usage("--reference names '" + column + "', which is not in --categorical");
            }
            references.put(column, r.substring(eq + 1));
        }
        return new PredictorOptions(List.copyOf(names), List.copyOf(categorical), Map.copyOf(references));
    }

    /**
     * @return the predictor columns of {@code table}, categorical ones as text
     * @throws CliException (usage) for a missing column; (data) for a value of a numeric predictor
     *         that is not a number, naming file, line and column and suggesting --categorical
     */
    List<PredictorColumn> columns(final CsvTableReader table) throws CliException {
        final List<PredictorColumn> out = new ArrayList<>();
        for (final String name : names) {
            if (categorical.contains(name)) {
                out.add(new PredictorColumn.Categorical(name, table.texts(name)));
                continue;
            }
            try {
                out.add(new PredictorColumn.Numeric(name, table.numbers(name)));
            } catch (final CliException e) {
                if (e.exitStatus() != CliException.DATA) {
                    throw e;
                }
                throw CliException.data(e.getMessage() + "; if '" + name + "' is categorical, name it in --categorical");
            }
        }
        return out;
    }
}
