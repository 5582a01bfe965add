package org.qmrinodes.knime.node;

import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.node.MapNodeFactoryClassMapper;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.qmrinodes.knime.agreement.icc.IccNodeFactory;
import org.qmrinodes.knime.agreement.iccfilter.IccFeatureFilterNodeFactory;
import org.qmrinodes.knime.agreement.kappa.KappaNodeFactory;
import org.qmrinodes.knime.clinical.endpoint.BinaryEndpointNodeFactory;
import org.qmrinodes.knime.clinical.her2.Her2StatusNodeFactory;
import org.qmrinodes.knime.clinical.receptor.ReceptorStatusNodeFactory;
import org.qmrinodes.knime.clinical.repeated.RepeatedMeasurementsNodeFactory;
import org.qmrinodes.knime.evaluation.calibration.CalibrationNodeFactory;
import org.qmrinodes.knime.evaluation.dca.DecisionCurveNodeFactory;
import org.qmrinodes.knime.evaluation.delong.DelongComparisonNodeFactory;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;
import org.qmrinodes.knime.modelling.validation.BootstrapValidationNodeFactory;
import org.qmrinodes.knime.images.coil.CoilCombinationNodeFactory;
import org.qmrinodes.knime.images.dcephase.DcePhaseSelectionNodeFactory;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;
import org.qmrinodes.knime.images.fit.SignalModelFitNodeFactory;
import org.qmrinodes.knime.images.histogram.VoiHistogramFeaturesNodeFactory;
import org.qmrinodes.knime.images.mapmath.MapArithmeticNodeFactory;
import org.qmrinodes.knime.images.masktransfer.MaskTransferNodeFactory;
import org.qmrinodes.knime.images.pairing.SeriesPairingNodeFactory;
import org.qmrinodes.knime.images.radiomics.RadiomicsFeaturesNodeFactory;
import org.qmrinodes.knime.images.registration.RigidRegistrationNodeFactory;
import org.qmrinodes.knime.images.snapshot.VolumeSnapshotNodeFactory;
import org.qmrinodes.knime.images.tic.TimeIntensityCurveNodeFactory;
import org.qmrinodes.knime.images.voimask.VoiMaskReaderNodeFactory;
import org.qmrinodes.knime.modelling.forest.ForestPlotNodeFactory;
import org.qmrinodes.knime.modelling.lasso.LassoLearnerNodeFactory;
import org.qmrinodes.knime.modelling.logistic.LogisticRegressionNodeFactory;
import org.qmrinodes.knime.modelling.nomogram.NomogramNodeFactory;
import org.qmrinodes.knime.modelling.predictor.LogisticPredictorNodeFactory;
import org.qmrinodes.knime.modelling.radscore.RadScorePredictorNodeFactory;
import org.qmrinodes.knime.modelling.split.TrainTestSplitNodeFactory;
import org.qmrinodes.knime.modelling.zscore.ZScoreLearnerNodeFactory;
import org.qmrinodes.knime.modelling.zscoreapply.ZScoreApplierNodeFactory;
import org.qmrinodes.knime.screening.groupplot.GroupPlotNodeFactory;
import org.qmrinodes.knime.screening.tableone.TableOneNodeFactory;
import org.qmrinodes.knime.screening.univariate.UnivariateScreeningNodeFactory;
import org.qmrinodes.knime.utilities.privacy.PrivacyCheckNodeFactory;

/**
 * The node factories that moved when the node packages were grouped by their Node Repository
 * category (version 0.1.0 kept one package per node directly under {@code org.qmrinodes.knime}):
 * workflows saved with the old factory class names load with the moved factories. Registered in
 * plugin.xml under {@code org.knime.core.NodeFactoryClassMapper}.
 */
public final class MovedNodeFactories extends MapNodeFactoryClassMapper {

