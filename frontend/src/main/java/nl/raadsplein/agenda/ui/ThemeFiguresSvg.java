package nl.raadsplein.agenda.ui;

import java.util.List;
import nl.raadsplein.ui.Svg;

/**
 * A theme's figures as a small horizontal bar chart: a bar per figure, coloured by its series, its count written
 * beside it. Bars are scaled to the theme's largest figure, so the counts, not the lengths, compare themes.
 */
final class ThemeFiguresSvg {

    static final int WIDTH = 480;
    private static final int LABEL = 190;
    private static final int BAR = 14;
    private static final int GAP = 6;
    private static final int COUNT_SPACE = 50;

    private ThemeFiguresSvg() {}

    /**
     * @param id unique on the page, to tie the title and description to the chart
     * @param labels the figures' names, in the order of {@code lines}
     * @param title the chart's short name
     * @param description the text alternative, read instead of the picture
     */
    static String render(String id, List<FigureLines> lines, List<String> labels, String title, String description) {
        int height = lines.size() * (BAR + GAP) + GAP;
        int max = lines.stream().mapToInt(FigureLines::count).max().orElse(0);
        double scale = max == 0 ? 0 : (WIDTH - LABEL - COUNT_SPACE) / (double) max;
        String titleId = Svg.escape(id + "-title");
        String descId = Svg.escape(id + "-desc");
        StringBuilder svg = new StringBuilder(2048);
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"theme-figures-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(titleId)
                .append("\" aria-describedby=\"")
                .append(descId)
                .append("\"><title id=\"")
                .append(titleId)
                .append("\">")
                .append(Svg.escape(title))
                .append("</title><desc id=\"")
                .append(descId)
                .append("\">")
                .append(Svg.escape(description))
                .append("</desc>");
        for (int i = 0; i < lines.size(); i++) {
            FigureLines line = lines.get(i);
            int y = GAP + i * (BAR + GAP);
            double length = line.count() == 0 ? 0 : Math.max(2, line.count() * scale);
            svg.append("<text x=\"0\" y=\"")
                    .append(y + BAR - 3)
                    .append("\" font-size=\"12\" fill=\"#000000\">")
                    .append(Svg.escape(labels.get(i)))
                    .append("</text><rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(Svg.number(length))
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"")
                    .append(Svg.colour(line.series()))
                    .append("\"/><text x=\"")
                    .append(Svg.number(LABEL + length + 4))
                    .append("\" y=\"")
                    .append(y + BAR - 3)
                    .append("\" font-size=\"12\" fill=\"#000000\">")
                    .append(line.count())
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
