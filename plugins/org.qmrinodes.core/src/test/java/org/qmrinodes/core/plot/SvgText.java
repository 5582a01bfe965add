package org.qmrinodes.core.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text elements of an SVG document, with their anchor positions, for layout assertions. */
record SvgText(String text, double x, double y) {

    private static final Pattern TEXT = Pattern.compile(
        "<text[^>]*?\\bx=['\"]([-0-9.eE]+)['\"][^>]*?\\by=['\"]([-0-9.eE]+)['\"][^>]*>([^<]*)</text>");

    static List<SvgText> of(final String svg) {
        final List<SvgText> out = new ArrayList<>();
        final Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(new SvgText(m.group(3).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"),
                Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
        }
        return out;
    }
}
