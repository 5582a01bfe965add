/** Publication plots rendered with Java2D to PNG (headless): ROC curves, the square {@link org.qmrinodes.core.plot.XyChart} and the free-range {@link org.qmrinodes.core.plot.LineChart}, and the glmnet CV and coefficient-path plots. */
package org.qmrinodes.core.plot;
