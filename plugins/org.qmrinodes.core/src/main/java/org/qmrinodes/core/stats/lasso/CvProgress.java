package org.qmrinodes.core.stats.lasso;

/**
 * Told how far a cross-validation has come: once before any fit, after the path on all cases, and
 * before and after each fold's refit (folds may run in parallel, so calls may come from several threads). An
 * implementation may stop the cross-validation by throwing an unchecked exception, e.g.
 * {@link java.util.concurrent.CancellationException}; it reaches the caller of
 * {@link CrossValidatedLasso#run}.
 */
@FunctionalInterface
public interface CvProgress {

    /** Ignores all progress. */
    CvProgress NONE = (done, total, next) -> {
    };

    /**
     * @param done fits finished so far (the full path counts as one, each fold as one)
     * @param total number of fits, number of folds + 1
     * @param message what was just finished, for a progress message
     */
    void fitted(int done, int total, String message);
}
