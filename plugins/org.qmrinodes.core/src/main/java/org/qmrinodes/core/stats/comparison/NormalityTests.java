package org.qmrinodes.core.stats.comparison;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.qmrinodes.core.data.InvalidDataException;

/** Tests of normality of one sample (missing values removed beforehand). */
public final class NormalityTests {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    /** R {@code ks.test}: exact p-values below this sample size when there are no ties. */
    private static final int KS_EXACT_LIMIT = 100;

    private NormalityTests() {
    }

    /**
     * Shapiro–Wilk W test with Royston's (1995, Applied Statistics algorithm AS R94) approximations
     * of the coefficients and of the null distribution, as R {@code shapiro.test}: W is the squared
     * correlation between the ordered sample and the coefficients a<sub>i</sub> (from the normal
     * scores m<sub>i</sub> = Φ⁻¹((i − 3/8)/(n + 1/4)) with polynomial corrections of the two
     * outermost); p is exact for n = 3, from a normal approximation of −log(γ − log(1 − W)) for
     * n ≤ 11 and of log(1 − W) above.
     *
     * @param x 3 to 5000 values, not all equal
     * @return W and p ({@code shapiro-wilk})
     * @throws InvalidDataException if there are too few or too many values, or all are equal
     */
    public static TestResult shapiroWilk(final double[] x) {
        final int n = x.length;
        if (n < 3 || n > 5000) {
            throw new InvalidDataException("Shapiro-Wilk needs 3 to 5000 values (found " + n + ")");
        }
        final double[] s = ContinuousTests.sorted(x);
        final double range = s[n - 1] - s[0];
        if (range < 1e-10) {
            throw new InvalidDataException("all values are identical: no Shapiro-Wilk test");
        }
        final double[] a = shapiroWilkCoefficients(n);
        final int half = n / 2;
        final double[] c = new double[n];
        for (int i = 0; i < half; i++) {
            c[i] = -a[i];
            c[n - 1 - i] = a[i];
        }
        double meanX = 0;
        for (final double v : s) {
            meanX += v / range;
        }
        meanX /= n;
        double ssa = 0;
        double ssx = 0;
        double sax = 0;
        for (int i = 0; i < n; i++) {
            final double dx = s[i] / range - meanX;
            ssa += c[i] * c[i];
            ssx += dx * dx;
            sax += c[i] * dx;
        }
        final double root = Math.sqrt(ssa * ssx);
        final double oneMinusW = (root - sax) * (root + sax) / (ssa * ssx);
        final double w = 1 - oneMinusW;
        return TestResult.of("shapiro-wilk", w, Double.NaN, shapiroWilkP(w, oneMinusW, n));
    }

