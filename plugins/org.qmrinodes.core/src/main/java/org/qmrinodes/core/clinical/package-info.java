/**
 * Pathology rules that turn report values into study variables: HER2 status from IHC and ISH
 * (ASCO/CAP 2018 and 2023, and the rules the studies print), each convention a setting with a
 * documented default that is written into the output.
 */
package org.qmrinodes.core.clinical;
