package org.qmrinodes.core.fit;

import java.util.List;

/**
 * Mono-exponential diffusion, S(b) = S0·exp(−b·ADC) (b in s/mm², ADC in mm²/s; the papers report
 * ADC in 10⁻³ mm²/s). Shen25's clinical ADC uses b = 0 and 800 only: select them with {@link
 * FitOptions#selecting} (two points: ADC = ln(S(0)/S(800)) / 800 exactly, whatever the method).
 *
 * <p>Default bounds: S0 ≥ 0, 0 ≤ ADC ≤ 0.01 mm²/s (free water at 37 °C is 0.003).
 */
public final class MonoExponentialDiffusion extends ExponentialModel {

    /** Creates the model. */
    public MonoExponentialDiffusion() {
        super("ADC", "ADC", new Bound(0, 0.01));
    }

    @Override
    public String formula() {
        return "S(b) = S0 * exp(-b * ADC)";
    }

    @Override
    public Acquisition.Quantity quantity() {
        return Acquisition.Quantity.B_VALUE;
    }

    @Override
    double fromRate(final double rate) {
        return rate;
    }

    @Override
    double toRate(final double value) {
        return value;
    }

    @Override
    List<String> conventions(final FitMethod method) {
        return List.of("ADC in mm^2/s for b in s/mm^2 (multiply by 1000 for 10^-3 mm^2/s)");
    }
}
