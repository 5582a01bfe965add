/**
 * Region-of-interest features of parametric maps, as defined by the Image Biomarker
 * Standardisation Initiative (IBSI 1, Zwanenburg et al., Radiology 2020;295:328–338): one class per
 * feature family, one method per feature. {@link org.qmrinodes.core.features.HistogramFeatures} is
 * the entry point for the VOI histogram features the studies report.
 */
package org.qmrinodes.core.features;
