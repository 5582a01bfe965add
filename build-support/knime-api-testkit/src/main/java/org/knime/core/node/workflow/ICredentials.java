package org.knime.core.node.workflow;

import java.util.Optional;

/**
 * Test-kit stand-in for the KNIME interface of the same name: a named login and password, as a workflow
 * credential or a credentials flow variable holds them. Nodes store only the name in their settings.
 */
public interface ICredentials {

    /** @return the workflow-wide unique name of the credentials */
    String getName();

    /** @return the login */
    String getLogin();

    /** @return the password */
    String getPassword();

    /** @return the second authentication factor, when there is one */
    default Optional<String> getSecondAuthenticationFactor() {
        return Optional.empty();
    }
}
