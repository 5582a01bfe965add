package org.qmrinodes.core.stats.evaluation;

/**
 * Round tick values covering a range, as R's {@code pretty(x, n)} (R 4.2 defaults: min.n = n %/% 3,
 * high.u.bias 1.5, u5.bias 2.75): a unit of 1, 2, 5 or 10 times a power of ten close to range/n,
 * ticks at its multiples from just below the minimum to just above the maximum.
 */
final class Pretty {

    private Pretty() {
    }

    /**
     * @param lo the smallest value
     * @param up the largest value
     * @param n the desired number of intervals
     * @return the ticks, ascending
     */
    static double[] ticks(final double lo, final double up, final int n) {
        final int minN = n / 3;
        final double dx = up - lo;
        if (!(dx > 0)) {
            return new double[] {lo};
        }
        final double cell = dx / n;
        final double base = Math.pow(10, Math.floor(Math.log10(cell)));
        double unit = base;
        if (2 * base - cell < 1.5 * (cell - unit)) {
            unit = 2 * base;
            if (5 * base - cell < 2.75 * (cell - unit)) {
                unit = 5 * base;
                if (10 * base - cell < 1.5 * (cell - unit)) {
                    unit = 10 * base;
                }
            }
        }
        double ns = Math.floor(lo / unit + 1e-5);
        double nu = Math.ceil(up / unit - 1e-5);
        while (ns * unit > lo + 1e-5 * unit) {
            ns--;
        }
        while (nu * unit < up - 1e-5 * unit) {
            nu++;
        }
        final long k = Math.round(nu - ns);
        if (k < minN) {
            final long extra = minN - k;
            if (ns >= 0) {
                nu += extra / 2;
                ns -= extra / 2 + extra % 2;
            } else {
                ns -= extra / 2;
                nu += extra / 2 + extra % 2;
            }
        }
        final int count = (int) Math.round(nu - ns) + 1;
        final double[] out = new double[count];
        final double start = ns * unit;
        final double end = nu * unit;
        for (int i = 0; i < count; i++) {
            final double v = count == 1 ? start : start + i * (end - start) / (count - 1);
            out[i] = Math.abs(v) < 1e-14 * unit ? 0 : v;
        }
        return out;
    }
}
