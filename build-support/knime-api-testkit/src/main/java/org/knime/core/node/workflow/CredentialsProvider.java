package org.knime.core.node.workflow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-kit stand-in for the KNIME class of the same name: read-only access to the credentials available to a
 * node (workflow credentials and credentials flow variables), by name. Tests create one through
 * {@link CredentialsTestDriver}.
 */
public final class CredentialsProvider {

    /** A provider without any credentials. */
    public static final CredentialsProvider EMPTY_CREDENTIALS_PROVIDER = new CredentialsProvider(null);

    private final Map<String, ICredentials> m_store;

    CredentialsProvider(final Collection<? extends ICredentials> credentials) {
        if (credentials == null) {
            m_store = null;
        } else {
            m_store = new LinkedHashMap<>();
            credentials.forEach(c -> m_store.put(c.getName(), c));
        }
    }

    /**
     * @param name the name of the credentials
     * @return the credentials
     * @throws IllegalArgumentException if there are none of that name (or no credentials at all)
     */
    public ICredentials get(final String name) {
        if (m_store == null) {
            throw new IllegalArgumentException("No credentials available.");
        }
        final ICredentials c = m_store.get(name);
        if (c == null) {
            throw new IllegalArgumentException(String.format("No credentials stored to name \"%s\"", name));
        }
        return c;
    }

    /** @return the names {@link #get(String)} accepts */
    public Collection<String> listNames() {
        return m_store == null ? List.of() : List.copyOf(m_store.keySet());
    }

    @Override
    public String toString() {
        return m_store == null ? "Empty Credentials provider" : "Credentials provider (" + m_store.size() + " credentials)";
    }
}
