/** Publication plots rendered with Java2D to PNG (headless): ROC curves and line charts. */
package org.qmrinodes.core.plot;
