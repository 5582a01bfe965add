package org.qmrinodes.knime.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeDialogPane;
import org.qmrinodes.knime.delong.DelongComparisonNodeFactory;
import org.qmrinodes.knime.icc.IccNodeFactory;
import org.qmrinodes.knime.iccfilter.IccFeatureFilterNodeFactory;
import org.qmrinodes.knime.kappa.KappaNodeFactory;
import org.qmrinodes.knime.logistic.LogisticRegressionNodeFactory;
import org.qmrinodes.knime.predictor.LogisticPredictorNodeFactory;
import org.qmrinodes.knime.dicomreader.DicomSeriesReaderNodeFactory;
import org.qmrinodes.knime.voimask.VoiMaskReaderNodeFactory;
import org.qmrinodes.knime.roc.RocAnalysisNodeFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The dialogs are generated from the settings declarations; every option a description documents
 * is a label of the dialog and vice versa.
 */
class GeneratedDialogTest {

    private static final List<QmriNodeFactory<?>> FACTORIES =
        List.of(new RocAnalysisNodeFactory(), new DelongComparisonNodeFactory(), new IccNodeFactory(),
            new IccFeatureFilterNodeFactory(), new KappaNodeFactory(),
            new org.qmrinodes.knime.screening.UnivariateScreeningNodeFactory(), new LogisticRegressionNodeFactory(),
            new LogisticPredictorNodeFactory(), new DicomSeriesReaderNodeFactory(), new VoiMaskReaderNodeFactory(),
            new org.qmrinodes.knime.tableone.TableOneNodeFactory(), new org.qmrinodes.knime.lasso.LassoLearnerNodeFactory(),
            new org.qmrinodes.knime.radscore.RadScorePredictorNodeFactory(),
            new org.qmrinodes.knime.fit.SignalModelFitNodeFactory(),
            new org.qmrinodes.knime.histogram.VoiHistogramFeaturesNodeFactory(),
            new org.qmrinodes.knime.her2.Her2StatusNodeFactory(), new org.qmrinodes.knime.dca.DecisionCurveNodeFactory(),
            new org.qmrinodes.knime.split.TrainTestSplitNodeFactory(),
            new org.qmrinodes.knime.calibration.CalibrationNodeFactory(),
            new org.qmrinodes.knime.validation.BootstrapValidationNodeFactory(),
            new org.qmrinodes.knime.forest.ForestPlotNodeFactory(),
            new org.qmrinodes.knime.groupplot.GroupPlotNodeFactory(),
            new org.qmrinodes.knime.nomogram.NomogramNodeFactory(),
            new org.qmrinodes.knime.radiomics.RadiomicsFeaturesNodeFactory(),
            new org.qmrinodes.knime.registration.RigidRegistrationNodeFactory());

    @Test
    void dialogsAreGeneratedHeadless() {
        for (final QmriNodeFactory<?> f : FACTORIES) {
            final NodeDialogPane pane = f.newSettings().createDialogPane();
            assertNotNull(pane.getPanel(), f.getClass().getSimpleName());
        }
    }

    @Test
    void dialogLoadsAndSavesTheModelSettings() throws Exception {
        final org.knime.core.node.NodeModel model = new RocAnalysisNodeFactory().createNodeModel();
        NodeTestSupport.configureSettings(model, "outcome_column", "low_vs_over", "direction", "lower",
            "positive_class", "HER2-over");
        final NodeDialogPane dialog = org.knime.core.node.NodeModelTestDriver.createDialog(new RocAnalysisNodeFactory());
        org.knime.core.node.NodeModelTestDriver.loadDialogSettings(dialog,
            org.knime.core.node.NodeModelTestDriver.saveSettings(model), NodeTestSupport.demoTable().getDataTableSpec());
        final org.knime.core.node.NodeSettings fromDialog = org.knime.core.node.NodeModelTestDriver.saveDialogSettings(dialog);
        assertEquals("lower", fromDialog.getString("direction"));
        assertEquals("HER2-over", fromDialog.getString("positive_class"));
        assertEquals("low_vs_over", fromDialog.getString("outcome_column"));
        org.knime.core.node.NodeModelTestDriver.loadSettings(new RocAnalysisNodeFactory().createNodeModel(), fromDialog);
    }

    @Test
    void descriptionDocumentsEveryDialogOption() throws Exception {
        for (final QmriNodeFactory<?> f : FACTORIES) {
            final Set<String> documented = new LinkedHashSet<>();
            try (InputStream in = f.getClass().getResourceAsStream(f.getClass().getSimpleName() + ".xml")) {
                final DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setNamespaceAware(true);
                final Document d = dbf.newDocumentBuilder().parse(in);
                final NodeList options = d.getElementsByTagNameNS("*", "option");
                for (int i = 0; i < options.getLength(); i++) {
                    documented.add(((org.w3c.dom.Element)options.item(i)).getAttribute("name"));
                }
            }
            final Set<String> labels = new LinkedHashSet<>(f.newSettings().optionLabels());
            assertEquals(labels, documented, f.getClass().getSimpleName() + ": documented options vs dialog labels");
        }
    }
}
