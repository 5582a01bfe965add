package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.privacy.PrivacyFinding;
import org.qmrinodes.core.privacy.PrivacyScanner;
import org.qmrinodes.core.privacy.WorkflowPrivacyScan;

/** {@code qmri privacy-check}: looks for patient identifiers in a saved workflow before it is shared. */
final class PrivacyCheckCommand implements Command {

    @Override
    public String name() {
        return "privacy-check";
    }

    @Override
    public String synopsis() {
        return "Finds values that look like patient identifiers in a saved KNIME workflow folder or .knwf.";
    }

    @Override
    public String summary() {
        return """
            Scans a saved workflow (its folder or an exported .knwf) for values that look like identifiers:
            DICOM UIDs, dates, person names in DICOM family^given notation, absolute paths, and the Patient
            IDs listed in --known-ids. Every node setting (file and key), every line of saved text tables and
            the entries of zipped port data are checked; binary files are counted as not read. Output: one
            row per finding with location, column (the settings key or column), row, kind and the start of
            the value. Exit status 0 when nothing was found (the workflow passes), 1 when something was.""";
    }

    @Override
    public Options options() {
        return new Options().required("dir", "PATH", "workflow folder or .knwf file")
            .optional("known-ids", "FILE", "text file with one known Patient ID per line (e.g. the site's patient list)", null)
            .optional("out", "FILE", "findings table (default: standard output)", null)
            .inputs("dir", "known-ids").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final Path workflow = o.path("dir");
        final List<String> known = new ArrayList<>();
        if (o.get("known-ids") != null) {
            final Path ids = o.path("known-ids");
            try {
                for (final String line : Files.readAllLines(ids, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        known.add(line.strip());
                    }
                }
            } catch (final IOException e) {
                throw CliException.data(ids + ": cannot read the known Patient IDs: " + e.getMessage());
            }
        }
        final WorkflowPrivacyScan.Report report;
        try {
            report = WorkflowPrivacyScan.scan(workflow, new PrivacyScanner(known));
        } catch (final InvalidDataException e) {
            throw CliException.data(e.getMessage());
        }
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("location"), ResultTable.text("column"),
            ResultTable.integer("row"), ResultTable.text("kind"), ResultTable.text("excerpt"));
        for (final PrivacyFinding f : report.findings()) {
            b.row(f.location(), f.column(), (int) f.row(), f.kind(), f.excerpt());
        }
        CsvTableWriter.write(b.build(), o.output("out"), out);
        err.println((report.findings().isEmpty() ? "passed: " : "warning: ") + PrivacyScanner.summary(report.findings())
            + " in " + report.filesRead() + " files read (" + report.filesNotRead()
            + " not read: larger than " + (WorkflowPrivacyScan.MAX_ENTRY_BYTES >> 20) + " MB or nested too deep)");
        if (!report.findings().isEmpty()) {
            throw CliException.data(workflow + ": " + report.findings().size() + " values look like identifiers; do not share"
                + " the workflow as it is");
        }
    }
}
