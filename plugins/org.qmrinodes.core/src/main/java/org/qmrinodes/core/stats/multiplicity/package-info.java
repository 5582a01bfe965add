/** Multiple-testing corrections of p-value families (R {@code p.adjust}). */
package org.qmrinodes.core.stats.multiplicity;
