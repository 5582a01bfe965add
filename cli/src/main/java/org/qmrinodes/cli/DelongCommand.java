package org.qmrinodes.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.core.stats.roc.ClassScores;
import org.qmrinodes.core.stats.roc.DelongTest;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.PairedAucComparison;
import org.qmrinodes.core.stats.roc.RocTables;
import org.qmrinodes.core.stats.roc.UnpairedAucComparison;

/** {@code qmri delong}: DeLong tests between AUCs, as R pROC {@code roc.test(method = "delong")}. */
final class DelongCommand implements Command {

    @Override
    public String name() {
        return "delong";
    }

    @Override
    public String synopsis() {
        return "DeLong tests between the AUCs of score columns, paired or between two tables, as pROC's roc.test.";
    }

    @Override
    public String summary() {
        return """
            Paired, two-sided DeLong test of every pair of score columns (or of each score against
            --reference), as pROC::roc.test(ra, rb, method="delong", paired=TRUE), on the rows where the
            outcome and both scores are present. Columns: score_a,score_b,auc_a,auc_b,difference,z,p_value,
            then p_adjusted (--adjust over all rows), se_difference, the CI of the difference and counts.
            With --unpaired-in, each score of --in is instead compared with the same score in that second,
            independent table (pROC paired=FALSE: p from Student's t with pROC's degrees of freedom).""";
    }

    @Override
    public Options options() {
        return ScoreInputs.options("A,B[,C...]", "direction of every curve; auto: as pROC")
            .optional("reference", "COL", "compare each score with this one instead of all pairs", null)
            .optional("adjust", "none|bonferroni|holm|bh", "multiple-testing adjustment of p_adjusted", "none")
            .optional("conf-level", "P", "level of the CI of the difference", "0.95")
            .optional("unpaired-in", "FILE", "second, independent table: unpaired test of each score between tables",
                null)
            .optional("out", "FILE", "output table (default: standard output)", null).inputs("unpaired-in").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final DirectionRule rule = DirectionRule.parse(o.choice(name(), "direction", "auto", "higher", "lower"));
        final PValueAdjustment adjust =
            PValueAdjustment.parse(o.choice(name(), "adjust", "none", "bonferroni", "holm", "bh"));
        final double level = o.number(name(), "conf-level");
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final ScoreInputs in = ScoreInputs.read(table, o.get("truth"), o.get("positive"), o.list("score"), "a DeLong comparison");
        if (o.get("unpaired-in") != null) {
            runUnpaired(o, in, table, rule, level, out, err);
            return;
        }
        final String reference = o.get("reference");
        if (reference == null && in.names().size() < 2) {
            throw CliException.usage("--score needs at least two columns");
        }
        if (reference != null && !in.names().contains(reference)) {
            throw CliException.usage("--reference '" + reference + "' must be one of the --score columns");
        }
        final List<PairedAucComparison> results;
        try {
            results = DelongTest.compareAll(in.outcome(), in.names(), in.scores(), reference, rule, level, adjust);
        } catch (final InvalidDataException e) {
            throw table.error(e);
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        results.forEach(r -> r.warnings().forEach(w -> err.println("warning: " + w)));
        CsvTableWriter.write(RocTables.paired(results), o.output("out"), out);
    }

    private void runUnpaired(final Options o, final ScoreInputs a, final CsvTableReader tableA,
        final DirectionRule rule, final double level, final PrintStream out, final PrintStream err) throws CliException {
        final CsvTableReader tableB = CsvTableReader.read(o.path("unpaired-in"), err);
        final ScoreInputs b = ScoreInputs.read(tableB, o.get("truth"), o.get("positive"), a.names(), "a DeLong comparison");
        final List<UnpairedAucComparison> results = new ArrayList<>();
        for (int i = 0; i < a.names().size(); i++) {
            final String name = a.names().get(i);
            final ClassScores sa = ClassScores.split(a.outcome(), name, a.scores().get(i));
            final ClassScores sb = ClassScores.split(b.outcome(), name, b.scores().get(i));
            try {
                sa.requireTwoPerClass(a.outcome());
            } catch (final InvalidDataException e) {
                throw tableA.error(e);
            }
            try {
                sb.requireTwoPerClass(b.outcome());
            } catch (final InvalidDataException e) {
                throw tableB.error(e);
            }
            results.add(DelongTest.compareUnpaired(sa, sb, rule, level));
        }
        CsvTableWriter.write(RocTables.unpaired(results, tableA.file().getFileName().toString(),
            tableB.file().getFileName().toString()), o.output("out"), out);
    }
}
