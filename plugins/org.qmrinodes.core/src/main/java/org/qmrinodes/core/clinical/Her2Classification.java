package org.qmrinodes.core.clinical;

/**
 * The HER2 category of one case.
 *
 * @param status the category
 * @param reason what decided it, e.g. {@code IHC 2+, ISH group 3 with IHC 2+ (amplified)}
 */
public record Her2Classification(Her2Status status, String reason) {
}
