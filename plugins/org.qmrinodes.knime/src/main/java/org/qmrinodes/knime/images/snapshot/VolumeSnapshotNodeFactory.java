package org.qmrinodes.knime.images.snapshot;

import org.qmrinodes.knime.node.QmriNodeFactory;

/** Factory of the Volume Snapshot node; its description is {@code VolumeSnapshotNodeFactory.xml}. */
public final class VolumeSnapshotNodeFactory extends QmriNodeFactory<VolumeSnapshotNodeModel> {

    /** Creates the factory (called by KNIME). */
    public VolumeSnapshotNodeFactory() {
        super(VolumeSnapshotSettings::new);
    }

    @Override
    public VolumeSnapshotNodeModel createNodeModel() {
        return new VolumeSnapshotNodeModel();
    }
}
