package org.qmrinodes.core.stats.roc;

/**
 * Unpaired DeLong comparison of two AUCs from independent samples (e.g. a training and a test
 * set): z = (AUC<sub>A</sub> − AUC<sub>B</sub>) / √(Var<sub>A</sub> + Var<sub>B</sub>), as pROC
 * {@code roc.test(method = "delong", paired = FALSE)}, which refers z to Student's t with the
 * Welch–Satterthwaite-type degrees of freedom given in {@link DelongTest}.
 *
 * @param a the ROC analysis of the first sample
 * @param b the ROC analysis of the second sample
 * @param standardError SE of the difference
 * @param z the test statistic
 * @param degreesOfFreedom degrees of freedom of the reference t distribution
 * @param pValue two-sided p-value
 * @param ciLower lower confidence limit of the difference
 * @param ciUpper upper confidence limit of the difference
 */
public record UnpairedAucComparison(RocResult a, RocResult b, double standardError, double z, double degreesOfFreedom,
    double pValue,
    double ciLower, double ciUpper) {

    /** @return AUC of A − AUC of B */
    public double difference() {
        return a.auc() - b.auc();
    }
}
