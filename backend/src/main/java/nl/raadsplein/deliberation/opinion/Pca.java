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
        Pca pca = new Pca(matrix, centre, centred, start(start1, columns, random), start(start2, columns, random));
        pca.iterate();
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
     * Power iteration on both components at once (v <- X^T X v, then Gram-Schmidt: the second loses its part along
     * the first), with a Rayleigh-Ritz rotation each step. Pol.is iterates one component after the other; when the
     * first two variances are close (three camps of similar size) the first alone converges slowly, the pair does
     * not. At convergence the two give the same components.
     */
    private void iterate() {
        int rows = matrix.rows();
        double[] y1 = new double[rows];
        double[] y2 = new double[rows];
        orthonormalise(pc1, pc2);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            times(pc1, pc2, y1, y2);
            double h11 = dot(y1, y1);
            double h12 = dot(y1, y2);
            double h22 = dot(y2, y2);
            // eigenvectors of the 2x2 [[h11, h12], [h12, h22]]: rotate so that the first carries the most variance
            double angle = 0.5 * Math.atan2(2 * h12, h11 - h22);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            rotate(y1, y2, cos, sin);
            rotate(pc1, pc2, cos, sin);
            double[][] w = transposedTimes(y1, y2);
            orthonormalise(w[0], w[1]);
            double change = Math.max(1 - Math.abs(dot(w[0], pc1)), 1 - Math.abs(dot(w[1], pc2)));
            System.arraycopy(w[0], 0, pc1, 0, pc1.length);
            System.arraycopy(w[1], 0, pc2, 0, pc2.length);
            if (change < STABLE) {
                break;
            }
        }
        canonicalSign(pc1);
        canonicalSign(pc2);
    }

    private static void rotate(double[] a, double[] b, double cos, double sin) {
        for (int i = 0; i < a.length; i++) {
            double first = cos * a[i] + sin * b[i];
            double second = -sin * a[i] + cos * b[i];
            a[i] = first;
            b[i] = second;
        }
    }

    /** Normalises a, removes its part from b and normalises b; a vector of length 0 becomes all zeros. */
    private static void orthonormalise(double[] a, double[] b) {
        scale(a);
        double along = dot(a, b);
        for (int j = 0; j < b.length; j++) {
            b[j] -= along * a[j];
        }
        scale(b);
    }

    private static void scale(double[] v) {
        double length = Math.sqrt(dot(v, v));
        for (int j = 0; j < v.length; j++) {
            v[j] = length < 1e-12 ? 0 : v[j] / length;
        }
    }

    /** A component and its negation are the same axis; fixing the sign keeps maps from flipping between runs. */
    private static void canonicalSign(double[] v) {
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
    }

    private void times(double[] v1, double[] v2, double[] y1, double[] y2) {
        for (int row = 0; row < matrix.rows(); row++) {
            double sum1 = 0;
            double sum2 = 0;
            for (int at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at++) {
                double value = centred[at];
                int column = matrix.columns[at];
                sum1 += value * v1[column];
                sum2 += value * v2[column];
            }
            y1[row] = sum1;
            y2[row] = sum2;
        }
    }

    private double[][] transposedTimes(double[] y1, double[] y2) {
        double[] w1 = new double[matrix.columnCount()];
        double[] w2 = new double[matrix.columnCount()];
        for (int row = 0; row < matrix.rows(); row++) {
            double weight1 = y1[row];
            double weight2 = y2[row];
            for (int at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at++) {
                double value = centred[at];
                int column = matrix.columns[at];
                w1[column] += value * weight1;
                w2[column] += value * weight2;
            }
        }
        return new double[][] {w1, w2};
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
