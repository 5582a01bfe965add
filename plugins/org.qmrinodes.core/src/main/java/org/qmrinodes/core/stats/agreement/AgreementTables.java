package org.qmrinodes.core.stats.agreement;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.ResultTable;

/**
 * The output tables of reader-agreement analyses, shared by the KNIME nodes and the command line. The
 * leading columns are the fixed ones of the {@code qmri icc} / {@code qmri kappa} contract; further
 * columns follow.
 */
public final class AgreementTables {

    private AgreementTables() {
    }

    /**
     * One row per feature and form: {@code feature, type, icc, f, df1, df2, p_value, ci_lower, ci_upper},
     * then {@code form} (Shrout &amp; Fleiss notation), {@code model} (McGraw &amp; Wong), {@code agreement}
     * (band on {@code scale}), {@code scale}, {@code subjects}, {@code raters}, {@code dropped_subjects},
     * {@code conf_level} and {@code message}. A feature whose ICC is undefined has one row per form with
     * missing values and the reason in {@code message}.
     *
     * @param results the ICCs per feature
     * @param forms the forms to list, in order
     * @param scale the interpretation bands
     * @return the table
     */
    public static ResultTable icc(final List<FeatureIcc> results, final List<IccForm> forms,
        final AgreementScale scale) {
        final ResultTable.Builder b = ResultTable.builder(text("feature"), text("type"), real("icc"), real("f"),
            integer("df1"), integer("df2"), real("p_value"), real("ci_lower"), real("ci_upper"), text("form"),
            text("model"), text("agreement"), text("scale"), integer("subjects"), integer("raters"),
            integer("dropped_subjects"), real("conf_level"), text("message"));
        for (final FeatureIcc r : results) {
            final String message = r.messages().isEmpty() ? null : String.join(" ", r.messages());
            for (final IccForm form : forms) {
                final IccEstimate e = r.estimate(form);
                final double nan = Double.NaN;
                b.row(r.feature(), form.label(), e == null ? nan : e.icc(), e == null ? nan : e.f(),
                    e == null ? null : e.df1(), e == null ? null : e.df2(), e == null ? nan : e.pValue(),
                    e == null ? nan : e.ciLower(), e == null ? nan : e.ciUpper(), form.shroutFleiss(),
                    form.mcGrawWong(), e == null ? null : scale.band(e.icc()), scale.label(), r.subjects(),
                    r.raters(), r.droppedSubjects(), r.confidenceLevel(), message);
            }
        }
        return b.build();
    }

    /**
     * One row: {@code n, kappa, se, ci_lower, ci_upper, z, p_value}, then {@code rater_a},
     * {@code rater_b}, {@code weights}, {@code categories} ({@code ;}-separated, in weight order),
     * {@code observed_agreement}, {@code expected_agreement}, {@code se_null}, {@code skipped_rows},
     * {@code agreement}, {@code scale}, {@code conf_level}, {@code message}.
     *
     * @param results the kappas
     * @param scale the interpretation bands
     * @return the table
     */
    public static ResultTable kappa(final List<KappaResult> results, final AgreementScale scale) {
        final ResultTable.Builder b = ResultTable.builder(integer("n"), real("kappa"), real("se"), real("ci_lower"),
            real("ci_upper"), real("z"), real("p_value"), text("rater_a"), text("rater_b"), text("weights"),
            text("categories"), real("observed_agreement"), real("expected_agreement"), real("se_null"),
            integer("skipped_rows"), text("agreement"), text("scale"), real("conf_level"), text("message"));
        for (final KappaResult r : results) {
            b.row(r.n(), r.kappa(), r.standardError(), r.ciLower(), r.ciUpper(), r.z(), r.pValue(), r.raterA(),
                r.raterB(), r.weights().label(), String.join(";", r.categories()), r.observedAgreement(),
                r.expectedAgreement(), r.nullStandardError(), r.skippedRows(), scale.band(r.kappa()), scale.label(),
                r.confidenceLevel(), r.messages().isEmpty() ? null : String.join(" ", r.messages()));
        }
        return b.build();
    }

