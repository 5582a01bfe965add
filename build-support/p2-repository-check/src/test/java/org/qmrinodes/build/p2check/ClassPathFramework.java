package org.qmrinodes.build.p2check;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.connect.ConnectContent;
import org.osgi.framework.connect.ConnectFrameworkFactory;
import org.osgi.framework.connect.ConnectModule;
import org.osgi.framework.connect.ModuleConnector;
import org.osgi.framework.launch.Framework;

/**
 * An Equinox framework whose bundles are the OSGi bundle jars already on the test class path, connected through
 * OSGi Core R8 "Connect" (chapter 60): each bundle's classes come from the application class loader, so the test
 * can call p2's classes directly while p2's activators still receive real bundle contexts and services.
 */
final class ClassPathFramework implements AutoCloseable {

    private final Framework framework;

    private ClassPathFramework(Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts a framework with every bundle jar of {@code java.class.path} installed and the bundles named in
     * {@code toStart} started (in that order).
     */
    static ClassPathFramework start(Path storage, List<String> toStart) throws BundleException {
        Map<String, Path> jars = bundleJarsOnClassPath();
        ConnectFrameworkFactory factory = ServiceLoader.load(ConnectFrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi Connect framework factory on the class path"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework framework = factory.newFramework(config, new ClassPathConnector(jars));
        framework.start();
        Map<String, Bundle> installed = new LinkedHashMap<>();
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            installed.put(jar.getKey(), framework.getBundleContext().installBundle(jar.getValue().toString()));
        }
        for (String name : toStart) {
            Bundle bundle = installed.get(name);
            if (bundle == null) {
                throw new IllegalStateException("bundle " + name + " is not on the class path; have " + jars.keySet());
            }
            bundle.start();
        }
        return new ClassPathFramework(framework);
    }

    BundleContext bundleContext() {
        return framework.getBundleContext();
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(10_000);
    }

    private static Map<String, Path> bundleJarsOnClassPath() {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                continue;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                Manifest manifest = jar.getManifest();
                String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                // the framework jar is the system bundle itself
                if (name != null && !name.startsWith("org.eclipse.osgi;") && !name.equals("org.eclipse.osgi")) {
                    jars.put(name.split(";", 2)[0].trim(), path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read class path jar " + path, e);
            }
        }
        return jars;
    }

    /** Connects each install location (a jar path) to that jar's entries and to the application class loader. */
    private record ClassPathConnector(Map<String, Path> jars) implements ModuleConnector {

        @Override
        public void initialize(File storage, Map<String, String> configuration) {
        }

        @Override
        public Optional<ConnectModule> connect(String location) {
            Path jar = Path.of(location);
            return jars.containsValue(jar) ? Optional.of(() -> new JarContent(jar)) : Optional.empty();
        }

        @Override
        public Optional<BundleActivator> newBundleActivator() {
            return Optional.empty();
        }
    }

    private static final class JarContent implements ConnectContent {

        private final Path path;
        private JarFile jar;

        JarContent(Path path) {
            this.path = path;
        }

        @Override
        public Optional<Map<String, String>> getHeaders() {
            try {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Map.Entry<Object, Object> e : jar.getManifest().getMainAttributes().entrySet()) {
                    headers.put(((Attributes.Name) e.getKey()).toString(), (String) e.getValue());
                }
                return Optional.of(headers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Iterable<String> getEntries() {
            List<String> names = new ArrayList<>();
            jar.stream().forEach(e -> names.add(e.getName()));
            return names;
        }

        @Override
        public Optional<ConnectEntry> getEntry(String name) {
            JarEntry entry = jar.getJarEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            return Optional.of(new ConnectEntry() {
                @Override
                public String getName() {
                    return entry.getName();
                }

                @Override
                public long getContentLength() {
                    return entry.getSize();
                }

                @Override
                public long getLastModified() {
                    return entry.getTime();
                }

                @Override
                public InputStream getInputStream() throws IOException {
                    return jar.getInputStream(entry);
                }
            });
        }

        @Override
        public Optional<ClassLoader> getClassLoader() {
            return Optional.of(ClassPathFramework.class.getClassLoader());
        }

        @Override
        public void open() throws IOException {
            jar = new JarFile(path.toFile());
        }

        @Override
        public void close() throws IOException {
            jar.close();
        }
    }
}
