package org.qmrinodes.fuzz;

import java.util.List;

/**
 * The outcome of one fuzz case.
 *
 * @param kind the input kind
 * @param mutation the mutation's name (the key of the allow-list)
 * @param seed the case's seed, from which the case is rebuilt
 * @param description what exactly was mutated, for the rerun
 * @param findings violated rules; empty when the case passed
 * @param runs every run of the case, kept only when a single case is rerun
 */
record CaseResult(Kind kind, String mutation, long seed, String description, List<Finding> findings,
    List<Invocation> runs) {
}
