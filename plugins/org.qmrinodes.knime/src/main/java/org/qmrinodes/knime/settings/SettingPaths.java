package org.qmrinodes.knime.settings;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * Turns the text of a path setting into a local path. Besides plain file system paths the text may be a URL that
 * KNIME resolves to a local file, so that a shared workflow need hold no absolute path:
 * {@code knime://knime.workflow/../data} (relative to the workflow), {@code knime://LOCAL/…} (the local workspace),
 * {@code file:/…}.
 */
public final class SettingPaths {

    private SettingPaths() {
    }

    /**
     * @param what how messages name the setting (or cell), e.g. {@code "DICOM folder"}
     * @param text the setting's text: a path or a URL; surrounding blanks are ignored
     * @return the absolute, normalised local path, or null when the text is blank
     * @throws InvalidSettingsException naming the setting and the text when it is neither a path nor a URL, when the
     *         URL cannot be resolved, or when it denotes no local file
     */
    public static Path path(final String what, final String text) throws InvalidSettingsException {
        final String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        final Path path;
        try {
            path = FileUtil.resolveToPath(FileUtil.toURL(t));
        } catch (final MalformedURLException | InvalidPathException e) {
            throw new InvalidSettingsException(what + " '" + t + "' is neither a path nor a URL: " + e.getMessage(), e);
        } catch (final IOException | URISyntaxException | IllegalArgumentException e) {
            throw new InvalidSettingsException(what + " '" + t + "' cannot be resolved: " + e.getMessage(), e);
        }
        if (path == null) {
            throw new InvalidSettingsException(what + " '" + t + "' is not a local file; give a path, a file: URL or a"
                + " knime:// URL of the local workspace (e.g. knime://knime.workflow/../data).");
        }
        return path.toAbsolutePath().normalize();
    }
}
