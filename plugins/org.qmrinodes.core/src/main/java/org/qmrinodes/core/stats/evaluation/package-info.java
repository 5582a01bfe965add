/**
 * Judging a model's predicted probabilities: calibration (Hosmer–Lemeshow), decision curves, and
 * (to come) bootstrap validation and nomograms, each agreeing with the R or Python tool named in
 * its class (golden values in {@code validation/evaluation/}).
 */
package org.qmrinodes.core.stats.evaluation;
