package org.qmrinodes.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.Credentials;
import org.knime.core.node.workflow.CredentialsProvider;
import org.knime.core.node.workflow.CredentialsTestDriver;

/** Credentials given to a node and the flow variables it pushes, as the framework handles them. */
class CredentialsAndFlowVariablesTest {

    /** Pushes the length of the password of credentials "key" (or -1 when there are none). */
    static final class KeyLengthModel extends NodeModel {

        KeyLengthModel() {
            super(new PortType[0], new PortType[0]);
        }

        @Override
        protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) {
            return new PortObjectSpec[0];
        }

        @Override
        protected PortObject[] execute(final PortObject[] in, final ExecutionContext exec) {
            int length;
            try {
                length = getCredentialsProvider().get("key").getPassword().length();
            } catch (final IllegalArgumentException e) {
                length = -1;
            }
            pushFlowVariableInt("key_length", length);
            pushFlowVariableString("provider", getCredentialsProvider().toString());
            return new PortObject[0];
        }

        @Override
        protected void loadInternals(final File dir, final ExecutionMonitor exec) {
        }

        @Override
        protected void saveInternals(final File dir, final ExecutionMonitor exec) {
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) {
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
        }

        @Override
        protected void reset() {
        }
    }

    @Test
    void aNodeSeesOnlyTheCredentialsItIsGivenAndItsPushedVariablesAreReadable() throws Exception {
        final KeyLengthModel m = new KeyLengthModel();
        NodeModelTestDriver.execute(m);
        assertEquals(-1, NodeModelTestDriver.pushedFlowVariables(m).get("key_length"), "no credentials by default");
        NodeModelTestDriver.setCredentialsProvider(m, CredentialsTestDriver.provider(new Credentials("key", "me", "12345")));
        NodeModelTestDriver.execute(m);
        final Map<String, Object> pushed = NodeModelTestDriver.pushedFlowVariables(m);
        assertEquals(List.of("key_length", "provider"), List.copyOf(pushed.keySet()));
        assertEquals(5, pushed.get("key_length"));
        final CredentialsProvider p = CredentialsTestDriver.provider(new Credentials("a", "l", "p"));
        assertEquals(List.of("a"), List.copyOf(p.listNames()));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.get("b"));
        assertTrue(e.getMessage().contains("\"b\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Credentials("", "l", "p"));
    }
}
