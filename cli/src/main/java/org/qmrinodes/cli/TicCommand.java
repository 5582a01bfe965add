package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.TimeIntensityCurve;

/** {@code qmri tic}: the kinetic type (I persistent, II plateau, III washout) of DCE time-intensity curves. */
final class TicCommand implements Command {

    @Override
    public String name() {
        return "tic";
    }

    @Override
    public String synopsis() {
        return "DCE time-intensity curve type: I persistent, II plateau or III washout, per case.";
    }

    @Override
    public String summary() {
        return """
            Classifies DCE time-intensity curves (BI-RADS kinetics). The input has one row per time point: the
            time after contrast injection in seconds (the pre-contrast point at <= 0) and the mean ROI signal; with
            --case, a long table of several cases (one curve per case, points sorted by time). The early peak is the
            highest signal up to --early-end seconds; with change = (last signal - peak) / peak the type is I when
            change > --band, III when change < -band, II otherwise. Columns: case, tic_type, peak_s, peak_signal,
            delayed_signal, change, initial_enhancement ((peak - pre) / pre), points, problem. Points with a missing
            time or signal are skipped and counted; a case whose curve cannot be classified gets its reason in
            problem (with one curve only, the run stops with it).""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table, one row per time point")
            .optional("time", "COL", "time after injection in seconds", "time_s")
            .optional("signal", "COL", "mean ROI signal", "signal")
            .optional("case", "COL", "case column of a long table (default: the whole table is one curve)", null)
            .optional("early-end", "S", "end of the early phase in seconds after injection", "120")
            .optional("band", "F", "half-width of the plateau band as a fraction", "0.10")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final double earlyEnd = o.number(name(), "early-end");
        final double band = o.number(name(), "band");
        if (!(earlyEnd > 0)) {
            throw CliException.usage("--early-end must be a positive number of seconds, got " + o.get("early-end"));
        }
        if (!(band >= 0 && band < 1)) {
            throw CliException.usage("--band must be a fraction in [0, 1), got " + o.get("band"));
        }
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final double[] time = table.numbers(o.get("time"));
        final double[] signal = table.numbers(o.get("signal"));
        final List<String> cases = o.has("case") ? table.texts(o.get("case")) : null;
        final Map<String, List<Integer>> rows = new LinkedHashMap<>();
        final List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            if (Double.isNaN(time[i]) || Double.isNaN(signal[i]) || cases != null && cases.get(i) == null) {
                skipped.add(table.line(i));
                continue;
            }
            rows.computeIfAbsent(cases == null ? "" : cases.get(i), k -> new ArrayList<>()).add(i);
        }
        if (!skipped.isEmpty()) {
            err.println("warning: " + skipped.size() + " row" + (skipped.size() == 1 ? "" : "s")
                + " with a missing time, signal or case skipped (" + CsvTableReader.listedLines(skipped) + ")");
        }
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("case"), ResultTable.text("tic_type"),
            ResultTable.real("peak_s"), ResultTable.real("peak_signal"), ResultTable.real("delayed_signal"),
            ResultTable.real("change"), ResultTable.real("initial_enhancement"), ResultTable.integer("points"),
            ResultTable.text("problem"));
        int problems = 0;
        for (final Map.Entry<String, List<Integer>> c : rows.entrySet()) {
            final List<Integer> points = new ArrayList<>(c.getValue());
            points.sort(Comparator.comparingDouble(i -> time[i]));
            final double[] t = points.stream().mapToDouble(i -> time[i]).toArray();
            final double[] s = points.stream().mapToDouble(i -> signal[i]).toArray();
            try {
                final TimeIntensityCurve.Classification k = TimeIntensityCurve.classify(t, s, earlyEnd, band);
                b.row(c.getKey(), k.type().label(), k.peakSeconds(), k.peak(), k.delayed(), k.change(),
                    k.initialEnhancement(), t.length, null);
            } catch (final InvalidDataException e) {
                if (cases == null) {
                    throw CliException.data(table.file() + ": " + e.getMessage());
                }
                problems++;
                b.row(c.getKey(), null, null, null, null, null, null, t.length, e.getMessage());
            }
        }
        if (cases == null && rows.isEmpty()) {
            throw CliException.data(table.file() + ": no time point with both a time and a signal");
        }
        if (problems > 0) {
            err.println("warning: " + problems + " case" + (problems == 1 ? "" : "s")
                + " could not be classified (see the problem column)");
        }
        CsvTableWriter.write(b.build(), o.output("out"), out);
    }
}
