/**
 * Judging and presenting a model's predicted probabilities, one class per question as R {@code rms}
 * answers them: {@link org.qmrinodes.core.stats.evaluation.Calibration} ({@code val.prob}),
 * {@link org.qmrinodes.core.stats.evaluation.BootstrapValidation} ({@code validate}),
 * {@link org.qmrinodes.core.stats.evaluation.BootstrapCalibration} ({@code calibrate}),
 * {@link org.qmrinodes.core.stats.evaluation.Nomogram} ({@code nomogram}),
 * {@link org.qmrinodes.core.stats.evaluation.HosmerLemeshow}, decision curves
 * ({@link org.qmrinodes.core.stats.evaluation.DecisionCurve}, as Python {@code dcurves}), and the
 * train/test split and z-scores of a development workflow. Golden values and the algorithms they
 * follow are in {@code validation/evaluation/}.
 */
package org.qmrinodes.core.stats.evaluation;
