package org.qmrinodes.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.ResultTable;

/**
 * A results table drawn as a journal figure: title, column headers between two heavy rules, the
 * rows, a closing rule and a caption wrapped to the table's width. Columns are as wide as their
 * widest cell; text is 15 px sans serif (headers bold), so a Table 1 of the Shen25 cohort is about
 * 1,300 px wide and readable at 100%.
 */
public final class TablePlot {

    private static final int MARGIN = 24;
    private static final int PADDING = 14;
    private static final int MIN_CAPTION_WIDTH = 640;

    private TablePlot() {
    }

    /**
     * @param table the table (cells as text; {@code null} drawn empty)
     * @param title drawn above the table (may be empty)
     * @param caption drawn below the table, wrapped (may be empty)
     * @return PNG bytes
     */
    public static byte[] png(final ResultTable table, final String title, final String caption) {
        return ChartCanvas.png(render(table, title, caption));
    }

    /**
     * @param table the table
     * @param title the title
     * @param caption the caption
     * @return the rendered image
     */
    public static BufferedImage render(final ResultTable table, final String title, final String caption) {
        final Font body = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        final Font bold = body.deriveFont(Font.BOLD);
        final Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 17);
        final Font captionFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        final BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        final Graphics2D m = probe.createGraphics();
        final FontMetrics bodyMetrics = m.getFontMetrics(body);
        final FontMetrics boldMetrics = m.getFontMetrics(bold);
        final FontMetrics titleMetrics = m.getFontMetrics(titleFont);
        final FontMetrics captionMetrics = m.getFontMetrics(captionFont);
        m.dispose();
        final int columns = table.columns().size();
        final int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = boldMetrics.stringWidth(table.columns().get(c).name());
            for (final List<Object> row : table.rows()) {
                widths[c] = Math.max(widths[c], bodyMetrics.stringWidth(cell(row, c)));
            }
        }
        int sumOfWidths = 0;
        for (final int w : widths) {
            sumOfWidths += w + PADDING;
        }
        final int tableWidth = Math.max(sumOfWidths - PADDING, 0);
        final int contentWidth = Math.max(tableWidth, Math.max(MIN_CAPTION_WIDTH, titleMetrics.stringWidth(title)));
        final List<String> captionLines = wrap(caption, captionMetrics, contentWidth);
        final int rowHeight = bodyMetrics.getHeight() + 6;
        final int titleHeight = title.isEmpty() ? 0 : titleMetrics.getHeight() + 8;
        final int height = MARGIN + titleHeight + rowHeight * (table.rows().size() + 1) + 12
            + captionLines.size() * captionMetrics.getHeight() + MARGIN;
        return ChartCanvas.render(contentWidth + 2 * MARGIN, height, g -> {
            g.setColor(Color.BLACK);
            int y = MARGIN;
            if (!title.isEmpty()) {
                g.setFont(titleFont);
                g.drawString(title, MARGIN, y + titleMetrics.getAscent());
                y += titleHeight;
            }
            g.setStroke(new BasicStroke(2f));
            g.drawLine(MARGIN, y, MARGIN + tableWidth, y);
            drawRow(g, bold, boldMetrics, table.columnNames().stream().map(Object.class::cast).toList(), widths, y,
                rowHeight);
            y += rowHeight;
            g.setStroke(new BasicStroke(1f));
            g.drawLine(MARGIN, y, MARGIN + tableWidth, y);
            for (final List<Object> row : table.rows()) {
                drawRow(g, body, bodyMetrics, row, widths, y, rowHeight);
                y += rowHeight;
            }
            g.setStroke(new BasicStroke(2f));
            g.drawLine(MARGIN, y, MARGIN + tableWidth, y);
            y += 12;
            g.setFont(captionFont);
            g.setColor(Color.DARK_GRAY);
            for (final String line : captionLines) {
                g.drawString(line, MARGIN, y + captionMetrics.getAscent());
                y += captionMetrics.getHeight();
            }
        });
    }

    private static void drawRow(final Graphics2D g, final Font font, final FontMetrics fm, final List<Object> row,
        final int[] widths, final int top, final int rowHeight) {
        g.setFont(font);
        int x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            g.drawString(cell(row, c), x, top + (rowHeight + fm.getAscent() - fm.getDescent()) / 2);
            x += widths[c] + PADDING;
        }
    }

    private static String cell(final List<Object> row, final int c) {
        final Object v = c < row.size() ? row.get(c) : null;
        return v == null ? "" : v.toString();
    }

    /** @return {@code text} broken at spaces into lines no wider than {@code width} (a longer word stays whole) */
    static List<String> wrap(final String text, final FontMetrics fm, final int width) {
        final List<String> lines = new ArrayList<>();
        for (final String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (final String word : paragraph.split(" ")) {
                final String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && fm.stringWidth(candidate) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
