/**
 * Synthetic cohorts with known ground truth, drawn to match the group summaries the source studies
 * print, for the demo analysis and for tests.
 */
package org.qmrinodes.core.synthetic;
