package org.qmrinodes.fuzz;

import java.io.IOException;
import java.nio.file.Path;

/** One input kind: its unmutated inputs, its mutations, and the rules its runs must keep. */
interface FuzzTarget {

    /** @return the input kind */
    Kind kind();

    /**
     * Writes the unmutated inputs and records what the commands give on them.
     *
     * @param work a folder for the inputs
     * @param cli the runner
     * @throws IOException when the inputs cannot be written
     * @throws AssertionError when a command fails on an unmutated input
     */
    void prepare(Path work, InProcessCli cli) throws IOException;

    /**
     * Runs one case: rebuilds its mutation from the seed, applies it to a copy of the inputs in
     * {@code scratch}, runs the commands and checks them.
     *
     * @param seed the case's seed
     * @param scratch an empty folder for this case
     * @param cli the runner
     * @return the outcome (its runs kept only when asked)
     * @throws IOException when the scratch files cannot be written
     */
    CaseResult run(long seed, Path scratch, InProcessCli cli) throws IOException;
}
