package org.qmrinodes.core.fit;

import java.util.List;

/**
 * Mono-exponential transverse relaxation of a multi-echo series, S(TE) = S0·exp(−TE/T2) for spin
 * echoes ({@link #t2()}) and S(TE) = S0·exp(−TE/T2*) for gradient echoes ({@link #t2Star()}); TE and
 * T2/T2* in ms (QIMS26 §3.5–3.6). The fit runs on the rate 1/T2. Echoes can be left out with {@link
 * FitOptions#selecting} (e.g. the first spin echo with stimulated-echo contamination); the SNR rule
 * of QIMS26 is {@link FitOptions#withSnrExclusion}.
 *
 * <p>Default bounds: S0 ≥ 0; T2 in [1, 3000] ms; T2* in [0.5, 2000] ms.
 */
public final class MonoExponentialDecay extends ExponentialModel {

    private MonoExponentialDecay(final String parameter, final Bound bound) {
        super(parameter, parameter, bound);
    }

    /** @return the T2 model (multi-echo spin echo) */
    public static MonoExponentialDecay t2() {
        return new MonoExponentialDecay("T2", new Bound(1, 3000));
    }

    /** @return the T2* model (multi-echo gradient echo) */
    public static MonoExponentialDecay t2Star() {
        return new MonoExponentialDecay("T2*", new Bound(0.5, 2000));
    }

    @Override
    public String formula() {
        return "S(TE) = S0 * exp(-TE / " + name() + ")";
    }

    @Override
    public Acquisition.Quantity quantity() {
        return Acquisition.Quantity.ECHO_TIME;
    }

    @Override
    double fromRate(final double rate) {
        return 1 / rate;
    }

    @Override
    double toRate(final double value) {
        return 1 / value;
    }

    @Override
    List<String> conventions(final FitMethod method) {
        return List.of(name() + " in ms for TE in ms");
    }
}
