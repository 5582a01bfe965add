package org.qmrinodes.build.p2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.w3c.dom.Element;

/** Synthetic bundle jars, feature jars and category files like the ones the real build produces. */
final class TestInputs {

    static final String VERSION = "0.1.0.v202401021234";

    /** Like maven-bundle-plugin writes it, wrapped at 72 bytes, with a continuation inside a quoted range. */
    static final String CORE_MANIFEST = """
            Manifest-Version: 1.0
            Bundle-ManifestVersion: 2
            Bundle-SymbolicName: org.qmrinodes.core
            Bundle-Version: 0.1.0.v202401021234
            Bundle-Name: qMRI <core> & "friends"
            Bundle-Vendor: qMRI Nodes
            Bundle-ClassPath: .,lib/commons-statistics-distribution-1.1.jar
            Bundle-RequiredExecutionEnvironment: JavaSE-17
            Export-Package: org.qmrinodes.core.fit;version="0.1.0",org.qmrinodes.co
             re.io;uses:="org.qmrinodes.core.fit,org.qmrinodes.core.image";version=
             "0.1.0",org.qmrinodes.core.image;version="0.1.0"
            Import-Package: javax.xml.parsers,org.w3c.dom;resolution:=optional
            """;

    static final String KNIME_MANIFEST = """
            Manifest-Version: 1.0
            Bundle-ManifestVersion: 2
            Bundle-SymbolicName: org.qmrinodes.knime;singleton:=true
            Bundle-Version: 0.1.0.v202401021234
            Bundle-Name: qMRI Nodes for KNIME
            Bundle-Description: The KNIME nodes: thin adapters from KNIME tables a
             nd ports to the core library.
            Bundle-Vendor: qMRI Nodes
            Bundle-ActivationPolicy: lazy
            Bundle-RequiredExecutionEnvironment: JavaSE-17
            Require-Bundle: org.knime.core;bundle-version="[5.0.0,6.
             0.0)",org.qmrinodes.core;bundle-version="0.1.0"
            Import-Package: javax.swing,javax.swing.table;version="[0.0,1)";resol
             ution:=optional
            """;

    static final String FEATURE_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feature id="org.qmrinodes.feature" label="qMRI Nodes for KNIME" version="%s"
                  provider-name="qMRI Nodes">
               <description>Nodes for T1 &amp; T2 maps &lt;beta&gt;</description>
               <copyright>Copyright (c) the qMRI Nodes contributors.</copyright>
               <license>License: to be decided.</license>
               <requires>
                  <import plugin="org.knime.core" version="5.0.0" match="greaterOrEqual"/>
               </requires>
               <plugin id="org.qmrinodes.core" version="%s" unpack="false"/>
               <plugin id="org.qmrinodes.knime" version="%s" unpack="false"/>
            </feature>
            """;

    static final String CATEGORY_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <site>
               <feature id="org.qmrinodes.feature" version="0.0.0">
                  <category name="org.qmrinodes.category"/>
               </feature>
               <category-def name="org.qmrinodes.category" label="qMRI Nodes for KNIME">
                  <description>Quantitative-MRI nodes.</description>
               </category-def>
            </site>
            """;

    private TestInputs() {
    }

    static Path bundle(Path dir, String fileName, String manifest) throws IOException {
        return jar(dir.resolve(fileName), "META-INF/MANIFEST.MF", manifest, "some/Class.class", "not a class");
    }

    static Path feature(Path dir, String fileName, String featureVersion, String pluginVersion) throws IOException {
        return jar(dir.resolve(fileName), "feature.xml",
                FEATURE_XML.formatted(featureVersion, pluginVersion, pluginVersion), null, null);
    }

    static Path category(Path dir) throws IOException {
        return Files.writeString(dir.resolve("category.xml"), CATEGORY_XML);
    }

    /** Writes a jar with raw entries (no re-wrapping of the manifest by java.util.jar). */
    private static Path jar(Path file, String entry, String text, String entry2, String text2) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (entry2 != null) {
                zip.putNextEntry(new ZipEntry(entry2));
                zip.write(text2.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Parses an XML entry of a jar with the JDK parser. */
    static Element readXml(Path jar, String entryName) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IOException(jar + " lacks " + entryName);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                        .getDocumentElement();
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                throw new IOException(e);
            }
        }
    }
}
