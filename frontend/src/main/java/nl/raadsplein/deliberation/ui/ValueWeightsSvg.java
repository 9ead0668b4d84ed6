package nl.raadsplein.deliberation.ui;

import java.util.List;
import nl.raadsplein.deliberation.DiscussionReport.GroupWeights;
import nl.raadsplein.ui.Svg;

/** The value weights as SVG: per value a bar per group (everyone first), the average points written beside it. */
final class ValueWeightsSvg {

    static final int WIDTH = 560;
    private static final int LABEL = 150;
    private static final int BAR = 14;
    private static final int GAP = 4;
    private static final int BLOCK_GAP = 14;

    private ValueWeightsSvg() {}

    /**
     * @param values the values' names, in the order of the averages
     * @param groupNames the name of each row of {@code weights} ("Iedereen", "Groep A", ...)
     */
    static String render(
            List<String> values,
            List<GroupWeights> weights,
            List<String> groupNames,
            String title,
            String description) {
        int block = weights.size() * (BAR + GAP) + BLOCK_GAP;
        int height = values.size() * block + 10;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"value-weights\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"value-weights-title\" aria-describedby=\"value-weights-desc\">")
                .append("<title id=\"value-weights-title\">")
                .append(Svg.escape(title))
                .append("</title><desc id=\"value-weights-desc\">")
                .append(Svg.escape(description))
                .append("</desc>");
        double scale = (WIDTH - LABEL - 60) / 100.0;
        for (int v = 0; v < values.size(); v++) {
            int top = v * block + 5;
            svg.append("<text x=\"0\" y=\"")
                    .append(top + BAR)
                    .append("\" font-size=\"13\" fill=\"#000000\">")
                    .append(Svg.escape(values.get(v)))
                    .append("</text>");
            for (int g = 0; g < weights.size(); g++) {
                GroupWeights row = weights.get(g);
                double average = row.averages().get(v);
                int y = top + g * (BAR + GAP);
                svg.append("<rect x=\"")
                        .append(LABEL)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(Svg.number(Math.max(1, average * scale)))
                        .append("\" height=\"")
                        .append(BAR)
                        .append("\" fill=\"")
                        .append(Svg.colour(row.group()))
                        .append("\"><title>")
                        .append(Svg.escape(groupNames.get(g)))
                        .append("</title></rect><text x=\"")
                        .append(Svg.number(LABEL + Math.max(1, average * scale) + 4))
                        .append("\" y=\"")
                        .append(y + BAR - 3)
                        .append("\" font-size=\"11\" fill=\"#000000\">")
                        .append(Svg.escape(groupNames.get(g)))
                        .append(": ")
                        .append(Math.round(average))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }
}
