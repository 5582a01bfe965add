package org.knime.core.util;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Stand-in for KNIME's file utilities, limited to turning a setting's text into a local path. As in KNIME,
 * {@code knime://knime.workflow/…} is resolved against the workflow folder and {@code knime://LOCAL/…} and
 * {@code knime://knime.mountpoint/…} against the root of the local mount point; both are set by the test through
 * {@link WorkflowLocationTestDriver}.
 */
public final class FileUtil {

    private static final URLStreamHandler KNIME_PROTOCOL = new KnimeUrlHandler();

    private FileUtil() {
    }

    /**
     * @param path a URL or a local file system path
     * @return the URL, or the file URL of the absolute path when the text is no URL
     * @throws MalformedURLException if the text is neither a URL nor a path
     * @throws InvalidPathException if the text is empty or looks like a path but is not a valid one
     */
    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        if (path.isEmpty()) {
            throw new InvalidPathException("", "Empty path");
        }
        final String spec = path.replace(" ", "%20");
        try {
            if (spec.regionMatches(true, 0, "knime:", 0, "knime:".length())) {
                return new URL(null, spec, KNIME_PROTOCOL);
            }
            return new URL(spec);
        } catch (final MalformedURLException e) {
            return Paths.get(path).toAbsolutePath().toUri().toURL();
        }
    }

    /**
     * @param url any URL
     * @return the local path it denotes, or null when it does not denote a local file (e.g. http)
     * @throws IOException if resolving the URL fails (e.g. an unknown mount point)
     * @throws URISyntaxException if the URL is not a valid URI
     */
    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        final URL resolved = url.openConnection().getURL();
        if (!"file".equalsIgnoreCase(resolved.getProtocol())) {
            return null;
        }
        if (resolved.getPath().contains(" ")) {
            return Paths.get(new URL(resolved.toString().replace(" ", "%20")).toURI());
        }
        return Paths.get(resolved.toURI());
    }

    /** Resolves {@code knime://} URLs to file URLs when the connection is opened, as KNIME's handler does. */
    private static final class KnimeUrlHandler extends URLStreamHandler {

        @Override
        protected URLConnection openConnection(final URL u) throws IOException {
            final Path base = base(u);
            final String path;
            try {
                path = u.toURI().getPath();
            } catch (final URISyntaxException e) {
                throw new IOException("'" + u + "' is not a valid URI: " + e.getReason(), e);
            }
            final String relative = path == null ? "" : path.replaceFirst("^/+", "");
            final URL file = base.resolve(relative).normalize().toUri().toURL();
            return new URLConnection(file) {
                @Override
                public void connect() {
                    connected = true;
                }
            };
        }

        private static Path base(final URL u) throws IOException {
            final String host = u.getHost() == null ? "" : u.getHost();
            final Path base;
            if ("knime.workflow".equals(host.toLowerCase(Locale.ROOT))) {
                base = WorkflowLocationTestDriver.workflowFolder();
            } else if ("knime.mountpoint".equals(host.toLowerCase(Locale.ROOT)) || "LOCAL".equals(host)) {
                base = WorkflowLocationTestDriver.localMountpointRoot();
            } else {
                throw new IOException("Unknown mount point '" + host + "' in URL '" + u + "'");
            }
            if (base == null) {
                throw new IOException("No workflow is open, cannot resolve '" + u + "'");
            }
            return base;
        }
    }
}
