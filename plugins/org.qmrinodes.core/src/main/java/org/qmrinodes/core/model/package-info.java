/**
 * Fitted models that can be stored and applied to new data: how the predictor columns are coded
 * into design-matrix terms ({@link org.qmrinodes.core.model.DesignCoding}) and a model whose
 * prediction is a linear predictor over those terms ({@link
 * org.qmrinodes.core.model.LinearPredictorModel}), shared by logistic regression and LASSO.
 */
package org.qmrinodes.core.model;
