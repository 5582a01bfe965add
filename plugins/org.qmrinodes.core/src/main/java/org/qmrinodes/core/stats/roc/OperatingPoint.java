package org.qmrinodes.core.stats.roc;

/**
 * The confusion matrix and derived rates of a score dichotomised at one threshold.
 *
 * @param threshold the cut-off (a midpoint between adjacent distinct scores, or ±∞)
 * @param truePositives positive cases called positive
 * @param falseNegatives positive cases called negative
 * @param trueNegatives negative cases called negative
 * @param falsePositives negative cases called positive
 */
public record OperatingPoint(double threshold, int truePositives, int falseNegatives, int trueNegatives,
    int falsePositives) {

    /** @return TP / (TP + FN) */
    public double sensitivity() {
        return truePositives / (double) (truePositives + falseNegatives);
    }

    /** @return TN / (TN + FP) */
    public double specificity() {
        return trueNegatives / (double) (trueNegatives + falsePositives);
    }

    /** @return (TP + TN) / all cases */
    public double accuracy() {
        return (truePositives + trueNegatives)
            / (double) (truePositives + falseNegatives + trueNegatives + falsePositives);
    }

    /** @return positive predictive value TP / (TP + FP); NaN when nothing is called positive */
    public double positivePredictiveValue() {
        final int calledPositive = truePositives + falsePositives;
        return calledPositive == 0 ? Double.NaN : truePositives / (double) calledPositive;
    }

    /** @return negative predictive value TN / (TN + FN); NaN when nothing is called negative */
    public double negativePredictiveValue() {
        final int calledNegative = trueNegatives + falseNegatives;
        return calledNegative == 0 ? Double.NaN : trueNegatives / (double) calledNegative;
    }

    /** @return Youden's J = sensitivity + specificity − 1 */
    public double youdenIndex() {
        return sensitivity() + specificity() - 1.0;
    }
}
