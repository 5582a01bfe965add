package org.knime.core.node.defaultnodesettings;

/**
 * Test-kit stand-in for the KNIME class of the same name: common base of numeric settings (used by
 * {@link DialogComponentNumber}).
 */
public abstract class SettingsModelNumber extends SettingsModel {

    abstract String getNumberValueStr();

    abstract void setNumberValueStr(final String newValueStr);
}
