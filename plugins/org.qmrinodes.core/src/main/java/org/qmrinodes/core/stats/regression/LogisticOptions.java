package org.qmrinodes.core.stats.regression;

import java.util.Map;

import org.qmrinodes.core.data.ConfidenceLevel;


/**
 * Settings of a logistic regression.
 *
 * @param method maximum likelihood or Firth
 * @param confidenceLevel level of the Wald and profile intervals, e.g. 0.95
 * @param profileIntervals whether to compute profile-likelihood intervals (maximum likelihood only)
 * @param referenceLevels chosen reference level per categorical column; others use their first level
 * @param vifThreshold a (generalized) VIF at or above this is warned about (studies: 5)
 * @param minimumEventsPerVariable an events-per-variable ratio below this is warned about (studies: 10)
 */
public record LogisticOptions(FitMethod method, double confidenceLevel, boolean profileIntervals,
    Map<String, String> referenceLevels, double vifThreshold, double minimumEventsPerVariable) {

    /** Checks the level and copies the map. */
    public LogisticOptions {
        ConfidenceLevel.check(confidenceLevel);
        referenceLevels = Map.copyOf(referenceLevels);
    }

    /** @return maximum likelihood, 95% intervals with profile limits, first levels as references, VIF 5, EPV 10 */
    public static LogisticOptions defaults() {
        return new LogisticOptions(FitMethod.MAXIMUM_LIKELIHOOD, 0.95, true, Map.of(), 5, 10);
    }

    /** @return these options with another method */
    public LogisticOptions withMethod(final FitMethod m) {
        return new LogisticOptions(m, confidenceLevel, profileIntervals, referenceLevels, vifThreshold,
            minimumEventsPerVariable);
    }

    /** @return these options with other reference levels */
    public LogisticOptions withReferenceLevels(final Map<String, String> references) {
        return new LogisticOptions(method, confidenceLevel, profileIntervals, references, vifThreshold,
            minimumEventsPerVariable);
    }

    /** @return these options with or without profile intervals */
    public LogisticOptions withProfileIntervals(final boolean profile) {
        return new LogisticOptions(method, confidenceLevel, profile, referenceLevels, vifThreshold,
            minimumEventsPerVariable);
    }
}
