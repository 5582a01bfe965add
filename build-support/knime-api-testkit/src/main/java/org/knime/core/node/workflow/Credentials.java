package org.knime.core.node.workflow;

import java.util.Objects;
import java.util.Optional;

/** Test-kit stand-in for the KNIME class of the same name: credentials with a name, login and password. */
public final class Credentials implements ICredentials {

    private final String m_name;

    private final String m_login;

    private final String m_password;

    private final Optional<String> m_secondFactor;

    /**
     * @param name the name (not empty)
     * @param login the login
     * @param password the password
     */
    public Credentials(final String name, final String login, final String password) {
        this(name, login, password, null);
    }

    /**
     * @param name the name (not empty)
     * @param login the login
     * @param password the password
     * @param secondFactor the second factor or null
     */
    public Credentials(final String name, final String login, final String password, final String secondFactor) {
        if (name == null) {
            throw new NullPointerException("Argument must not be null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Name must not be empty");
        }
        m_name = name;
        m_login = login;
        m_password = password;
        m_secondFactor = Optional.ofNullable(secondFactor);
    }

    @Override
    public String getName() {
        return m_name;
    }

    @Override
    public String getLogin() {
        return m_login;
    }

    @Override
    public String getPassword() {
        return m_password;
    }

    @Override
    public Optional<String> getSecondAuthenticationFactor() {
        return m_secondFactor;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof Credentials c && m_name.equals(c.m_name) && Objects.equals(m_login, c.m_login)
            && Objects.equals(m_password, c.m_password);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode();
    }

    @Override
    public String toString() {
        return m_name;
    }
}
