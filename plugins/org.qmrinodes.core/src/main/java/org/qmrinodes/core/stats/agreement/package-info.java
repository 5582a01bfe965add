/**
 * Reader agreement, validated against R psych: {@link
 * org.qmrinodes.core.stats.agreement.IntraclassCorrelation} (all six Shrout &amp; Fleiss ICC forms
 * from long-format ratings), {@link org.qmrinodes.core.stats.agreement.CohenKappa} (two raters,
 * unweighted or weighted), {@link org.qmrinodes.core.stats.agreement.FleissKappa} (more than two
 * raters), and the interpretation bands of {@link org.qmrinodes.core.stats.agreement.AgreementScale}.
 */
package org.qmrinodes.core.stats.agreement;