    private static double[] shapiroWilkCoefficients(final int n) {
        final int half = n / 2;
        final double[] a = new double[half];
        if (n == 3) {
            a[0] = Math.sqrt(0.5);
            return a;
        }
        final double[] m = new double[half];
        double sumM2 = 0;
        for (int i = 0; i < half; i++) {
            m[i] = STANDARD_NORMAL.inverseCumulativeProbability((i + 1 - 0.375) / (n + 0.25));
            sumM2 += m[i] * m[i];
        }
        sumM2 *= 2;
        final double rootSum = Math.sqrt(sumM2);
        final double u = 1 / Math.sqrt(n);
        final double a1 = polynomial(u, 0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056) - m[0] / rootSum;
        final int first;
        final double fac;
        if (n > 5) {
            final double a2 = -m[1] / rootSum + polynomial(u, 0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633);
            fac = Math.sqrt((sumM2 - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
            a[1] = a2;
            first = 2;
        } else {
            fac = Math.sqrt((sumM2 - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1));
            first = 1;
        }
        a[0] = a1;
        for (int i = first; i < half; i++) {
            a[i] = -m[i] / fac;
        }
        return a;
    }

    private static double shapiroWilkP(final double w, final double oneMinusW, final int n) {
        if (n == 3) {
            return Math.max(0, 6 / Math.PI * (Math.asin(Math.sqrt(w)) - Math.PI / 3));
        }
        final double logOneMinusW = Math.log(oneMinusW);
        final double y;
        final double mu;
        final double sigma;
        if (n <= 11) {
            final double gamma = polynomial(n, -2.273, 0.459);
            if (logOneMinusW >= gamma) {
                return 1e-99;
            }
            y = -Math.log(gamma - logOneMinusW);
            mu = polynomial(n, 0.544, -0.39978, 0.025054, -6.714e-4);
            sigma = Math.exp(polynomial(n, 1.3822, -0.77857, 0.062767, -0.0020322));
        } else {
            final double logN = Math.log(n);
            y = logOneMinusW;
            mu = polynomial(logN, -1.5861, -0.31082, -0.083751, 0.0038915);
            sigma = Math.exp(polynomial(logN, -0.4803, -0.082676, 0.0030302));
        }
        return STANDARD_NORMAL.survivalProbability((y - mu) / sigma);
    }

    /** @return c0 + c1·x + c2·x² + … */
    private static double polynomial(final double x, final double... c) {
        double r = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            r = r * x + c[i];
        }
        return r;
    }

    /**
     * One-sample Kolmogorov–Smirnov test against the normal distribution with the sample's mean
     * and SD, as R {@code ks.test(x, "pnorm", mean(x), sd(x))}: D = sup|F<sub>n</sub> − F|, exact p
     * (Marsaglia, Tsang &amp; Wang 2003) below 100 values without ties, else the limiting
     * Kolmogorov distribution. Estimating the parameters makes this p too large (conservative);
     * {@link #lilliefors} corrects for that.
     *
     * @param x at least 2 values, not all equal
     * @return D and p ({@code ks})
     */
    public static TestResult kolmogorovSmirnov(final double[] x) {
        final double[] s = standardised(x, 2, "Kolmogorov-Smirnov");
        final boolean ties = Ranks.of(s).tieTerm() > 0;
        final KolmogorovSmirnovTest.OneResult r = KolmogorovSmirnovTest.withDefaults().with(PValueMethod.EXACT)
            .test(s, STANDARD_NORMAL::cumulativeProbability);
        final double p = s.length < KS_EXACT_LIMIT && !ties ? r.getPValue()
            : kolmogorovLimitSurvival(Math.sqrt(s.length) * r.getStatistic());
        return TestResult.of("ks", r.getStatistic(), Double.NaN, p);
    }

    /**
     * P(K &gt; x) of the limiting Kolmogorov distribution (R 4.2 {@code ks.test} without exact p):
     * 2Σ<sub>k≥1</sub>(−1)<sup>k−1</sup>exp(−2k²x²) for x ≥ 1, and 1 − √(2π)/x Σ<sub>k odd</sub>
     * exp(−k²π²/(8x²)) below, where that series converges faster.
     */
    static double kolmogorovLimitSurvival(final double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < 1) {
            final double z = -Math.PI * Math.PI / (8 * x * x);
            double sum = 0;
            for (int k = 1; k < 20; k += 2) {
                sum += Math.exp(k * k * z);
            }
            return 1 - Math.sqrt(2 * Math.PI) / x * sum;
        }
        double sum = 0;
        for (int k = 1; k < 100; k++) {
            final double term = Math.exp(-2.0 * k * k * x * x);
            sum += (k % 2 == 1 ? 2 : -2) * term;
            if (term < 1e-300) {
                break;
            }
        }
        return sum;
    }

    /**
     * Lilliefors' test: the Kolmogorov–Smirnov D against the normal distribution with estimated
     * mean and SD, with the p-value of Dallal &amp; Wilkinson (1986) and Stephens' (1974)
     * modification above 0.1, as R {@code nortest::lillie.test}: for n ≤ 100,
     * p = exp(−7.01256 D²(n + 2.78019) + 2.99587 D√(n + 2.78019) − 0.122119 + 0.974598/√n + 1.67997/n)
     * (above 100, D·(n/100)<sup>0.49</sup> and n = 100); when that exceeds 0.1, a quartic in
     * D(√n − 0.01 + 0.85/√n).
     *
     * @param x at least 5 values, not all equal
     * @return D and p ({@code lilliefors})
     */
    public static TestResult lilliefors(final double[] x) {
        final double[] s = ContinuousTests.sorted(standardised(x, 5, "Lilliefors"));
        final int n = s.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            final double f = STANDARD_NORMAL.cumulativeProbability(s[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        final double kd = n <= 100 ? d : d * Math.pow(n / 100.0, 0.49);
        final double nd = Math.min(n, 100);
        double p = Math.exp(-7.01256 * kd * kd * (nd + 2.78019) + 2.99587 * kd * Math.sqrt(nd + 2.78019) - 0.122119
            + 0.974598 / Math.sqrt(nd) + 1.67997 / nd);
        if (p > 0.1) {
            final double k = (Math.sqrt(n) - 0.01 + 0.85 / Math.sqrt(n)) * d;
            if (k <= 0.302) {
                p = 1;
            } else if (k <= 0.5) {
                p = polynomial(k, 2.76773, -19.828315, 80.709644, -138.55152, 81.218052);
            } else if (k <= 0.9) {
                p = polynomial(k, -4.901232, 40.662806, -97.490286, 94.029866, -32.355711);
            } else if (k <= 1.31) {
                p = polynomial(k, 6.198765, -19.558097, 23.186922, -12.733313, 2.663697);
            } else {
                p = 0;
            }
        }
        return TestResult.of("lilliefors", d, Double.NaN, p);
    }

    private static double[] standardised(final double[] x, final int minimum, final String test) {
        if (x.length < minimum) {
            throw new InvalidDataException(test + " needs at least " + minimum + " values (found " + x.length + ")");
        }
        final double mean = ContinuousTests.mean(x);
        final double sd = Math.sqrt(ContinuousTests.variance(x));
        if (sd == 0) {
            throw new InvalidDataException("all values are identical: no " + test + " test");
        }
        final double[] z = new double[x.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (x[i] - mean) / sd;
        }
        return z;
    }
}
