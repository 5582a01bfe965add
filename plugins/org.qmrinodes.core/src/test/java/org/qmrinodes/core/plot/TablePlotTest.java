package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.ResultTable;

class TablePlotTest {

    private static ResultTable table(final int rows, final String wide) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("variable"), ResultTable.text("p_value"));
        for (int i = 0; i < rows; i++) {
            b.row(i == 0 ? wide : "row " + i, i % 2 == 0 ? "NA" : "0.012");
        }
        return b.build();
    }

    @Test
    void imageGrowsWithRowsAndTheWidestCellAndHasInkInEveryRow() throws Exception {
        final BufferedImage small = ImageIO.read(new ByteArrayInputStream(TablePlot.png(table(3, "x"), "T", "c")));
        final BufferedImage tall = ImageIO.read(new ByteArrayInputStream(TablePlot.png(table(30, "x"), "T", "c")));
        final String wide = "a very long variable name ".repeat(12);
        final BufferedImage broad = ImageIO.read(new ByteArrayInputStream(TablePlot.png(table(3, wide), "T", "c")));
        assertTrue(tall.getHeight() > small.getHeight() + 27 * 15, small.getHeight() + " " + tall.getHeight());
        assertEquals(small.getWidth(), tall.getWidth());
        assertTrue(broad.getWidth() > small.getWidth() + 1000, small.getWidth() + " " + broad.getWidth());
        int darkRows = 0;
        for (int y = 0; y < tall.getHeight(); y++) {
            for (int x = 0; x < tall.getWidth(); x++) {
                if ((tall.getRGB(x, y) & 0xFF) < 100) {
                    darkRows++;
                    break;
                }
            }
        }
        assertTrue(darkRows > 30 * 8, "text drawn on " + darkRows + " pixel rows");
    }

    @Test
    void captionWrapsAtSpacesWithinTheWidth() {
        final FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        final String text = "word ".repeat(200).trim();
        final List<String> lines = TablePlot.wrap(text, fm, 300);
        assertTrue(lines.size() > 5);
        lines.forEach(l -> assertTrue(fm.stringWidth(l) <= 300, l));
        assertEquals(text, String.join(" ", lines));
        assertEquals(List.of("first", "second"), TablePlot.wrap("first\nsecond", fm, 300));
    }
}
