package org.knime.core.node.workflow;

import java.util.List;

/** Test kit only, not part of KNIME: creates the credentials providers the framework would give a node. */
public final class CredentialsTestDriver {

    private CredentialsTestDriver() {
    }

    /**
     * @param credentials the credentials available (workflow credentials or credentials flow variables)
     * @return a provider of them
     */
    public static CredentialsProvider provider(final ICredentials... credentials) {
        return new CredentialsProvider(List.of(credentials));
    }
}