    /**
     * One row for Fleiss' kappa with the leading columns of {@link #kappa}: {@code n, kappa, se,
     * ci_lower, ci_upper, z, p_value} ({@code se} and the CI are empty: only the null SE of Fleiss, Nee
     * &amp; Landis is defined in closed form), then {@code raters} ({@code ;}-separated), {@code rater_count},
     * {@code categories}, {@code se_null}, {@code dropped_subjects}, {@code agreement}, {@code scale},
     * {@code method} ({@code fleiss}) and {@code message}.
     *
     * @param r the kappa
     * @param raterColumns the rater columns
     * @param scale the interpretation bands
     * @return the table
     */
    public static ResultTable fleissKappa(final FleissKappaResult r, final List<String> raterColumns,
        final AgreementScale scale) {
        return ResultTable.builder(integer("n"), real("kappa"), real("se"), real("ci_lower"), real("ci_upper"),
            real("z"), real("p_value"), text("raters"), integer("rater_count"), text("categories"), real("se_null"),
            integer("dropped_subjects"), text("agreement"), text("scale"), text("method"), text("message"))
            .row(r.subjects(), r.kappa(), Double.NaN, Double.NaN, Double.NaN, r.z(), r.pValue(),
                String.join(";", raterColumns), r.raters(), String.join(";", r.categories()), r.nullStandardError(),
                r.droppedSubjects(), scale.band(r.kappa()), scale.label(), "fleiss",
                r.messages().isEmpty() ? null : String.join(" ", r.messages()))
            .build();
    }

    /**
     * The features dropped by an ICC filter with their ICC in the compared form.
     *
     * @param selection the filter's result
     * @param scale the interpretation bands
     * @return columns {@code feature, type, icc, ci_lower, ci_upper, agreement, threshold, reason}
     */
    public static ResultTable droppedFeatures(final IccFeatureFilter.Selection selection,
        final AgreementScale scale) {
        final ResultTable.Builder b = ResultTable.builder(text("feature"), text("type"), real("icc"),
            real("ci_lower"), real("ci_upper"), text("agreement"), real("threshold"), text("reason"));
        for (final FeatureIcc f : selection.dropped()) {
            final IccEstimate e = f.estimate(selection.form());
            final String reason = e == null ? String.join(" ", f.messages())
                : "ICC " + (selection.inclusive() ? "below " : "not above ") + selection.threshold();
            b.row(f.feature(), selection.form().label(), e == null ? Double.NaN : e.icc(),
                e == null ? Double.NaN : e.ciLower(), e == null ? Double.NaN : e.ciUpper(),
                e == null ? null : scale.band(e.icc()), selection.threshold(), reason);
        }
        return b.build();
    }

    /**
     * A wide table: one row per subject with the kept features' values, either one rater's or the
     * mean of all raters'.
     *
     * @param layout the long-format layout
     * @param features names of the features to include
     * @param values per feature, its value per long-format row
     * @param rater index of the rater whose values are used, or −1 for the mean of all raters
     * @return columns: the subject column, then one real column per feature; a value is missing where
     *         the chosen rater's (or, for the mean, any rater's) rating is missing
     */
    public static ResultTable wide(final LongFormatRatings layout, final List<String> features,
        final List<double[]> values, final int rater) {
        final List<ResultTable.Column> columns = new ArrayList<>();
        columns.add(text(layout.subjectColumn()));
        features.forEach(f -> columns.add(real(f)));
        final List<double[][]> matrices = values.stream().map(layout::matrix).toList();
        final List<List<Object>> rows = new ArrayList<>();
        for (int s = 0; s < layout.subjects().size(); s++) {
            final List<Object> row = new ArrayList<>();
            row.add(layout.subjects().get(s));
            for (final double[][] m : matrices) {
                row.add(rater >= 0 ? m[s][rater] : java.util.Arrays.stream(m[s]).average().orElse(Double.NaN));
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }
}
