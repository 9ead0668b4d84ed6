package nl.raadsplein.deliberation.opinion;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The first two principal components of the vote matrix by power iteration, as Pol.is finds them. Unseen votes are
 * filled with the statement's mean before centring, so after centring they are exactly zero: the centred matrix is
 * as sparse as the votes and each iteration costs two passes over the votes.
 */
final class Pca {

    private static final int ITERATIONS = 100;
    private static final double STABLE = 1e-10;

    /** Mean vote per column. */
    final double[] centre;

    final double[] pc1;
    final double[] pc2;

    private final VoteMatrix matrix;
    private final double[] centred;

    private Pca(VoteMatrix matrix, double[] centre, double[] centred, double[] pc1, double[] pc2) {
        this.matrix = matrix;
        this.centre = centre;
        this.centred = centred;
        this.pc1 = pc1;
        this.pc2 = pc2;
    }

    /**
     * @param start1 the previous first component per column, or null
     * @param start2 the previous second component per column, or null
     */
    static Pca of(VoteMatrix matrix, double @Nullable [] start1, double @Nullable [] start2, long seed) {
        int columns = matrix.columnCount();
        double[] sum = new double[columns];
        int[] count = new int[columns];
        for (int at = 0; at < matrix.entries(); at++) {
            sum[matrix.columns[at]] += matrix.values[at];
            count[matrix.columns[at]]++;
        }
        double[] centre = new double[columns];
        for (int j = 0; j < columns; j++) {
            centre[j] = count[j] == 0 ? 0 : sum[j] / count[j];
        }
        double[] centred = new double[matrix.entries()];
        for (int at = 0; at < centred.length; at++) {
            centred[at] = matrix.values[at] - centre[matrix.columns[at]];
        }
        SplittableRandom random = new SplittableRandom(seed);
        Pca pca = new Pca(matrix, centre, centred, new double[columns], new double[columns]);
        double[] first = pca.powerIteration(start(start1, columns, random), null);
        double[] second = pca.powerIteration(start(start2, columns, random), first);
        System.arraycopy(first, 0, pca.pc1, 0, columns);
        System.arraycopy(second, 0, pca.pc2, 0, columns);
        return pca;
    }

    /**
     * Pol.is' projection: only the statements the participant voted on, pushed out from the centre by
     * sqrt(statements / votes) so that someone who saw few statements is not drawn to the middle. Pol.is sets the
     * columns of moderated-out statements to 0 for everyone, so they count as statements and as votes here; they
     * add nothing to the components (their centred values are 0).
     */
    double[][] project() {
        int rows = matrix.rows();
        double[] x = new double[rows];
        double[] y = new double[rows];
        double columns = matrix.columnCount() + matrix.zeroed;
        for (int row = 0; row < rows; row++) {
            double p1 = 0;
            double p2 = 0;
            for (int at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at++) {
                p1 += centred[at] * pc1[matrix.columns[at]];
                p2 += centred[at] * pc2[matrix.columns[at]];
            }
            double scale = Math.sqrt(columns / Math.max(matrix.votesOf(row) + matrix.zeroed, 1));
            x[row] = p1 * scale;
            y[row] = p2 * scale;
        }
        return new double[][] {x, y};
    }

    private static double[] start(double @Nullable [] previous, int columns, SplittableRandom random) {
        double[] start = new double[columns];
        boolean usable = false;
        for (int j = 0; j < columns; j++) {
            start[j] = previous == null ? random.nextDouble() : previous[j];
            usable |= start[j] != 0;
        }
        if (!usable) {
            for (int j = 0; j < columns; j++) {
                start[j] = random.nextDouble();
            }
        }
        return start;
    }

    /**
     * v <- normalise(X^T X v) until stable; with {@code deflate} the matrix first loses its component along that
     * vector (Gram-Schmidt), which yields the next component.
     */
    private double[] powerIteration(double[] start, double @Nullable [] deflate) {
        int rows = matrix.rows();
        double[] xd = new double[rows];
        if (deflate != null) {
            times(deflate, xd);
        }
        double[] v = normalised(start);
        double[] xv = new double[rows];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            times(v, xv);
            if (deflate != null) {
                double along = dot(deflate, v);
                for (int i = 0; i < rows; i++) {
                    xv[i] -= xd[i] * along;
                }
            }
            double[] w = transposedTimes(xv);
            if (deflate != null) {
                double along = dot(xd, xv);
                for (int j = 0; j < w.length; j++) {
                    w[j] -= deflate[j] * along;
                }
            }
            double length = Math.sqrt(dot(w, w));
            if (length == 0) {
                return new double[w.length];
            }
            for (int j = 0; j < w.length; j++) {
                w[j] /= length;
            }
            double change = 0;
            for (int j = 0; j < w.length; j++) {
                change += (w[j] - v[j]) * (w[j] - v[j]);
            }
            v = w;
            if (change < STABLE) {
                break;
            }
        }
        return canonicalSign(v);
    }

    /** A component and its negation are the same axis; fixing the sign keeps maps from flipping between runs. */
    private static double[] canonicalSign(double[] v) {
        int largest = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        if (v.length > 0 && v[largest] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
        return v;
    }

    private void times(double[] v, double[] result) {
        for (int row = 0; row < matrix.rows(); row++) {
            double sum = 0;
            for (int at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at++) {
                sum += centred[at] * v[matrix.columns[at]];
            }
            result[row] = sum;
        }
    }

    private double[] transposedTimes(double[] y) {
        double[] result = new double[matrix.columnCount()];
        for (int row = 0; row < matrix.rows(); row++) {
            double weight = y[row];
            for (int at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at++) {
                result[matrix.columns[at]] += centred[at] * weight;
            }
        }
        return result;
    }

    private static double[] normalised(double[] v) {
        double length = Math.sqrt(dot(v, v));
        double[] result = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            result[j] = length == 0 ? 0 : v[j] / length;
        }
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
