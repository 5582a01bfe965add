package org.qmrinodes.knime.scaleout;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.images.fit.SignalModelFitNodeFactory;
import org.qmrinodes.knime.images.radiomics.RadiomicsFeaturesNodeFactory;

/**
 * Streams a generated cohort through the fit or the radiomics node as KNIME's streaming executor
 * does: rows are made one at a time as the node asks for them and its output rows are counted and
 * dropped, so the heap holds only the rows in flight. Prints one line of figures:
 * {@code node rows seconds rows_per_s input_mb_per_row peak_heap_mb}, the seconds those of the
 * node (the time spent making the rows left out).
 *
 * <p>Arguments: {@code fit|radiomics} and the number of rows. The fit rows are DKI series of
 * 192×192×30 voxels and four b-values (0, 800, 1400, 2000 s/mm²) with a lesion of about 3,000 voxels
 * as mask; the radiomics rows are one DCE phase of 384×384×88 voxels (0.7×0.7×2 mm, Fr24's matrix)
 * with a lesion of about 3,000 voxels, Fr24's 960-feature preset.
 */
public final class StreamedCohortRun {

    private StreamedCohortRun() {
    }

    /** The figures of one run. */
    record Figures(String node, int rows, double seconds, double inputMbPerRow, double peakHeapMb) {

        double rowsPerSecond() {
            return rows / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%s %d %.2f %.3f %.1f %.1f", node, rows, seconds, rowsPerSecond(),
                inputMbPerRow, peakHeapMb);
        }

