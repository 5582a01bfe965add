/**
 * ROC analysis and DeLong tests, validated against R pROC: {@link
 * org.qmrinodes.core.stats.roc.RocAnalysis} for one score, {@link
 * org.qmrinodes.core.stats.roc.DelongTest} to compare AUCs.
 */
package org.qmrinodes.core.stats.roc;
