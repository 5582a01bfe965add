package org.qmrinodes.knime.images.histogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.assertSettingsSurviveXmlRoundTrip;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.features.Discretisation;
import org.qmrinodes.core.features.HistogramFeatureSet;
import org.qmrinodes.core.features.HistogramFeatures;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;

/**
 * The histogram node on the generator's true D and K maps of a DWI series within reader 1's lesion:
 * its columns {@code <map>_<feature>} equal core {@link HistogramFeatures} on the same voxels, with
 * the voxels where fit_ok is 0 excluded and counted.
 */
class VoiHistogramFeaturesNodeModelTest {

    @TempDir
    Path tmp;

    private Truth truth;
    private float[] fitOk;

    /** One row: the generator's true D and K maps as Dapp and Kapp, a fit_ok map and {@code mask}. */
    private BufferedDataTable input(final Mask mask) {
        return input(mask, truth.parameterMaps().get("D"));
    }

    /** As {@link #input(Mask)} with {@code dapp} as the Dapp map. */
    private BufferedDataTable input(final Mask mask, final float[] dapp) {
        final SeriesInfo info = new SeriesInfo("SYN11", "1.2", truth.seriesUid(), 3, "DWI", "MR", "SYN");
        // fit_ok 0 on every 7th voxel, so that some lesion voxels are excluded
        fitOk = new float[(int)truth.geometry().voxelCount()];
        for (int i = 0; i < fitOk.length; i++) {
            fitOk[i] = i % 7 == 0 ? 0 : 1;
        }
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("Dapp", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Kapp", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("fit_ok", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        final DataCell[] cells = {new VolumeCell(Volume.map(truth.geometry(), dapp), info),
            new VolumeCell(Volume.map(truth.geometry(), truth.parameterMaps().get("K")), info),
            new VolumeCell(Volume.map(truth.geometry(), fitOk), info), new MaskCell(mask, "reader1_mask.nii.gz")};
        return NodeModelTestDriver.table(spec, new DefaultRow(RowKey.createRowKey(0L), cells));
    }

    private static VoiHistogramFeaturesNodeModel node(final String discretisation) throws Exception {
        final VoiHistogramFeaturesNodeModel m = new VoiHistogramFeaturesNodeFactory().createNodeModel();
        configureSettings(m, "mask_column", "mask", "valid_column", "fit_ok", "discretisation", discretisation);
        final NodeSettings s = NodeModelTestDriver.saveSettings(m);
        final NodeSettings filter = s.getNodeSettings("map_columns");
        filter.addStringArray("included_names", "Dapp", "Kapp");
        filter.addStringArray("excluded_names", "fit_ok");
        filter.addString("enforce_option", "EnforceInclusion");
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void featuresEqualCoreOnTheSameVoxelsNamedByMap() throws Exception {
        final BufferedDataTable in = inputWithReader1();
        final VoiHistogramFeaturesNodeModel m = node("bin count");
        final DataTableSpec spec = (DataTableSpec)NodeModelTestDriver.configure(m, in.getDataTableSpec())[0];
        final BufferedDataTable out = org.qmrinodes.knime.common.StreamingTestSupport.assertStreamsAsItExecutes(m, in);
        assertEquals(spec, out.getDataTableSpec());
        assertEquals(1, out.size());
        assertEquals(4 + 2 * HistogramFeatureSet.NAMES.size(), spec.getNumColumns());
        assertTrue(spec.containsName("Dapp_mean") && spec.containsName("Kapp_p95"), spec.toString());
        int excludedInLesion = 0;
        final boolean[] lesion = truth.reader1().nonZero();
        for (int i = 0; i < lesion.length; i++) {
            excludedInLesion += lesion[i] && fitOk[i] == 0 ? 1 : 0;
        }
        assertTrue(excludedInLesion > 0, "some lesion voxels have fit_ok 0");
        for (final String[] map : new String[][] {{"Dapp", "D"}, {"Kapp", "K"}}) {
            final float[] values = truth.parameterMaps().get(map[1]).clone();
            HistogramFeatures.excludeInvalid(values, fitOk);
            final HistogramFeatureSet expected =
                HistogramFeatures.compute(values, lesion, Discretisation.fixedBinCount(64), map[0]);
            assertEquals(excludedInLesion, expected.excludedVoxels());
            for (int f = 0; f < HistogramFeatureSet.NAMES.size(); f++) {
                final String name = map[0] + "_" + HistogramFeatureSet.NAMES.get(f);
                final DataCell cell = column(out, name).get(0);
                final Object e = expected.values().get(f);
                if (e instanceof Integer n) {
                    assertEquals(n.intValue(), ((IntValue)cell).getIntValue(), name);
                } else {
                    assertEquals(((Number)e).doubleValue(), ((DoubleValue)cell).getDoubleValue(), 0, name);
                }
            }
        }
    }

    private BufferedDataTable inputWithReader1() throws Exception {
        truth = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 11), tmp.resolve("dwi"), new PixelMedToolkit());
        return input(truth.reader1());
    }

    @Test
    void infiniteVoxelsInsideTheVoiAreExcludedAndCounted() throws Exception {
        truth = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 11), tmp.resolve("dwi"), new PixelMedToolkit());
        input(truth.reader1());
        final boolean[] lesion = truth.reader1().nonZero();
        final float[] dapp = truth.parameterMaps().get("D").clone();
        int infinite = 0;
        int excluded = 0;
        final java.util.List<Double> finite = new java.util.ArrayList<>();
        for (int i = 0; i < dapp.length; i++) {
            if (!lesion[i]) {
                continue;
            }
            if (fitOk[i] == 0) {
                excluded++;
            } else if (i % 5 == 0) {
                dapp[i] = infinite++ % 2 == 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
                excluded++;
            } else {
                finite.add((double)dapp[i]);
            }
        }
        assertTrue(infinite > 0, "some lesion voxels are infinite");
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(node("bin count"),
            input(truth.reader1(), dapp))[0];
        assertEquals(excluded, ((IntValue)column(out, "Dapp_excluded_voxels").get(0)).getIntValue());
        assertEquals(finite.size(), ((IntValue)column(out, "Dapp_voxels").get(0)).getIntValue());
        final double mean = finite.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals(mean, ((DoubleValue)column(out, "Dapp_mean").get(0)).getDoubleValue(), 1e-12 * Math.abs(mean));
    }

    @Test
    void emptyMaskFailsNamingTheRow() throws Exception {
        truth = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 11), tmp.resolve("dwi"), new PixelMedToolkit());
        final BufferedDataTable in = input(new Mask(truth.geometry(), new int[(int)truth.geometry().voxelCount()]));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(node("bin count"), in));
        assertTrue(e.getMessage().startsWith("Row Row0, map Dapp: ") && e.getMessage().contains("empty"),
            e.getMessage());
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        assertSettingsSurviveXmlRoundTrip(node("bin width"), new VoiHistogramFeaturesNodeFactory().createNodeModel());
    }
}
