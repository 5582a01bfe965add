package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qmrinodes.core.clinical.Her2Classification;
import org.qmrinodes.core.clinical.Her2Rule;
import org.qmrinodes.core.clinical.Her2Status;
import org.qmrinodes.core.clinical.IhcScore;
import org.qmrinodes.core.clinical.IshResult;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;

/** {@code qmri her2}: the HER2 category of every row from IHC score and ISH result, by a chosen rule. */
final class Her2Command implements Command {

    @Override
    public String name() {
        return "her2";
    }

    @Override
    public String synopsis() {
        return "HER2 status (zero, low, positive, equivocal, unclassifiable) from IHC and ISH by a guideline rule.";
    }

    @Override
    public String summary() {
        return """
            HER2 category of every row: IHC 0 -> HER2-zero, 1+ -> HER2-low, 3+ -> HER2-positive, 2+ by ISH
            (amplified -> HER2-positive, not amplified -> HER2-low) with the ISH criterion of --rule:
            asco-cap-2018 / asco-cap-2023 (dual-probe ISH groups 1-5; groups 2-4 resolved by the IHC 2+ work-up,
            or equivocal with --groups-2-4 equivocal), qims26 (ratio >= 2.0 with copy number >= 4.0, or copy number
            >= 6.0), fr24 (ratio > 2.0 or copy number > 6.0), custom (--ratio-threshold, --copy-threshold,
            --inclusive). Without numbers the --fish text is used. IHC 2+ without an ISH result, or a missing IHC,
            is unclassifiable: counted, never guessed. Writes the input rows plus her2_status, her2_reason and
            her2_rule.""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table")
            .required("ihc", "COL", "IHC score column (0, 1+, 2+, 3+, as numbers or text)")
            .optional("ratio", "COL", "HER2/CEP17 ratio column", null)
            .optional("copy-number", "COL", "mean HER2 copy number column", null)
            .optional("fish", "COL", "FISH result column as text (amplified/not amplified, positive/negative, yes/no, 1/0)",
                null)
            .required("rule", "asco-cap-2018|asco-cap-2023|qims26|fr24|custom", "how ISH decides an IHC 2+ case")
            .optional("ratio-threshold", "X", "custom rule: HER2/CEP17 ratio threshold", null)
            .optional("copy-threshold", "Y", "custom rule: copy number threshold (default: not used)", null)
            .optional("inclusive", "true|false", "custom rule: amplified at >= the threshold (true) or > (false)", "true")
            .optional("groups-2-4", "resolve|equivocal", "ASCO/CAP rules: ISH groups 2-4 resolved by the IHC 2+ work-up "
                + "or reported equivocal", "resolve")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final Her2Rule rule = rule(o);
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final List<String> ihc = table.texts(o.get("ihc"));
        final double[] ratio = o.has("ratio") ? table.numbers(o.get("ratio")) : null;
        final double[] copies = o.has("copy-number") ? table.numbers(o.get("copy-number")) : null;
        final List<String> fish = o.has("fish") ? table.texts(o.get("fish")) : null;
        final List<ResultTable.Column> columns = new ArrayList<>();
        table.header().forEach(h -> columns.add(ResultTable.text(h)));
        for (final String added : List.of("her2_status", "her2_reason", "her2_rule")) {
            if (table.header().contains(added)) {
                throw CliException.usage(table.file() + ": already has a column '" + added + "'");
            }
            columns.add(ResultTable.text(added));
        }
        final ResultTable.Builder b = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        final Map<Her2Status, Integer> counts = new EnumMap<>(Her2Status.class);
        for (int i = 0; i < table.size(); i++) {
            final String where = table.file() + ", line " + table.line(i) + ", column '";
            final int score;
            final IshResult ish;
            try {
                score = IhcScore.parse(ihc.get(i), where + o.get("ihc") + "'");
                ish = new IshResult(ratio == null ? Double.NaN : ratio[i], copies == null ? Double.NaN : copies[i],
                    fish == null ? null : IshResult.parseReported(fish.get(i), where + o.get("fish") + "'"));
            } catch (final InvalidDataException e) {
                throw CliException.data(e.getMessage());
            }
            final Her2Classification c = rule.classify(score, ish);
            counts.merge(c.status(), 1, Integer::sum);
            final List<Object> row = new ArrayList<>(table.fields(i));
            row.add(c.status().label());
            row.add(c.reason());
            row.add(rule.name());
            b.row(row.toArray());
        }
        err.println(countsLine(rule, counts));
        CsvTableWriter.write(b.build(), o.output("out"), out);
    }

    /** @return e.g. {@code warning: HER2 status by ASCO/CAP 2018: 3 HER2-zero, ..., 1 unclassifiable} */
    static String countsLine(final Her2Rule rule, final Map<Her2Status, Integer> counts) {
        final int undecided = counts.getOrDefault(Her2Status.EQUIVOCAL, 0) + counts.getOrDefault(Her2Status.UNCLASSIFIABLE, 0);
        final String each = java.util.Arrays.stream(Her2Status.values())
            .map(s -> counts.getOrDefault(s, 0) + " " + s.label()).collect(Collectors.joining(", "));
        return (undecided > 0 ? "warning: " : "") + "HER2 status by " + rule.name() + ": " + each
            + (undecided > 0 ? " (" + undecided + " not classified, see her2_reason)" : "");
    }

    private static Her2Rule rule(final Options o) throws CliException {
        final String name = o.choice("her2", "rule", Her2Rule.IDS.toArray(String[]::new));
        final boolean equivocal = o.choice("her2", "groups-2-4", "resolve", "equivocal").equals("equivocal");
        final boolean custom = name.equals("custom");
        if (!custom && (o.has("ratio-threshold") || o.has("copy-threshold") || o.has("inclusive"))) {
            throw CliException.usage("--ratio-threshold, --copy-threshold and --inclusive need --rule custom");
        }
        if (equivocal && !name.startsWith("asco-cap")) {
            throw CliException.usage("--groups-2-4 equivocal applies to the ASCO/CAP rules only, not --rule " + name);
        }
        final Her2Rule rule = custom ? customRule(o) : Her2Rule.byId(name);
        return equivocal ? rule.groups2To4Equivocal() : rule;
    }

    private static Her2Rule customRule(final Options o) throws CliException {
        if (!o.has("ratio-threshold")) {
            throw CliException.usage("--rule custom needs --ratio-threshold");
        }
        final double ratio = o.number("her2", "ratio-threshold");
        final double copies = o.has("copy-threshold") ? o.number("her2", "copy-threshold") : Double.NaN;
        return Her2Rule.custom(ratio, copies, o.choice("her2", "inclusive", "true", "false").equals("true"));
    }
}
