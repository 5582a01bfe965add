package org.qmrinodes.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.MissingValue;
import org.knime.core.data.NominalValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.BooleanCell.BooleanCellFactory;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.ImageValue;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

class DataModelTest {

    @Test
    void typeCompatibilityFollowsImplementedValues() {
        assertTrue(DoubleCell.TYPE.isCompatible(DoubleValue.class));
        assertFalse(DoubleCell.TYPE.isCompatible(IntValue.class));
        assertTrue(IntCell.TYPE.isCompatible(IntValue.class));
        assertTrue(IntCell.TYPE.isCompatible(LongValue.class));
        assertTrue(IntCell.TYPE.isCompatible(DoubleValue.class));
        assertTrue(LongCell.TYPE.isCompatible(DoubleValue.class));
        assertFalse(LongCell.TYPE.isCompatible(IntValue.class));
        assertTrue(StringCell.TYPE.isCompatible(StringValue.class));
        assertTrue(StringCell.TYPE.isCompatible(NominalValue.class));
        assertFalse(StringCell.TYPE.isCompatible(DoubleValue.class));
        for (Class<? extends DataValue> v : List.of(BooleanValue.class, IntValue.class, LongValue.class,
            DoubleValue.class, NominalValue.class)) {
            assertTrue(BooleanCell.TYPE.isCompatible(v), v.getSimpleName());
        }
        assertTrue(StringCell.TYPE.isCompatible(DataValue.class));
        assertEquals(DoubleValue.class, DoubleCell.TYPE.getPreferredValueClass());
        assertEquals(IntValue.class, IntCell.TYPE.getPreferredValueClass());
        assertEquals(DoubleCell.class, DoubleCell.TYPE.getCellClass());
        assertSame(DoubleCell.TYPE, DataType.getType(DoubleCell.class));
        assertEquals(IntCell.TYPE, new IntCell(3).getType());
        assertTrue(DoubleCell.TYPE.isASuperTypeOf(IntCell.TYPE));
        assertFalse(IntCell.TYPE.isASuperTypeOf(DoubleCell.TYPE));
        assertEquals("Number (Integer)", IntCell.TYPE.toString());
    }

    @Test
    void missingCells() {
        DataCell missing = DataType.getMissingCell();
        assertTrue(missing.isMissing());
        assertFalse(new DoubleCell(1).isMissing());
        assertTrue(missing.getType().isCompatible(DoubleValue.class), "missing type is compatible with all");
        assertTrue(missing.getType().isCompatible(MissingValue.class));
        assertEquals(missing, DataType.getMissingCell());
        assertNotEquals(missing, new StringCell("?"));
        assertEquals("?", missing.toString());
    }

    @Test
    void cellValuesAndEquality() {
        assertEquals(new DoubleCell(1.5), new DoubleCell(1.5));
        assertNotEquals(new DoubleCell(1.0), new IntCell(1));
        assertEquals(1.0, new IntCell(1).getDoubleValue());
        assertEquals(1, ((IntValue)BooleanCellFactory.create(true)).getIntValue());
        assertSame(BooleanCell.FALSE, BooleanCellFactory.create("FALSE"));
        assertThrows(NullPointerException.class, () -> new StringCell(null));
        assertEquals("Row5", RowKey.createRowKey(5L).getString());
    }

