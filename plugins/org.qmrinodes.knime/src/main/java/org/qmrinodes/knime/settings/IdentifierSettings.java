package org.qmrinodes.knime.settings;

import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.workflow.CredentialsProvider;
import org.knime.core.node.workflow.ICredentials;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.privacy.IdentifierPolicy;
import org.qmrinodes.core.privacy.Identifiers;
import org.qmrinodes.core.privacy.Pseudonymiser;

/**
 * The identifier settings of a node that writes Patient IDs, UIDs or file paths (issue: share
 * workflows without sharing patients): the policy (keep, pseudonymise, drop; see {@link Identifiers})
 * and the name of the KNIME credentials (a workflow credential or a credentials flow variable) whose
 * password is the pseudonymisation key. Only the name is stored in the workflow, never the key. Both
 * settings were added after the nodes' first release and load with their defaults (keep, none) from
 * settings saved without them.
 */
public final class IdentifierSettings {

    /** Label of the policy setting, as the description documents it. */
    public static final String POLICY_LABEL = "Identifiers";
    /** Label of the credentials setting, as the description documents it. */
    public static final String CREDENTIALS_LABEL = "Credentials holding the key";

    private final SettingsModelString policy;
    private final SettingsModelString credentials;

    private IdentifierSettings(final NodeSettingsDeclaration d) {
        d.group("Identifiers (sharing workflows)");
        policy = d.defaultWhenAbsent(d.choice("identifiers", POLICY_LABEL, IdentifierPolicy.KEEP.settingValue(),
            IdentifierPolicy.KEEP.settingValue(), IdentifierPolicy.PSEUDONYMISE.settingValue(),
            IdentifierPolicy.DROP.settingValue()));
        credentials = d.defaultWhenAbsent(d.text("key_credentials", CREDENTIALS_LABEL, ""));
    }

    /**
     * Declares the two settings, in a group of their own, in {@code declaration}.
     *
     * @param declaration the node's settings
     * @return the settings
     */
    public static IdentifierSettings declare(final NodeSettingsDeclaration declaration) {
        return new IdentifierSettings(declaration);
    }

    /** @return the chosen policy */
    public IdentifierPolicy policy() {
        return IdentifierPolicy.parse(policy.getStringValue(), "identifiers");
    }

    /**
     * Checks what can be checked without running: pseudonymise needs the credentials named.
     *
     * @throws InvalidSettingsException naming the setting when pseudonymise has no credentials name
     */
    public void check() throws InvalidSettingsException {
        if (policy() == IdentifierPolicy.PSEUDONYMISE && credentialsName().isEmpty()) {
            throw new InvalidSettingsException(missingKey("no credentials are named"));
        }
    }

    private String credentialsName() {
        final String name = credentials.getStringValue();
        return name == null ? "" : name.trim();
    }

    private static String missingKey(final String why) {
        return "Identifiers 'pseudonymise' needs a key, and '" + CREDENTIALS_LABEL + "' gives none: " + why
            + ". Identifiers are never kept as a fallback; add a credentials flow variable (or workflow credential)"
            + " whose password is the project secret and name it there, or choose 'drop'.";
    }

    /**
     * @param provider the credentials available to the node
     * @param root the folder file paths are written relative to (for pseudonymise and drop)
     * @return the identifiers to write with
     * @throws InvalidSettingsException naming the setting when pseudonymise has no key: no
     *         credentials named, none of that name, or an empty password
     */
    public Identifiers identifiers(final CredentialsProvider provider, final Path root) throws InvalidSettingsException {
        final IdentifierPolicy p = policy();
        if (p != IdentifierPolicy.PSEUDONYMISE) {
            return p == IdentifierPolicy.KEEP ? Identifiers.keep() : Identifiers.of(p, null, root);
        }
        check();
        final String name = credentialsName();
        final ICredentials c;
        try {
            c = provider.get(name);
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException(missingKey("there are no credentials named '" + name + "'"), e);
        }
        final String key = c == null ? null : c.getPassword();
        if (key == null || key.isEmpty()) {
            throw new InvalidSettingsException(missingKey("the password of credentials '" + name + "' is empty"));
        }
        try {
            return Identifiers.of(p, Pseudonymiser.withKey(key, "'" + CREDENTIALS_LABEL + "'"), root);
        } catch (final InvalidDataException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
