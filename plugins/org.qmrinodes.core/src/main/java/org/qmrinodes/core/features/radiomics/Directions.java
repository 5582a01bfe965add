package org.qmrinodes.core.features.radiomics;

/**
 * The 13 directions of a 3D neighbourhood at distance 1 (26 neighbours, one of each opposite pair),
 * as column, row and slice offsets. Texture matrices are built per direction and their features
 * averaged over directions, as PyRadiomics does by default.
 */
final class Directions {

    /** Column offsets. */
    static final int[] DI = {1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1};
    /** Row offsets. */
    static final int[] DJ = {0, 1, 0, 1, -1, 0, 0, 1, 1, 1, 1, -1, -1};
    /** Slice offsets. */
    static final int[] DK = {0, 0, 1, 0, 0, 1, -1, 1, -1, 1, -1, 1, -1};
    /** Number of directions. */
    static final int COUNT = DI.length;

    private Directions() {
    }
}