        static Figures parse(final String line) {
            final String[] f = line.trim().split(" ");
            return new Figures(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]));
        }
    }

    /**
     * @param args {@code fit|radiomics} and the number of rows
     * @throws Exception when the node fails
     */
    public static void main(final String[] args) throws Exception {
        System.out.println(run(args[0], Integer.parseInt(args[1])).line());
    }

    static Figures run(final String node, final int rows) throws Exception {
        final boolean fit = node.equals("fit");
        final Geometry grid = fit ? new Geometry(192, 192, 30, new double[3], new double[] {1.8, 1.8, 4},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1})
            : new Geometry(384, 384, 88, new double[3], new double[] {0.7, 0.7, 2}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("image", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        final NodeFactory<? extends NodeModel> factory = fit ? new SignalModelFitNodeFactory() : new RadiomicsFeaturesNodeFactory();
        final NodeModel model = factory.createNodeModel();
        if (fit) {
            NodeTestSupport.configureSettings(model, "volume_column", "image", "mask_column", "mask", "model", "dki");
        } else {
            NodeTestSupport.configureSettings(model, "image_column", "image", "mask_column", "mask", "configuration",
                RadiomicsPresets.FR24);
        }
        final PortObjectSpec[] out = NodeModelTestDriver.configure(model, spec);
        final ExecutionContext exec = NodeModelTestDriver.newExecutionContext();
        final long[] pushed = new long[out.length];
        final PortOutput[] outputs = new PortOutput[out.length];
        for (int o = 0; o < out.length; o++) {
            final int port = o;
            outputs[o] = o == 0 ? new RowOutput() {
                @Override
                public void push(final DataRow row) {
                    pushed[port]++;
                }

                @Override
                public void close() {
                }
            } : new org.knime.core.node.streamable.PortObjectOutput();
        }
        final double inputMb = grid.voxelCount() * 4.0 * (fit ? 4 : 1) / 1e6;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        final GeneratedRows input = new GeneratedRows(spec, grid, fit, rows);
        final long start = System.nanoTime();
        model.createStreamableOperator(new PartitionInfo(0, 1), new PortObjectSpec[] {spec})
            .runFinal(new PortInput[] {input}, outputs, exec);
        final double seconds = (System.nanoTime() - start - input.generating) / 1e9;
        if (pushed[0] != rows) {
            throw new IllegalStateException(pushed[0] + " output rows for " + rows + " input rows");
        }
        long peak = 0;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Figures(node, rows, seconds, inputMb, peak / 1e6);
    }

    /** Rows made on demand: a new image per row (the lesion moves a little from row to row). */
    private static final class GeneratedRows extends RowInput {

        private final DataTableSpec spec;
        private final Geometry grid;
        private final boolean fit;
        private final int rows;
        private int made;
        /** Nanoseconds spent making rows, not counted as the node's time. */
        private long generating;

        GeneratedRows(final DataTableSpec spec, final Geometry grid, final boolean fit, final int rows) {
            this.spec = spec;
            this.grid = grid;
            this.fit = fit;
            this.rows = rows;
        }

        @Override
        public DataTableSpec getDataTableSpec() {
            return spec;
        }

        @Override
        public DataRow poll() {
            if (made == rows) {
                return null;
            }
            final long start = System.nanoTime();
            final DataRow row = make();
            generating += System.nanoTime() - start;
            return row;
        }

        private DataRow make() {
            final Random random = new Random(made);
            final int[] labels = new int[(int)grid.voxelCount()];
            final double ci = grid.columns() / 2.0 + random.nextInt(9) - 4;
            final double cj = grid.rows() / 2.0 + random.nextInt(9) - 4;
            final double ck = grid.slices() / 2.0;
            // about 3,000 voxels: an ellipsoid of 9 x 9 x 9 mm semi-axes on either grid
            final double ri = 9 / grid.spacing()[0];
            final double rk = 9 / grid.spacing()[2];
            for (int k = 0; k < grid.slices(); k++) {
                for (int j = 0; j < grid.rows(); j++) {
                    for (int i = 0; i < grid.columns(); i++) {
                        final double x = (i - ci) / ri;
                        final double y = (j - cj) / ri;
                        final double z = (k - ck) / rk;
                        labels[(k * grid.rows() + j) * grid.columns() + i] = x * x + y * y + z * z <= 1 ? 1 : 0;
                    }
                }
            }
            final Volume image = fit ? dwi(labels, random) : dcePhase(labels, random);
            final DataCell[] cells = {new VolumeCell(image, new SeriesInfo("P" + made, "1.2." + made, "1.2.3." + made, 1,
                fit ? "DWI" : "DCE", "MR", "SYN")), new MaskCell(new Mask(grid, labels), "lesion" + made)};
            return new DefaultRow(RowKey.createRowKey((long)made++), cells);
        }

        private Volume dwi(final int[] labels, final Random random) {
            final double[] b = {0, 800, 1400, 2000};
            final List<AcquisitionParameters> params = new ArrayList<>();
            for (final double v : b) {
                params.add(new AcquisitionParameters(v, 75, Double.NaN, 90, 5000, Double.NaN, false));
            }
            final Volume.Builder builder = Volume.builder(grid, params);
            final int plane = grid.columns() * grid.rows();
            final float[] slice = new float[plane];
            for (int v = 0; v < b.length; v++) {
                for (int k = 0; k < grid.slices(); k++) {
                    for (int p = 0; p < plane; p++) {
                        final boolean lesion = labels[k * plane + p] == 1;
                        final double d = lesion ? 1.1e-3 : 1.8e-3;
                        final double kurtosis = lesion ? 0.9 : 0.4;
                        final double s = 1000 * Math.exp(-b[v] * d + b[v] * b[v] * d * d * kurtosis / 6);
                        slice[p] = (float)Math.hypot(s + 20 * random.nextGaussian(), 20 * random.nextGaussian());
                    }
                    builder.setSlice(k, v, slice);
                }
            }
            return builder.build();
        }

        private Volume dcePhase(final int[] labels, final Random random) {
            final float[] values = new float[labels.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float)Math.rint((labels[i] == 1 ? 900 : 300) + 80 * random.nextGaussian());
            }
            return Volume.map(grid, values);
        }

        @Override
        public void close() {
        }
    }
}
