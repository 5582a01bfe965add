package org.knime.core.node.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;

/** Test-kit stand-in for the KNIME class of the same name: the zip streams port serializers write to and read from. */
public final class PortUtil {

    private PortUtil() {
    }

    /** @param in target @return a spec stream positioned in its first entry @throws IOException on write errors */
    public static PortObjectSpecZipOutputStream getPortObjectSpecZipOutputStream(final OutputStream in)
        throws IOException {
        final PortObjectSpecZipOutputStream out = new PortObjectSpecZipOutputStream(in);
        out.putNextEntry(new ZipEntry("portSpec.file"));
        return out;
    }

    /** @param in target @return an object stream positioned in its first entry @throws IOException on write errors */
    public static PortObjectZipOutputStream getPortObjectZipOutputStream(final OutputStream in) throws IOException {
        final PortObjectZipOutputStream out = new PortObjectZipOutputStream(in);
        out.putNextEntry(new ZipEntry("portObject.file"));
        return out;
    }

    /** @param in source @return a spec stream after its first entry @throws IOException if that entry is wrong */
    public static PortObjectSpecZipInputStream getPortObjectSpecZipInputStream(final InputStream in)
        throws IOException {
        final PortObjectSpecZipInputStream zip = new PortObjectSpecZipInputStream(in);
        expect(zip.getNextEntry(), "portSpec.file");
        return zip;
    }

    /** @param in source @return an object stream after its first entry @throws IOException if that entry is wrong */
    public static PortObjectZipInputStream getPortObjectZipInputStream(final InputStream in) throws IOException {
        final PortObjectZipInputStream zip = new PortObjectZipInputStream(in);
        expect(zip.getNextEntry(), "portObject.file");
        return zip;
    }

    private static void expect(final ZipEntry entry, final String name) throws IOException {
        if (entry == null || !name.equals(entry.getName())) {
            throw new IOException("Expected zip entry '" + name + "', got " + (entry == null ? "none" : entry.getName()));
        }
    }
}
