package org.qmrinodes.core.dicom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;

/**
 * {@link DicomToolkit} on PixelMed (David Clunie's DICOM toolkit, as packaged by Debian). Files are
 * checked with {@link DicomLimits} before PixelMed parses them.
 */
public final class PixelMedToolkit implements DicomToolkit {

    private static final Set<String> BINARY_NUMBERS = Set.of("US", "SS", "UL", "SL", "FL", "FD", "SV", "UV");
    private static final Set<String> BYTES = Set.of("OB", "UN");

    /**
     * PixelMed logs through SLF4J. In KNIME its messages go to KNIME's log. Elsewhere (the command
     * line, tests) SLF4J is bound to java.util.logging, and there the messages of PixelMed's loggers
     * are taken off the console and kept per thread, so that a read that fails can name what the
     * toolkit complained about in its own message, and standard error carries our messages only.
     */
    private static final Logger TOOLKIT_LOG = Logger.getLogger("com.pixelmed");
    private static final int KEPT_MESSAGES = 3;
    private static final ThreadLocal<List<String>> MESSAGES = ThreadLocal.withInitial(ArrayList::new);

    static {
        TOOLKIT_LOG.setUseParentHandlers(false);
        TOOLKIT_LOG.addHandler(new Handler() {
            @Override
            public void publish(final LogRecord record) {
                final List<String> kept = MESSAGES.get();
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && kept.size() < KEPT_MESSAGES
                    && record.getMessage() != null) {
                    kept.add(record.getMessage().trim());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Override
    public DicomElements read(final Path file, final boolean withPixels) throws IOException {
        final DicomLimits.Structure structure = DicomLimits.structure(file);
        final AttributeList list = new AttributeList();
        MESSAGES.get().clear();
        try {
            if (withPixels) {
                list.read(file.toFile());
            } else {
                list.read(file.toFile(), TagFromName.PixelData);
            }
            return convert(list, structure.pixelDataLength());
        } catch (final DicomException | RuntimeException e) {
            final List<String> toolkit = MESSAGES.get();
            throw new IOException(file + ": malformed DICOM: " + e.getMessage()
                + (toolkit.isEmpty() ? "" : " (reader: " + String.join("; ", toolkit) + ")"), e);
        } finally {
            MESSAGES.get().clear();
        }
    }

    private static DicomElements convert(final AttributeList list, final long pixelDataLength) throws DicomException {
        final DicomElements.Builder b = DicomElements.builder().pixelDataLength(pixelDataLength);
        for (final Map.Entry<AttributeTag, Attribute> e : list.entrySet()) {
            final AttributeTag t = e.getKey();
            final Attribute a = e.getValue();
            final int tag = (t.getGroup() << 16) | t.getElement();
            final String vr = new String(a.getVR(), StandardCharsets.US_ASCII);
            if (a instanceof SequenceAttribute sq) {
                final List<DicomElements> items = new ArrayList<>();
                for (int i = 0; i < sq.getNumberOfItems(); i++) {
                    final SequenceItem item = sq.getItem(i);
                    items.add(convert(item.getAttributeList(), DicomLimits.ABSENT));
                }
                b.sequence(tag, items);
            } else if (BINARY_NUMBERS.contains(vr)) {
                b.binary(tag, vr, a.getDoubleValues() == null ? new double[0] : a.getDoubleValues());
            } else if (BYTES.contains(vr)) {
                b.put(tag, vr, a.getByteValues());
            } else if (vr.equals("OW")) {
                b.put(tag, vr, a.getShortValues());
            } else if (vr.equals("OF") || vr.equals("OD")) {
                b.binary(tag, vr, a.getDoubleValues());
            } else {
                final String[] s = a.getStringValues();
                b.text(tag, vr, s == null ? new String[0] : s);
            }
        }
        return b.build();
    }

    @Override
    public void write(final Path file, final DicomElements dataset) throws IOException {
        try {
            final AttributeList list = toList(dataset);
            final String sopClass = dataset.string(0x00080016);
            final String sopInstance = dataset.string(0x00080018);
            if (sopClass == null || sopInstance == null) {
                throw new IOException(file + ": SOP Class/Instance UID (0008,0016)/(0008,0018) missing");
            }
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "QMRINODES");
            list.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (final DicomException e) {
            throw new IOException(file + ": cannot write DICOM: " + e.getMessage(), e);
        }
    }

    private static AttributeList toList(final DicomElements dataset) throws DicomException {
        final AttributeList list = new AttributeList();
        for (final Map.Entry<Integer, DicomElements.Element> e : dataset.elements().entrySet()) {
            final AttributeTag tag = new AttributeTag(e.getKey() >>> 16, e.getKey() & 0xFFFF);
            final DicomElements.Element el = e.getValue();
            final Object v = el.value();
            if (v instanceof List<?> items) {
                final SequenceAttribute sq = new SequenceAttribute(tag);
                for (final Object item : items) {
                    sq.addItem(toList((DicomElements) item));
                }
                list.put(tag, sq);
                continue;
            }
            final Attribute a = AttributeFactory.newAttribute(tag, el.vr().getBytes(StandardCharsets.US_ASCII));
            if (v instanceof String[] s) {
                for (final String x : s) {
                    a.addValue(x);
                }
            } else if (v instanceof double[] d) {
                if (el.vr().equals("FL") || el.vr().equals("FD") || el.vr().equals("OF") || el.vr().equals("OD")) {
                    for (final double x : d) {
                        a.addValue(x);
                    }
                } else {
                    for (final double x : d) {
                        a.addValue((long) x);
                    }
                }
            } else if (v instanceof short[] s) {
                a.setValues(s);
            } else if (v instanceof byte[] bytes) {
                a.setValues(bytes);
            }
            list.put(tag, a);
        }
        return list;
    }
}
