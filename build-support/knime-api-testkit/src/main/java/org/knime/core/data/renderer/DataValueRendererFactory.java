package org.knime.core.data.renderer;

import org.knime.core.data.DataColumnSpec;

/** Test-kit stand-in for the KNIME interface of the same name: creates renderers; needs a public no-arg constructor. */
public interface DataValueRendererFactory {

    /** @return a short description of the renderers this factory creates */
    String getDescription();

    /** @return a unique id of the renderer */
    String getId();

    /**
     * @param colSpec the column the renderer is for
     * @return a renderer
     */
    DataValueRenderer createRenderer(DataColumnSpec colSpec);
}
