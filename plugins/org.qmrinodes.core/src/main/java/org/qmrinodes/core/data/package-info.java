/** Plain tabular inputs shared by the analyses: outcome labels, numeric columns, input errors. */
package org.qmrinodes.core.data;
