package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.RocPlot;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.stats.roc.RocResult;
import org.qmrinodes.core.stats.roc.RocTables;

/** {@code qmri roc}: ROC analysis of one or more score columns, as R pROC. */
final class RocCommand implements Command {

    @Override
    public String name() {
        return "roc";
    }

    @Override
    public String synopsis() {
        return "ROC analysis of score columns against a binary outcome, as R pROC: AUC with DeLong CI and the Youden cut-off.";
    }

    @Override
    public String summary() {
        return """
            ROC analysis of each score column against a binary outcome, as R pROC: one row per score with
            n_positive, n_negative, direction, auc, auc_se and the DeLong 95% CI (ci_lower, ci_upper), the
            Youden-optimal cutoff (a midpoint between adjacent distinct values; the highest-sensitivity one
            when several tie) with sensitivity, specificity, youden (J), accuracy, ppv, npv and the
            confusion counts. Rows with a missing outcome or score are skipped per score and counted.""";
    }

    @Override
    public Options options() {
        return ScoreInputs.options("C1[,C2...]",
                "which scores indicate the positive class; auto: as pROC, by the class medians")
            .optional("conf-level", "P", "level of the DeLong confidence interval", "0.95")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .optional("curve-out", "FILE", "also write every curve's coordinates (score,threshold,sensitivity,...)", null)
            .optional("plot", "FILE.png", "also draw all curves into one PNG", null)
            .outputs("out", "curve-out", "plot");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final DirectionRule rule = DirectionRule.parse(o.choice(name(), "direction", "auto", "higher", "lower"));
        final double level = o.number(name(), "conf-level");
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final ScoreInputs in = ScoreInputs.read(table, o.get("truth"), o.get("positive"), o.list("score"), "a ROC analysis");
        final List<RocResult> results = new ArrayList<>();
        try {
            for (int i = 0; i < in.names().size(); i++) {
                results.add(RocAnalysis.analyze(in.outcome(), in.names().get(i), in.scores().get(i), rule, level));
            }
        } catch (final InvalidDataException e) {
            throw table.error(e);
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        results.forEach(r -> r.warnings().forEach(w -> err.println("warning: " + w)));
        CsvTableWriter.write(RocTables.summary(results), o.output("out"), out);
        if (o.get("curve-out") != null) {
            CsvTableWriter.write(RocTables.curves(results), o.output("curve-out"), out);
        }
        if (o.get("plot") != null) {
            FigureFiles.png(o.output("plot"), RocPlot.png(results, "", 1200));
        }
    }
}