    @Override
    protected Map<String, Class<? extends NodeFactory<? extends NodeModel>>> getMapInternal() {
        final Map<String, Class<? extends NodeFactory<? extends NodeModel>>> moved = new LinkedHashMap<>();
        moved.put("org.qmrinodes.knime.icc.IccNodeFactory", IccNodeFactory.class);
        moved.put("org.qmrinodes.knime.iccfilter.IccFeatureFilterNodeFactory", IccFeatureFilterNodeFactory.class);
        moved.put("org.qmrinodes.knime.kappa.KappaNodeFactory", KappaNodeFactory.class);
        moved.put("org.qmrinodes.knime.endpoint.BinaryEndpointNodeFactory", BinaryEndpointNodeFactory.class);
        moved.put("org.qmrinodes.knime.her2.Her2StatusNodeFactory", Her2StatusNodeFactory.class);
        moved.put("org.qmrinodes.knime.receptor.ReceptorStatusNodeFactory", ReceptorStatusNodeFactory.class);
        moved.put("org.qmrinodes.knime.repeated.RepeatedMeasurementsNodeFactory", RepeatedMeasurementsNodeFactory.class);
        moved.put("org.qmrinodes.knime.calibration.CalibrationNodeFactory", CalibrationNodeFactory.class);
        moved.put("org.qmrinodes.knime.dca.DecisionCurveNodeFactory", DecisionCurveNodeFactory.class);
        moved.put("org.qmrinodes.knime.delong.DelongComparisonNodeFactory", DelongComparisonNodeFactory.class);
        moved.put("org.qmrinodes.knime.roc.RocAnalysisNodeFactory", RocAnalysisNodeFactory.class);
        moved.put("org.qmrinodes.knime.validation.BootstrapValidationNodeFactory", BootstrapValidationNodeFactory.class);
        moved.put("org.qmrinodes.knime.coil.CoilCombinationNodeFactory", CoilCombinationNodeFactory.class);
        moved.put("org.qmrinodes.knime.dcephase.DcePhaseSelectionNodeFactory", DcePhaseSelectionNodeFactory.class);
        moved.put("org.qmrinodes.knime.dicomreader.DicomSeriesReaderNodeFactory", DicomSeriesReaderNodeFactory.class);
        moved.put("org.qmrinodes.knime.fit.SignalModelFitNodeFactory", SignalModelFitNodeFactory.class);
        moved.put("org.qmrinodes.knime.histogram.VoiHistogramFeaturesNodeFactory", VoiHistogramFeaturesNodeFactory.class);
        moved.put("org.qmrinodes.knime.mapmath.MapArithmeticNodeFactory", MapArithmeticNodeFactory.class);
        moved.put("org.qmrinodes.knime.masktransfer.MaskTransferNodeFactory", MaskTransferNodeFactory.class);
        moved.put("org.qmrinodes.knime.pairing.SeriesPairingNodeFactory", SeriesPairingNodeFactory.class);
        moved.put("org.qmrinodes.knime.radiomics.RadiomicsFeaturesNodeFactory", RadiomicsFeaturesNodeFactory.class);
        moved.put("org.qmrinodes.knime.registration.RigidRegistrationNodeFactory", RigidRegistrationNodeFactory.class);
        moved.put("org.qmrinodes.knime.snapshot.VolumeSnapshotNodeFactory", VolumeSnapshotNodeFactory.class);
        moved.put("org.qmrinodes.knime.tic.TimeIntensityCurveNodeFactory", TimeIntensityCurveNodeFactory.class);
        moved.put("org.qmrinodes.knime.voimask.VoiMaskReaderNodeFactory", VoiMaskReaderNodeFactory.class);
        moved.put("org.qmrinodes.knime.forest.ForestPlotNodeFactory", ForestPlotNodeFactory.class);
        moved.put("org.qmrinodes.knime.lasso.LassoLearnerNodeFactory", LassoLearnerNodeFactory.class);
        moved.put("org.qmrinodes.knime.logistic.LogisticRegressionNodeFactory", LogisticRegressionNodeFactory.class);
        moved.put("org.qmrinodes.knime.nomogram.NomogramNodeFactory", NomogramNodeFactory.class);
        moved.put("org.qmrinodes.knime.predictor.LogisticPredictorNodeFactory", LogisticPredictorNodeFactory.class);
        moved.put("org.qmrinodes.knime.radscore.RadScorePredictorNodeFactory", RadScorePredictorNodeFactory.class);
        moved.put("org.qmrinodes.knime.split.TrainTestSplitNodeFactory", TrainTestSplitNodeFactory.class);
        moved.put("org.qmrinodes.knime.zscore.ZScoreLearnerNodeFactory", ZScoreLearnerNodeFactory.class);
        moved.put("org.qmrinodes.knime.zscoreapply.ZScoreApplierNodeFactory", ZScoreApplierNodeFactory.class);
        moved.put("org.qmrinodes.knime.groupplot.GroupPlotNodeFactory", GroupPlotNodeFactory.class);
        moved.put("org.qmrinodes.knime.tableone.TableOneNodeFactory", TableOneNodeFactory.class);
        moved.put("org.qmrinodes.knime.screening.UnivariateScreeningNodeFactory", UnivariateScreeningNodeFactory.class);
        moved.put("org.qmrinodes.knime.privacy.PrivacyCheckNodeFactory", PrivacyCheckNodeFactory.class);
        return moved;
    }
}