    @Test
    void specLookups() {
        DataTableSpec spec = new DataTableSpec("t", new DataColumnSpecCreator("x", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("label", StringCell.TYPE).createSpec());
        assertEquals("t", spec.getName());
        assertEquals(2, spec.getNumColumns());
        assertEquals(1, spec.findColumnIndex("label"));
        assertEquals(-1, spec.findColumnIndex("nope"));
        assertNull(spec.getColumnSpec("nope"));
        assertTrue(spec.containsName("x"));
        assertArrayEquals(new String[]{"x", "label"}, spec.getColumnNames());
        assertEquals(StringCell.TYPE, spec.getColumnSpec(1).getType());
        assertThrows(IllegalArgumentException.class,
            () -> new DataTableSpec(new DataColumnSpecCreator("x", DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator("x", IntCell.TYPE).createSpec()));
        assertEquals(spec, new DataTableSpec("other", spec.getColumnSpec(0), spec.getColumnSpec(1)));
    }

    @Test
    void containerAndTableIteration() {
        DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("x", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("n", IntCell.TYPE).createSpec());
        ExecutionContext exec = NodeModelTestDriver.newExecutionContext();
        BufferedDataContainer c = exec.createDataContainer(spec);
        c.addRowToTable(new DefaultRow("r0", new DoubleCell(0.5), new IntCell(1)));
        c.addRowToTable(new DefaultRow(RowKey.createRowKey(1L), new IntCell(2), DataType.getMissingCell()));
        assertThrows(IllegalArgumentException.class,
            () -> c.addRowToTable(new DefaultRow("r0", new DoubleCell(1), new IntCell(1))), "duplicate key");
        assertThrows(IllegalArgumentException.class,
            () -> c.addRowToTable(new DefaultRow("r9", new StringCell("s"), new IntCell(1))), "wrong type");
        assertThrows(IllegalArgumentException.class,
            () -> c.addRowToTable(new DefaultRow("r8", new DoubleCell(1))), "wrong cell count");
        assertThrows(IllegalStateException.class, c::getTable);
        assertEquals(2, c.size());
        c.close();
        BufferedDataTable t = c.getTable();
        assertEquals(2, t.size());
        assertEquals(spec, t.getDataTableSpec());
        assertEquals("Rows: 2, Cols: 2", t.getSummary());
        List<String> keys = new ArrayList<>();
        try (CloseableRowIterator it = t.iterator()) {
            while (it.hasNext()) {
                DataRow r = it.next();
                keys.add(r.getKey().getString());
            }
        }
        assertEquals(List.of("r0", "Row1"), keys);
        for (DataRow r : t) {
            assertEquals(2, r.getNumCells());
        }
        assertTrue(NodeModelTestDriver.rows(t).get(1).getCell(1).isMissing());
        assertThrows(IllegalStateException.class,
            () -> c.addRowToTable(new DefaultRow("late", new DoubleCell(1), new IntCell(1))));
        assertTrue(BufferedDataTable.TYPE.acceptsPortObject(t));
        assertTrue(BufferedDataTable.TYPE_OPTIONAL.isOptional());
        assertFalse(BufferedDataTable.TYPE.isOptional());
        assertEquals(BufferedDataTable.class, BufferedDataTable.TYPE.getPortObjectClass());
        assertEquals(DataTableSpec.class, BufferedDataTable.TYPE.getPortObjectSpecClass());
        assertTrue(PortObject.TYPE.isSuperTypeOf(BufferedDataTable.TYPE));
    }

    @Test
    void imagePortObject() throws Exception {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        PNGImageContent content = new PNGImageContent(png.toByteArray());
        assertEquals(3, content.getPreferredSize().width);
        assertArrayEquals(png.toByteArray(), content.getByteArray());
        ImagePortObject po = new ImagePortObject(content, new ImagePortObjectSpec(PNGImageContent.TYPE));
        assertEquals(PNGImageContent.TYPE, po.getSpec().getDataType());
        assertTrue(po.getSummary().startsWith("PNG Image 3 x 2"));
        assertEquals(content, ((ImageValue)po.toDataCell()).getImageContent());
        assertTrue(po.toDataCell().getType().isCompatible(ImageValue.class));
        assertEquals("Image", ImagePortObject.TYPE.getName());
        assertEquals(ImagePortObjectSpec.class, ImagePortObject.TYPE.getPortObjectSpecClass());
        assertThrows(IllegalArgumentException.class, () -> new PNGImageContent(new byte[]{1, 2, 3}));
    }
}
