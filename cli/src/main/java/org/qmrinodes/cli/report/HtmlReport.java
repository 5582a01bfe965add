package org.qmrinodes.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.qmrinodes.core.data.DisplayNumbers;
import org.qmrinodes.core.data.ResultTable;

/** A single static HTML page: headings, paragraphs, tables and images, with no external resources. */
public final class HtmlReport {

    private final StringBuilder body = new StringBuilder();
    private final String title;

    /** @param title the page's title, also its first heading */
    public HtmlReport(final String title) {
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>\n");
    }

    /** Adds a section heading. */
    public HtmlReport heading(final String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    /** Adds a heading one level below {@link #heading}, for the parts of a section. */
    public HtmlReport subheading(final String text) {
        body.append("<h3>").append(escape(text)).append("</h3>\n");
        return this;
    }

    /** Adds a paragraph of plain text (escaped). */
    public HtmlReport paragraph(final String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Adds a paragraph holding one link, {@code href} relative to the page. */
    public HtmlReport link(final String text, final String href) {
        body.append("<p><a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a></p>\n");
        return this;
    }

    /** Adds one line of links: label, then (text, href) pairs. */
    public HtmlReport links(final String label, final String... textHref) {
        body.append("<p>").append(escape(label));
        for (int i = 0; i < textHref.length; i += 2) {
            body.append(i == 0 ? " " : " \u00b7 ").append("<a href=\"").append(escape(textHref[i + 1])).append("\">")
                .append(escape(textHref[i])).append("</a>");
        }
        body.append("</p>\n");
        return this;
    }

    /** Adds a figure 600 pixels wide, {@code alt} also its caption. */
    public HtmlReport image(final String file, final String alt) {
        return image(file, alt, 600);
    }

    /** Adds a figure shown {@code width} pixels wide (wide figures such as side-by-side plots). */
    public HtmlReport image(final String file, final String alt, final int width) {
        body.append("<figure><img src=\"").append(escape(file)).append("\" alt=\"").append(escape(alt))
            .append("\" width=\"" + width + "\"><figcaption>").append(escape(alt)).append("</figcaption></figure>\n");
        return this;
    }

    /**
     * Adds a table; reals are shown as a journal prints them ({@link DisplayNumbers}: p-values, in
     * the columns {@code p}, {@code p_*} and {@code *_p}, below 0.001 as "&lt; 0.001", all with three
     * significant digits), missing values as a dash.
     */
    public HtmlReport table(final ResultTable table, final List<String> columns) {
        return table(table, columns, null);
    }

    /**
     * As {@link #table(ResultTable, List)}, for a table also written as the CSV file {@code csv}
     * (relative to the page): the page names it in the table's {@code data-csv} attribute.
     */
    public HtmlReport table(final ResultTable table, final List<String> columns, final String csv) {
        body.append(csv == null ? "<table>" : "<table data-csv=\"" + escape(csv) + "\">").append("\n<tr>");
        for (final String c : columns) {
            body.append("<th>").append(escape(c)).append("</th>");
        }
        body.append("</tr>\n");
        final List<String> names = table.columnNames();
        for (final List<Object> row : table.rows()) {
            body.append("<tr>");
            for (final String c : columns) {
                final Object cell = row.get(names.indexOf(c));
                final boolean number = cell instanceof Number;
                final String text = isPValue(c) && cell instanceof Double p && !p.isNaN() ? DisplayNumbers.pValue(p)
                    : format(cell);
                body.append(number ? "<td class=\"num\">" : "<td>").append(escape(text)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    private static boolean isPValue(final String column) {
        return column.equals("p") || column.startsWith("p_") || column.endsWith("_p");
    }

    /** @return the cell as shown: reals with three significant digits, missing values as a dash */
    public static String format(final Object cell) {
        if (cell == null || cell instanceof Double d && d.isNaN()) {
            return "\u2013";
        }
        if (cell instanceof Double d) {
            return Double.isInfinite(d) ? (d > 0 ? "\u221e" : "\u2212\u221e") : DisplayNumbers.significant(d);
        }
        return cell.toString();
    }

    /** Writes the page as UTF-8. */
    public void write(final Path file) throws IOException {
        Files.writeString(file, page(), StandardCharsets.UTF_8);
    }

    /** @return the whole page */
    public String page() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
            + "</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.4}"
            + "table{border-collapse:collapse;margin:1em 0;font-size:90%}th,td{border:1px solid #ccc;padding:3px 7px}"
            + "th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}"
            + "figure{margin:1em 0}img{max-width:100%;height:auto}</style></head>\n<body>\n" + body + "</body></html>\n";
    }

    /** @return {@code s} with the HTML-special characters escaped, for text and attribute values */
    public static String escape(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
