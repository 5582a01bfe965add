package org.qmrinodes.knime.images.radiomics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.features.radiomics.IbsiConventions;
import org.qmrinodes.core.features.radiomics.RadiomicsExtractor;
import org.qmrinodes.core.features.radiomics.RadiomicsFeature;
import org.qmrinodes.core.features.radiomics.RadiomicsSettings;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.RowAppendingNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Radiomics Features: the PyRadiomics-compatible features ({@link RadiomicsExtractor}) of every row's
 * image within its mask's label, appended as one column per feature named and ordered as PyRadiomics
 * names and orders them (in IBSI mode their IBSI counterparts, {@link IbsiConventions}, named by IBSI's
 * tags); and one row per feature saying how it was computed.
 */
final class RadiomicsFeaturesNodeModel extends RowAppendingNodeModel<RadiomicsFeaturesSettings> {

    /** Side of the synthetic region the feature names are read from at configure time. */
    private static final int SMALL_PROBE = 6;
    /** Its side when the settings resample or filter with LoG, so that the largest σ still fits after resampling. */
    private static final int LARGE_PROBE = 40;

    /**
     * A feature as the node writes it: its column name, image type and class (the provenance table's), whether
     * it is computed on discretised grey levels, and its value.
     */
    private record Output(String name, String imageType, String featureClass, boolean discretised, double value) {
    }

    private static List<Output> outputs(final List<RadiomicsFeature> features) {
        return features.stream().map(f -> new Output(f.name(), f.imageType(), f.featureClass().pyradiomicsName(),
            !f.featureClass().isShape(), f.value())).toList();
    }

    /** @return the features of the region, IBSI's counterparts with their tags in IBSI mode */
    private static List<Output> extract(final Volume volume, final Mask mask, final String name,
        final RadiomicsSettings radiomics, final Consumer<String> notes) {
        if (radiomics.ibsiConventions()) {
            return IbsiConventions.extract(volume, mask, name, radiomics).stream().map(f -> new Output(f.tag(),
                RadiomicsExtractor.ORIGINAL, f.tag().substring(0, f.tag().indexOf('_')),
                !f.tag().startsWith("morph_"), f.value())).toList();
        }
        return outputs(RadiomicsExtractor.extract(volume, mask, name, radiomics, notes));
    }

    RadiomicsFeaturesNodeModel() {
        super(new RadiomicsFeaturesSettings(), 1);
    }

