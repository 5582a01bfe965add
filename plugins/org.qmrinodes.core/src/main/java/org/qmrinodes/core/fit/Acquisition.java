package org.qmrinodes.core.fit;

import java.util.Arrays;
import java.util.Objects;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The acquisition parameter of every image of a series, one value per acquisition point in the
 * order of the signal arrays: b-values in s/mm², echo or inversion times in ms, flip angles in
 * degrees. Several points may share a value (e.g. diffusion directions of one b-value): their
 * signals are averaged before fitting (see {@link SignalModelFit}).
 *
 * @param series name of the series, used in error messages
 * @param quantity what the values are
 * @param values one value per acquisition point (may be empty or contain NaN: {@link SignalModelFit}
 *        rejects such series with a message naming the series)
 */
public record Acquisition(String series, Quantity quantity, double[] values) {

    /** The acquisition parameter that varies across a series. */
    public enum Quantity {
        /** Diffusion weighting b in s/mm²; ADC and Dapp are then in mm²/s. */
        B_VALUE("b-value"),
        /** Echo time TE in ms; T2 and T2* are then in ms. */
        ECHO_TIME("echo time"),
        /** Inversion time TI in ms; T1 is then in ms. */
        INVERSION_TIME("inversion time"),
        /** Nominal flip angle in degrees. */
        FLIP_ANGLE("flip angle");

        private final String label;

        Quantity(final String label) {
            this.label = label;
        }

        /** @return the name used in messages, e.g. "b-value" */
        public String label() {
            return label;
        }
    }

    /** Copies the values. */
    public Acquisition {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(quantity, "quantity");
        values = values == null ? new double[0] : values.clone();
    }

    /** @return b-values (s/mm²) of series {@code series} */
    public static Acquisition bValues(final String series, final double... b) {
        return new Acquisition(series, Quantity.B_VALUE, b);
    }

    /** @return echo times (ms) of series {@code series} */
    public static Acquisition echoTimes(final String series, final double... te) {
        return new Acquisition(series, Quantity.ECHO_TIME, te);
    }

    /** @return inversion times (ms) of series {@code series} */
    public static Acquisition inversionTimes(final String series, final double... ti) {
        return new Acquisition(series, Quantity.INVERSION_TIME, ti);
    }

    /** @return nominal flip angles (degrees) of series {@code series} */
    public static Acquisition flipAngles(final String series, final double... degrees) {
        return new Acquisition(series, Quantity.FLIP_ANGLE, degrees);
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return number of acquisition points */
    public int size() {
        return values.length;
    }

    double value(final int k) {
        return values[k];
    }

    /**
     * Checks that every value is present and physically possible.
     *
     * @throws InvalidDataException naming the series and the first bad value
     */
    void validate() {
        if (values.length == 0) {
            throw new InvalidDataException("series '" + series + "' has no " + quantity.label() + "s");
        }
        for (int k = 0; k < values.length; k++) {
            final double v = values[k];
            final boolean ok = switch (quantity) {
                case B_VALUE -> v >= 0 && Double.isFinite(v);
                case ECHO_TIME, INVERSION_TIME -> v > 0 && Double.isFinite(v);
                case FLIP_ANGLE -> v > 0 && v < 180;
            };
            if (!ok) {
                throw new InvalidDataException("series '" + series + "': " + quantity.label() + " of image " + (k + 1)
                    + " is " + (Double.isNaN(v) ? "missing" : v + ", which is not possible") + " (values "
                    + Arrays.toString(values) + ")");
            }
        }
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Acquisition a && a.series.equals(series) && a.quantity == quantity
            && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(series, quantity, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Acquisition[" + series + ", " + quantity.label() + "s " + Arrays.toString(values) + "]";
    }
}
