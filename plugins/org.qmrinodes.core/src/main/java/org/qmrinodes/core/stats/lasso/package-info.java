/**
 * Elastic-net penalised logistic regression with k-fold cross-validation, validated against R
 * glmnet 4.1-6 (Friedman, Hastie &amp; Tibshirani 2010, J Stat Softw 33(1)): {@link
 * org.qmrinodes.core.stats.lasso.PenalizedLogisticRegression} fits the regularisation path,
 * {@link org.qmrinodes.core.stats.lasso.CrossValidatedLasso} chooses lambda by cross-validation,
 * and {@link org.qmrinodes.core.stats.lasso.RadScore} applies chosen coefficients to new data.
 */
package org.qmrinodes.core.stats.lasso;