    @Override
    protected DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.imageColumn(in);
        settings.maskColumn(in);
        return outSpec(in, featuresOf(settings.radiomics()));
    }

    @Override
    protected DataTableSpec[] settingsTableSpecs(final DataTableSpec in) throws InvalidSettingsException {
        final RadiomicsSettings radiomics = settings.radiomics();
        return new DataTableSpec[] {ResultTables.spec(featureTable(featuresOf(radiomics), radiomics), "Features")};
    }

    @Override
    protected BufferedDataTable[] settingsTables(final DataTableSpec in, final ExecutionContext exec) throws Exception {
        final RadiomicsSettings radiomics = settings.radiomics();
        return new BufferedDataTable[] {
            ResultTables.toTable(featureTable(featuresOf(radiomics), radiomics), "Features", exec)};
    }

    private static DataTableSpec outSpec(final DataTableSpec in, final List<Output> features)
        throws InvalidSettingsException {
        final List<DataColumnSpec> appended = new ArrayList<>();
        for (final Output f : features) {
            appended.add(new DataColumnSpecCreator(f.name(), DoubleCell.TYPE).createSpec());
        }
        return AppendedColumns.spec(in, "Radiomics features", appended);
    }

    /**
     * The features {@code radiomics} gives, in their order: their names and order depend on the settings
     * only, so they are read from a small synthetic region (a cube of 11 grey levels one bin width
     * apart, one voxel thick along {@code force2Ddimension} with force2D), which also makes the
     * extractor refuse what is not implemented before any row is read. Its voxels are made coarse
     * enough that every LoG σ fits the region's surroundings.
     *
     * @throws InvalidSettingsException naming the setting, image type or feature that is refused
     */
    private List<Output> featuresOf(final RadiomicsSettings radiomics) throws InvalidSettingsException {
        final int side = radiomics.imageTypes().containsKey("LoG")
            || radiomics.otherSettings().containsKey("resampledPixelSpacing") ? LARGE_PROBE : SMALL_PROBE;
        final double spacing = Math.max(1, largestSigma(radiomics) / (LARGE_PROBE / 2.0));
        final Geometry grid = new Geometry(side, side, side, new double[3], new double[] {spacing, spacing, spacing},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] values = new float[side * side * side];
        final int[] labels = new int[values.length];
        final int thin = radiomics.force2D() ? 2 - radiomics.force2Ddimension() : -1;
        for (int k = 0; k < side; k++) {
            for (int j = 0; j < side; j++) {
                for (int i = 0; i < side; i++) {
                    final int v = (k * side + j) * side + i;
                    final int[] at = {i, j, k};
                    values[v] = (float)(radiomics.binWidth() * (2 + (i * 7 + j * 3 + k * 5) % 11));
                    boolean inside = true;
                    for (int axis = 0; axis < 3; axis++) {
                        inside &= axis == thin ? at[axis] == side / 2 : at[axis] >= 1 && at[axis] < side - 1;
                    }
                    labels[v] = inside ? radiomics.label() : 0;
                }
            }
        }
        try {
            return extract(Volume.map(grid, values), new Mask(grid, labels), "settings check", radiomics,
                note -> {
                    throw new IllegalStateException(note);
                });
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException(settings.source() + ": " + e.getMessage(), e);
        }
    }

    /** @return the largest LoG σ in mm of the settings, 0 without LoG */
    private static double largestSigma(final RadiomicsSettings radiomics) {
        final Map<String, Object> log = radiomics.imageTypes().get("LoG");
        if (log == null) {
            return 0;
        }
        final Object sigmas = log.containsKey("sigma") ? log.get("sigma") : radiomics.otherSettings().get("sigma");
        double largest = 0;
        if (sigmas instanceof List<?> list) {
            for (final Object sigma : list) {
                if (sigma instanceof Number n && Double.isFinite(n.doubleValue())) {
                    largest = Math.max(largest, n.doubleValue());
                }
            }
        }
        return largest;
    }

    /**
     * @return one row per feature: its name, image type, class, the bin width or bin count and the label used, and
     *         the settings
     */
    private static ResultTable featureTable(final List<Output> features, final RadiomicsSettings radiomics) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("feature"), ResultTable.text("image_type"),
            ResultTable.text("feature_class"), ResultTable.real("bin_width"), ResultTable.integer("bin_count"),
            ResultTable.integer("label"), ResultTable.text("settings"));
        final String text = describe(radiomics);
        for (final Output f : features) {
            final boolean discretised = f.discretised();
            final boolean byCount = radiomics.binCount() > 0;
            b.row(f.name(), f.imageType(), f.featureClass(),
                discretised && !byCount ? radiomics.binWidth() : Double.NaN,
                discretised && byCount ? Integer.valueOf(radiomics.binCount()) : null, radiomics.label(), text);
        }
        return b.build();
    }

    /** @return the settings as PyRadiomics names them, e.g. {@code binWidth: 25, voxelArrayShift: 0, ...} */
    private static String describe(final RadiomicsSettings r) {
        final Map<String, Object> all = new TreeMap<>();
        if (r.binCount() == 0) {
            all.put("binWidth", r.binWidth());
        }
        all.put("voxelArrayShift", r.voxelArrayShift());
        all.put("label", r.label());
        all.put("gldm_a", r.gldmA());
        all.put("force2D", r.force2D());
        all.put("force2Ddimension", r.force2Ddimension());
        all.putAll(r.otherSettings());
        final List<String> items = new ArrayList<>();
        all.forEach((k, v) -> items.add(k + ": " + v));
        return String.join(", ", items);
    }

    @Override
    protected String doing() {
        return "Features of";
    }

    @Override
    protected RowJob job(final DataTableSpec in) throws InvalidSettingsException {
        final RadiomicsSettings radiomics = settings.radiomics();
        final List<Output> expected = featuresOf(radiomics);
        final Map<String, Integer> position = new HashMap<>();
        for (int f = 0; f < expected.size(); f++) {
            position.put(expected.get(f).name(), f);
        }
        final int image = in.findColumnIndex(settings.imageColumn(in));
        final int mask = in.findColumnIndex(settings.maskColumn(in));
        final List<String> skipped = new ArrayList<>();
        final List<String> partial = new ArrayList<>();
        return new RowJob() {
            @Override
            public void fill(final DataRow r, final DataCell[] cells, final int first) {
                final List<String> notes = new ArrayList<>();
                final List<Output> features = features(r.getKey().toString(), r.getCell(image),
                    r.getCell(mask), radiomics, skipped, notes::add);
                AppendedColumns.missing(cells, first);
                if (features != null) {
                    for (final Output f : features) {
                        cells[first + position.get(f.name())] = new DoubleCell(f.value());
                    }
                }
                if (features != null && !notes.isEmpty()) {
                    partial.add(String.join("; ", notes));
                }
            }

            @Override
            public void finish() {
                final List<String> warnings = new ArrayList<>();
                if (!skipped.isEmpty()) {
                    warnings.add(skipped.size() + " rows have no features (missing cells): "
                        + AppendedColumns.firstFew(skipped, "; "));
                }
                if (!partial.isEmpty()) {
                    warnings.add(partial.size() + " rows lack the features of an image PyRadiomics leaves out too"
                        + " (missing cells): " + AppendedColumns.firstFew(partial, "; "));
                }
                if (!warnings.isEmpty()) {
                    setWarningMessage(String.join(". ", warnings));
                }
            }
        };
    }

    /**
     * @return the features of one row, or null (the reason added to {@code skipped}) when its image or
     *         mask is missing, its mask empty or without the label, or its region too small
     * @throws InvalidDataException naming the row when the image has several volumes or the mask is not on its grid
     */
    private static List<Output> features(final String row, final DataCell imageCell, final DataCell maskCell,
        final RadiomicsSettings radiomics, final List<String> skipped, final Consumer<String> notes) {
        if (imageCell.isMissing() || maskCell.isMissing()) {
            skipped.add("row '" + row + "': no " + (imageCell.isMissing() ? "image" : "mask"));
            return null;
        }
        final Volume volume = ((VolumeValue)imageCell).getVolume();
        final Mask mask = ((MaskValue)maskCell).getMask();
        if (volume.volumeCount() != 1) {
            throw new InvalidDataException("Row '" + row + "': the image has " + volume.volumeCount()
                + " volumes; radiomics features need one (choose a phase or parameter first).");
        }
        if (!mask.geometry().sameGrid(volume.geometry(), MaskMatching.SAME_GRID_MM)) {
            throw new InvalidDataException("Row '" + row + "': the mask grid (" + size(mask.geometry())
                + ") is not the grid of the image (" + size(volume.geometry())
                + "); place the mask on the image's grid first.");
        }
        if (!mask.labelCounts().containsKey(radiomics.label())) {
            skipped.add("row '" + row + "': " + (mask.labelCounts().isEmpty() ? "the mask is empty"
                : "label " + radiomics.label() + " is not in the mask (labels " + mask.labelCounts().keySet() + ")"));
            return null;
        }
        try {
            return extract(volume, mask, "row '" + row + "'", radiomics, notes);
        } catch (final InvalidDataException e) {
            skipped.add(e.getMessage());
            return null;
        }
    }

    private static String size(final Geometry g) {
        return g.columns() + "x" + g.rows() + "x" + g.slices() + " voxels";
    }
}
