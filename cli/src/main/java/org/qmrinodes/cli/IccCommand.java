package org.qmrinodes.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.agreement.AgreementScale;
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.FeatureIcc;
import org.qmrinodes.core.stats.agreement.IccForm;
import org.qmrinodes.core.stats.agreement.IntraclassCorrelation;
import org.qmrinodes.core.stats.agreement.LongFormatRatings;

/** {@code qmri icc}: intraclass correlations of feature columns of a long-format rating table, as psych::ICC. */
public final class IccCommand implements Command {

    @Override
    public String name() {
        return "icc";
    }

    @Override
    public String synopsis() {
        return "Intraclass correlations between raters of the feature columns of a long table, as psych::ICC.";
    }

    @Override
    public String summary() {
        return """
            Intraclass correlations of each feature column between raters, as R psych::ICC (Shrout & Fleiss forms
            from the two-way ANOVA, McGraw & Wong confidence intervals). The input is long: one row per subject x
            rater. One row per feature and form (ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k) with icc, f, df1, df2,
            p_value, ci_lower, ci_upper, then the Shrout & Fleiss and McGraw & Wong names, the agreement band,
            subjects, raters, dropped_subjects and a message. Subjects lacking a rating are dropped per feature and
            counted; a feature whose ICC is undefined (e.g. constant) gets a message instead of stopping the rest.""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table, one row per subject x rater")
            .required("subject", "COL", "subject (case, lesion) column")
            .required("rater", "COL", "rater (reader, delineation) column")
            .required("value", "C1[,C2...]", "numeric feature columns")
            .optional("type", "all|ICC1|ICC2|ICC3|ICC1k|ICC2k|ICC3k", "which forms to list", "all")
            .optional("scale", String.join("|", AgreementScale.labels()), "interpretation bands of the agreement column",
                AgreementScale.KOO_LI.label())
            .optional("conf-level", "P", "level of the confidence intervals", "0.95")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final List<String> features = o.list("value");
        if (features.isEmpty()) {
            throw CliException.usage("--value needs at least one column name");
        }
        final List<IccForm> forms;
        final AgreementScale scale;
        try {
            forms = o.get("type").equalsIgnoreCase("all") ? List.of(IccForm.values())
                : List.of(IccForm.parse(o.get("type")));
            scale = AgreementScale.parse(o.get("scale"));
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        final double level = o.number(name(), "conf-level");
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final List<FeatureIcc> results = analyze(table, o.get("subject"), o.get("rater"), features, level);
        results.forEach(r -> r.messages().forEach(m -> err.println("warning: " + m)));
        CsvTableWriter.write(AgreementTables.icc(results, forms, scale), o.output("out"), out);
    }

    /**
     * @param table a long-format table (one row per subject and rater)
     * @param subject the subject column
     * @param rater the rater column
     * @param features the feature columns
     * @param level the confidence level
     * @return the ICCs of every feature
     * @throws CliException for a missing column (usage) or bad ratings (data, naming the file)
     */
    public static List<FeatureIcc> analyze(final CsvTableReader table, final String subject, final String rater,
        final List<String> features, final double level) throws CliException {
        final List<String> subjects = table.texts(subject);
        final List<String> raters = table.texts(rater);
        final List<double[]> values = new ArrayList<>();
        for (final String f : features) {
            values.add(table.numbers(f));
        }
        final List<FeatureIcc> results = new ArrayList<>();
        try {
            final LongFormatRatings layout = LongFormatRatings.of(subject, subjects, rater, raters);
            for (int i = 0; i < features.size(); i++) {
                results.add(IntraclassCorrelation.analyze(layout, features.get(i), values.get(i), level));
            }
        } catch (final InvalidDataException e) {
            throw table.error(e);
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        return results;
    }
}
