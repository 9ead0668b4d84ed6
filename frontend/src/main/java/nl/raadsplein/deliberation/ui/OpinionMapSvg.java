package nl.raadsplein.deliberation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.raadsplein.deliberation.DiscussionReport;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.deliberation.opinion.OpinionModel.Placement;
import nl.raadsplein.ui.Svg;
import org.jspecify.annotations.Nullable;

/**
 * The opinion map as SVG: each participant in a group as a dot in its group's colour, each group outlined by the
 * convex hull of its members and named by its letter, the viewer's own position ringed. Only the placement numbers
 * and the texts given (escaped) reach the markup.
 */
final class OpinionMapSvg {

    static final int WIDTH = 560;
    static final int HEIGHT = 400;
    private static final int PAD = 28;
    /** Dots drawn at most; a larger discussion shows an even sample, the outlines still cover everyone. */
    static final int MAX_DOTS = 3000;

    private OpinionMapSvg() {}

    /**
     * @param title the chart's short name
     * @param description the text alternative, read instead of the picture
     * @param viewerLabel the label of the viewer's ring ("U", "You")
     */
    static String render(
            OpinionModel model, @Nullable Long viewer, String title, String description, String viewerLabel) {
        List<Placement> placed =
                model.placements().stream().filter(p -> p.group() >= 0).toList();
        double minX = placed.stream().mapToDouble(Placement::x).min().orElse(-1);
        double maxX = placed.stream().mapToDouble(Placement::x).max().orElse(1);
        double minY = placed.stream().mapToDouble(Placement::y).min().orElse(-1);
        double maxY = placed.stream().mapToDouble(Placement::y).max().orElse(1);
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        java.util.function.DoubleUnaryOperator sx = x -> PAD + (x - minX) / spanX * (WIDTH - 2 * PAD);
        java.util.function.DoubleUnaryOperator sy = y -> HEIGHT - PAD - (y - minY) / spanY * (HEIGHT - 2 * PAD);

        StringBuilder svg = new StringBuilder(64 * Math.min(placed.size(), MAX_DOTS) + 2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opinion-map\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"opinion-map-title\" aria-describedby=\"opinion-map-desc\">")
                .append("<title id=\"opinion-map-title\">")
                .append(Svg.escape(title))
                .append("</title><desc id=\"opinion-map-desc\">")
                .append(Svg.escape(description))
                .append("</desc>")
                .append("<rect x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" fill=\"#ffffff\" stroke=\"#767676\"/>");

        Map<Integer, List<double[]>> members = new LinkedHashMap<>();
        for (Placement p : placed) {
            members.computeIfAbsent(p.group(), g -> new ArrayList<>())
                    .add(new double[] {sx.applyAsDouble(p.x()), sy.applyAsDouble(p.y())});
        }
        members.forEach((group, points) -> outline(svg, group, points));

        int step = Math.max(1, (placed.size() + MAX_DOTS - 1) / MAX_DOTS);
        for (int i = 0; i < placed.size(); i += step) {
            Placement p = placed.get(i);
            svg.append("<circle cx=\"")
                    .append(Svg.number(sx.applyAsDouble(p.x())))
                    .append("\" cy=\"")
                    .append(Svg.number(sy.applyAsDouble(p.y())))
                    .append("\" r=\"3\" fill=\"")
                    .append(Svg.colour(p.group()))
                    .append("\"/>");
        }
        members.forEach((group, points) -> label(svg, group, points));

        if (viewer != null) {
            model.placements().stream()
                    .filter(p -> p.participant() == viewer && p.group() >= 0)
                    .findFirst()
                    .ifPresent(p -> {
                        String x = Svg.number(sx.applyAsDouble(p.x()));
                        String y = Svg.number(sy.applyAsDouble(p.y()));
                        svg.append("<g class=\"opinion-map-viewer\"><circle cx=\"")
                                .append(x)
                                .append("\" cy=\"")
                                .append(y)
                                .append("\" r=\"9\" fill=\"none\" stroke=\"#000000\" stroke-width=\"3\"/>")
                                .append("<text x=\"")
                                .append(x)
                                .append("\" y=\"")
                                .append(y)
                                .append(
                                        "\" dx=\"12\" dy=\"-10\" font-size=\"14\" font-weight=\"bold\" fill=\"#000000\">")
                                .append(Svg.escape(viewerLabel))
                                .append("</text></g>");
                    });
        }
        return svg.append("</svg>").toString();
    }

    private static void outline(StringBuilder svg, int group, List<double[]> points) {
        List<double[]> hull = hull(points);
        String colour = Svg.colour(group);
        if (hull.size() < 3) {
            double[] c = centre(points);
            svg.append("<circle cx=\"")
                    .append(Svg.number(c[0]))
                    .append("\" cy=\"")
                    .append(Svg.number(c[1]))
                    .append("\" r=\"14\" fill=\"")
                    .append(colour)
                    .append("\" fill-opacity=\"0.12\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"2\"/>");
            return;
        }
        svg.append("<polygon class=\"opinion-map-group\" points=\"");
        for (double[] p : hull) {
            svg.append(Svg.number(p[0])).append(',').append(Svg.number(p[1])).append(' ');
        }
        svg.append("\" fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"0.12\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>");
    }

    private static void label(StringBuilder svg, int group, List<double[]> points) {
        double[] c = centre(points);
        svg.append("<text x=\"")
                .append(Svg.number(c[0]))
                .append("\" y=\"")
                .append(Svg.number(c[1]))
                .append(
                        "\" font-size=\"20\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000000\" stroke=\"#ffffff\"")
                .append(" stroke-width=\"4\" paint-order=\"stroke\">")
                .append(DiscussionReport.letter(group))
                .append("</text>");
    }

    private static double[] centre(List<double[]> points) {
        double x = 0;
        double y = 0;
        for (double[] p : points) {
            x += p[0];
            y += p[1];
        }
        return new double[] {x / points.size(), y / points.size()};
    }

    /** The convex hull of the points, counter-clockwise (Andrew's monotone chain). */
    private static List<double[]> hull(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        if (sorted.size() < 3) {
            return sorted;
        }
        double[][] hull = new double[2 * sorted.size()][];
        int k = 0;
        for (double[] p : sorted) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        for (int i = sorted.size() - 2, lower = k + 1; i >= 0; i--) {
            double[] p = sorted.get(i);
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        List<double[]> result = new ArrayList<>(k - 1);
        for (int i = 0; i < k - 1; i++) {
            result.add(hull[i]);
        }
        return result;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
